import Foundation
import Testing

@testable import Triage

@Suite struct ExtractionTests {
    @Test(arguments: [
        ("我的电话是13812345678，谢谢", ["13812345678"]),
        ("手机：138 1234 5678", ["13812345678"]),
        ("手机 138-1234-5678", ["13812345678"]),
        ("电话 +86 139 0011 2233", ["13900112233"]),
        ("tel: 0086-13900112233", ["13900112233"]),
        ("联系电话：１３８１２３４５６７８", ["13812345678"]),
        ("座机 010-62345678 转 801", ["01062345678"]),
        ("座机(0571)87654321", ["057187654321"]),
        ("公司电话 +86 10 6234 5678", ["01062345678"]),
        ("我打了你们的热线400-820-1234和95188都没人接，我的手机15012345678", ["15012345678"]),
        ("收到短信说138****5678登录", []),
        ("尾号5678的手机 138xxxx5678", []),
        ("你们工程师的电话13911112222打不通，我的电话是13588882222", ["13588882222"]),
        ("订单号DD20240501123，电话13812345678", ["13812345678"]),
        ("order 2024062198765432 arrived", []),
        ("my number is +852 9123 4567", ["91234567"]),
        ("聯絡電話：9123 4567", ["91234567"]),
        ("手機 0912-345-678", ["0912345678"]),
        ("call me on +886 912 345 678", ["0912345678"]),
        ("台北市 (02) 2345-6789", ["0223456789"]),
        ("the code 12345678 does not work", []),
        ("2024-05-01 13:30 下单", []),
    ])
    func phones(text: String, expected: [String]) {
        #expect(Shipped.analyze(text).customer.phones == expected)
    }

    @Test(arguments: [
        ("订单号：DD20240501123，还没到", ["DD20240501123"]),
        ("订单DD20240501123和DD20240501124都没到", ["DD20240501123", "DD20240501124"]),
        ("Order #A123456 is late", ["A123456"]),
        ("my order no. 88120456 never came", ["88120456"]),
        ("訂單編號 2024062198765432", ["2024062198765432"]),
        ("the order was placed last week", []),
        ("订单号是 dd20240501123", ["dd20240501123"]),
        ("我的手机13812345678", []),
    ])
    func orderNumbers(text: String, expected: [String]) {
        #expect(Shipped.analyze(text).customer.orderIDs == expected)
    }

    @Test func numbersFromTheCustomersOwnQuotedMessageButNotFromTheCompanys() {
        let full = """
            还是没到！

            在 2024年5月1日，王芳 <wang@example.com> 写道：
            > 订单号DD20240501123还没发货，会员编号 C20240101001

            在 2024年4月30日，客服中心 <support@example.com> 写道：
            > 您的订单DD20249999999已发出，有问题请联系13911112222
            """
        let r = Shipped.engine.analyze(
            subject: "", newText: "还是没到！", fromName: nil, fromAddress: "wang@example.com",
            receivedAt: Shipped.date("2025-03-04 10:00"), fullText: full)
        #expect(r.customer.orderIDs == ["DD20240501123"])
        #expect(r.customer.customerID == "C20240101001")
        #expect(r.customer.phones.isEmpty)
    }

    @Test func customerIDAndTicketReferences() {
        let r = Shipped.analyze(subject: "Re: [202405-001] 催一下", "客户编号 C20240501001，上次的工单202405-0017也没结果")
        #expect(r.customer.customerID == "C20240501001")
        #expect(r.customer.referencedTickets == ["202405-001", "202405-017"])
    }

    @Test(
        arguments: [
            ("您好，我是王女士，上周买的电饭煲坏了", nil, "王女士"),
            ("我叫李娜，想问一下发货时间", nil, "李娜"),
            ("我是张伟想问一下发票", nil, "张伟"),
            ("我是你们的老客户了", nil, nil),
            ("我是客服推荐来的", nil, nil),
            ("Hi, this is Li Na from Shanghai.", nil, "Li Na"),
            ("My name is Sarah O'Neill and my kettle broke.", nil, "Sarah O'Neill"),
            ("I am writing about my order.", nil, nil),
            ("请尽快处理。\n\n谢谢！\n陈生", nil, "陳生"),
            ("The blender is broken.\n\nBest regards,\nSandy", "Sandy Tse", "Sandy Tse"),
            ("物流太慢了", "客服中心", nil),
            ("物流太慢了", "zhangsan88", nil),
            ("物流太慢了", "Alan Wong", "Alan Wong"),
            ("你们的工程师小王说明天来", nil, nil),
        ] as [(String, String?, String?)])
    func names(text: String, display: String?, expected: String?) {
        let body = text.replacingOccurrences(of: "陈生", with: "陳生")
        #expect(Shipped.analyze(body, from: display).customer.name == expected)
    }

    @Test(arguments: [
        ("我要退款，并且要求你们道歉", ["refund", "apology"]),
        ("不要退款，给我换一个新的就行", ["exchange"]),
        ("Please repair it or give me my money back, and call me back.", ["repair", "refund", "callback"]),
        ("I don't want a refund.", []),
    ])
    func demands(text: String, expected: [String]) {
        #expect(Set(Shipped.analyze(text).customer.demands) == Set(expected))
    }

    @Test(arguments: [
        ("我买的东西坏了\n\n在 2024年5月1日 客服 写道：\n> 您好，我是客服小李，电话13911112222", "我买的东西坏了"),
        ("Broken again.\n\nOn Mon, 6 May 2024 at 10:00, Support <s@example.com> wrote:\n> complaint", "Broken again."),
        ("见下\n-----Original Message-----\nFrom: a\n投诉", "见下"),
        ("ok\n发件人: 客服中心\n发送时间: 2024年5月6日\n正文", "ok"),
    ])
    func quoteStripping(text: String, expected: String) {
        #expect(QuoteStripper.newText(text).trimmingCharacters(in: .whitespacesAndNewlines) == expected)
    }
}
