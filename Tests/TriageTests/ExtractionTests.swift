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

    /// Numbers from abroad count near a phone word or on a signature line; hotlines, other people's numbers and
    /// numbers after an order, tracking or serial label do not.
    @Test(arguments: [
        ("Best number is my cell: 303-555-0147.", ["3035550147"]),
        ("Please ring me at +1 (718) 555 0190 tonight", ["7185550190"]),
        ("The heater is broken.\n\nTom Baker\n(503) 555-0133", ["5035550133"]),
        ("Order 5035550133 arrived broken", []),
        ("Your line 1-888-555-0100 is always busy; my mobile is 07700 900123", ["07700900123"]),
        ("mobile +44 7700 900456", ["07700900456"]),
        ("My heater is broken, WhatsApp me on 8123 4567 please", ["81234567"]),
        ("Mobile: 0403 555 218", ["0403555218"]),
        ("Handy / phone: +49 160 5551234", ["01605551234"]),
        ("call me urgently on +91 98450 12345", ["9845012345"]),
        ("手提：6123 4567", ["61234567"]),
        ("Tel. (02) 2711-0000", ["0227110000"]),
        ("手机+8613812345678", ["13812345678"]),
        ("phone +86 21 5488 1234", ["02154881234"]),
        ("I paid 4155550162 cents", []),
        ("我妈电话 0571-8765 4321（她不方便接），我的电话 139 1234 0000", ["13912340000"]),
        ("家里座机 021-6543 2100，有急事打我的手机 137 0000 1234", ["13700001234", "02165432100"]),
        ("Our electrician Mr. Chan (mobile 9123 7777) will be on site.", []),
        ("同事 Amy Lau（電話 2345 6789）會跟進", []),
        ("tracking no. 9400 1234 5678, call me on 0412 000 111", ["0412000111"]),
        ("單號 0031-2207-554466，謝謝\n黃太\n6123 0000", ["61230000"]),
        ("会员编号 13700001111", []),
        ("No answer on your line, so please call\nme on 617-555-0186 as soon as possible.", ["6175550186"]),
        ("Please call.\n\n617-555-0186 is the shop's number", []),
        ("Thanks,\n\nPriya Raman\n(503) 555-0199 ext. 12", ["5035550199"]),
        ("师傅没来（他给的电话150 2633 7812，打了八遍），请马上回电话给我：(+86) 181-5079-3326", ["18150793326"]),
        ("Call 1-877-555-0140 anytime, they said", []),
    ])
    func foreignPhones(text: String, expected: [String]) {
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

    @Test(arguments: [
        ("Order No. TRV-AU-558812 is still missing", ["TRV-AU-558812"]),
        (
            "my orders EC2401010001, EC2401010002 and EC2401010003 were never shipped",
            ["EC2401010001", "EC2401010002", "EC2401010003"]
        ),
        ("多了两笔订单：\nKD20250101001、KD20250101002\n请取消", ["KD20250101001", "KD20250101002"]),
        ("快递单号 YT1234567890123，订单号 JD20240102345", ["JD20240102345"]),
        ("顺丰单号 SF1234567890 一直没更新", []),
        ("單號 0031-2207-554466", ["0031-2207-554466"]),
        ("serial no. AB12-345678 on the back", []),
        ("PO# 7700123456 came short", ["7700123456"]),
        ("order #RT-2024-0815 and order #RT-2024-0815 again", ["RT-2024-0815"]),
        ("order KX-IE-40917 arrived", ["KX-IE-40917"]),
        ("ticket #20240815 is still open", []),
        ("customer no. Q-778812, please check", []),
        ("phone no. 61234567", []),
    ])
    func moreOrderNumbers(text: String, expected: [String]) {
        #expect(Shipped.analyze(text).customer.orderIDs == expected)
    }

    @Test(
        arguments: [
            ("会员编号：VIP2024110345，请查一下", "VIP2024110345"),
            ("我司客戶編號 HX-0091234", "HX-0091234"),
            ("Merchant ID: acct_9Z8Y7X6", "acct_9Z8Y7X6"),
            ("our customer number is 7731-004-12 if that helps", "7731-004-12"),
            ("(account 5522-118-07)", "5522-118-07"),
            ("商戶號 MR20231105", "MR20231105"),
            ("my account was locked yesterday", nil),
            ("account 2024 charges look wrong", nil),
            ("bank account 62220212345678", nil),
            ("会员编号 202405-001", nil),
            ("客户编号 C20240501001", "C20240501001"),
            ("还没到 C20240501001", "C20240501001"),
            ("customer no. Q-778812, please check", "Q-778812"),
        ] as [(String, String?)])
    func customerNumbers(text: String, expected: String?) {
        #expect(Shipped.analyze(text).customer.customerID == expected)
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

    @Test func numbersFromTheCustomersOwnMessageAddressedToTheCompany() {
        let full = """
            退款呢？

            ------------------ 原始邮件 ------------------
            发件人: "王芳" <wang@example.com>
            收件人: "某某商城客服" <kefu@example.com>
            主题: 退款

            你好，订单号 HT20250101777 麻烦退款。
            """
        let r = Shipped.engine.analyze(
            subject: "", newText: "退款呢？", fromName: nil, fromAddress: "wang@example.com",
            receivedAt: Shipped.date("2025-03-04 10:00"), fullText: full)
        #expect(r.customer.orderIDs == ["HT20250101777"])
    }

    /// Shapes and places of phone numbers added after the fifth and sixth evaluation sets (Taiwan landlines outside
    /// Taipei, Hong Kong mobiles that start like mainland service numbers, a phone word earlier on the line).
    @Test(arguments: [
        ("蔡佩君\n台南東寧店 店長\n電話：06-235-8117", ["062358117"]),
        ("(07) 331-2468 是店裡電話", ["073312468"]),
        ("共 123-4567 元", []),
        ("Mochi 而家冇事。\n\n嘉欣\n9632 1875", ["96321875"]),
        ("请拨打 95188 或 96777", []),
        ("Could someone call me when you get a chance? 6243 8819", ["62438819"]),
        ("如果有需要可以打 6398 2207 搵我。", ["63982207"]),
        ("唔該你哋認真查吓。\n\nKelvin\n手機：9631 2084\n\n> 多謝你嘅查詢", ["96312084"]),
        (
            "今天有个自称理赔专员的人打电话给我（号码是 +852 6432 1178），说要赔钱。\n\n冉秀梅\n手机 187 8023 1145",
            ["18780231145", "64321178"]
        ),
        ("I want to understand before making the payment.\n\nRegards,\nRamesh Iyer\nMob: 98450 31277", ["9845031277"]),
        ("我 6/15 買的打印機（訂單號碼：3D-TW-240615-77）有問題。\n手機 0958-776-214", ["0958776214"]),
        ("Your own tracking (AWB 176-44829013) shows nothing.\nShenzhen office: 0755-2690 4418", ["075526904418"]),
        ("请直接联系我们前台小何 136 0123 4477，她负责开门。\n有什么问题打我座机 010-8456 2290。", ["01084562290"]),
        ("送货司机请提前联系我司仓库管理员小陈，电话 138 2250 6617。\n\n采购部 黄志刚\n电话：0755-2683 1150 转 8021", ["075526831150"]),
        ("Please tell me when it'll be fixed. I'm at 418-555-0163 all day.", ["4185550163"]),
        ("Please find attached my CV.\n\nYours sincerely,\nOluwaseun Bakare\n0809 117 4452", ["08091174452"]),
        ("免付費專線 0809-091-555", []),
        ("导游（姓王，电话 186 8712 5503）一直催我们买东西。\n潘美玲\n手机 139 5813 7726", ["13958137726"]),
        ("我们问他要电话（131 7702 5580）说以后有问题直接找他", []),
        ("付款页面收款人是陈经理手机 135 6021 8873，我的手机 139 0011 2233", ["13900112233"]),
    ])
    func phonesSeenInNewMail(text: String, expected: [String]) {
        #expect(Shipped.analyze(text).customer.phones == expected)
    }

    /// Spam and auto-replies give no customer's phone; a job applicant's number is kept, and so is a thank-you's.
    @Test func otherMailKeepsPhonesOnlyFromApplicantsAndThanks() {
        let spam = Shipped.analyze(
            subject: "代开各类发票", "本公司长期代开各类发票，点数低，可先验票后付款。\n联系人：刘经理\n电话/微信：133 6021 9987")
        #expect(spam.category == .other && spam.customer.phones.isEmpty)
        #expect(spam.explanations.contains { $0.hasPrefix("phone numbers not kept") })
        let applicant = Shipped.analyze(
            subject: "应聘客服专员", "您好，我想应聘贵公司的客服专员职位，个人简历见附件。\n电话：138 1234 5678")
        #expect(applicant.category == .other && applicant.customer.phones == ["13812345678"])
        // A customer's question that uses a word spam uses too (报销) but scores higher elsewhere keeps its number.
        let question = Shipped.analyze(
            subject: "发票抬头开错了，今天要交报销",
            "请问发票能不能重开？订单号 YT-CD-240912-0387，发票抬头写错了，差旅报销今天截止。\n我的手机 180 8123 4471")
        #expect(question.customer.phones == ["18081234471"])
    }

    /// A customer who forwards a colleague's message gives their own number above it.
    @Test func theForwardersNumberBeforeTheForwardedOnes() {
        let body = """
            转一下我们信息部的邮件，请你们技术马上看一下。

            苏州宏泰机电 采购部 冯俊
            0512-6289 4470

            -------- 转发的邮件 --------
            发件人：吴磊（信息部）
            发送时间：2025年5月20日 10:47
            主题：采购平台接口异常

            冯经理：下单页打不开。有事打我分机 8123 或手机 150 6213 9954。
            """
        #expect(Shipped.analyze(body).customer.phone == "051262894470")
    }

    /// Order numbers written after a few words, one a line, as booking codes, joined to their label or in
    /// full-width characters.
    @Test(arguments: [
        ("The order number on the packing slip is WL-3390217.", ["WL-3390217"]),
        ("订单号我抄下来了：\n3318852046170093512\n3318852046170094201\n请查一下", ["3318852046170093512", "3318852046170094201"]),
        ("订单号分别是：\n2025030988127（苹果手机）\n2025030988163（购物卡）", ["2025030988127", "2025030988163"]),
        ("订单号：DD20240501123\n电话 0512-6289 4470", ["DD20240501123"]),
        ("Booking reference: K7XQ2M", ["K7XQ2M"]),
        ("Re: 航班取消通知 訂位 7QK2LM", ["7QK2LM"]),
        ("the booking was fine, thanks", []),
        ("see our email regarding PO-2025-0187", ["PO-2025-0187"]),
        ("采购合同号：HY-PO-2409-117", ["HY-PO-2409-117"]),
        ("订单号 ２０２５０２２６Ａ１１９ 还没到", ["20250226A119"]),
        ("Your double electric breast pump (order BP/24/009137) is loud", ["BP/24/009137"]),
        (
            "我的会员账号里面多了三个订单，不是我订的：\nYT-BJ-250217-1120\nYT-BJ-250217-1121\nYT-SH-250218-0087\n请查一下",
            ["YT-BJ-250217-1120", "YT-BJ-250217-1121", "YT-SH-250218-0087"]
        ),
        ("麻烦查一下下面这几笔分别是什么：\n\nYKB240801093312\nYKB240801093313\n\n谢谢", ["YKB240801093312", "YKB240801093313"]),
        ("订单的问题如下：\n收到的颜色不对，尺寸也不对", []),
        ("28号下的单（CC2412280451），页面上写的是次日达", ["CC2412280451"]),
        (
            "第一筆：GPA.3391-2207-5518-40312\n第二筆：GPA.3391-2207-5518-40987",
            ["GPA.3391-2207-5518-40312", "GPA.3391-2207-5518-40987"]
        ),
        ("Shipments affected: MYS-2409-55102, MYS-2409-55117", ["MYS-2409-55102", "MYS-2409-55117"]),
        ("多了两笔订单：GB2409150771（一台相机，6899元）和GB2409150772（两部手机）", ["GB2409150771", "GB2409150772"]),
        ("裙子是顺丰寄的，单号SF1487720390615，今天早上揽收的", []),
        ("Re: Your complaint #C-88213 has been received", []),
        ("服務單號：202505-2093", []),
        ("RE: RE: PO/BT/2025/0311 - where is my machine", ["PO/BT/2025/0311"]),
        ("Please cancel this booking (number BK-7723019) and return my money", ["BK-7723019"]),
        ("Re: 您的投诉工单 #TS0611 已结案", []),
        ("my order no. 88120456.", ["88120456"]),
        ("預訂編號：FA-9QK2LM\n乘客：蘇家偉", ["FA-9QK2LM"]),
        ("單據編號 CWB-1102-0457。使用約一星期後", ["CWB-1102-0457"]),
        ("订单 WL0902-558172 还没到。另外我还有一单 WL0903-100246 也一样没动。", ["WL0902-558172", "WL0903-100246"]),
        ("Your own tracking (AWB 176-44829013) has shown nothing", []),
        ("贵司销售订单确认号：SO24083117", ["SO24083117"]),
        ("订单号 No.20250503-A-7719，两张双日通票", ["20250503-A-7719"]),
        ("我们9月17日下的采购单 PO2024-0917-A，订的是12盒", ["PO2024-0917-A"]),
        ("there are two orders I don't recognise, 7781203 and 7781209, both to Tijuana", ["7781203", "7781209"]),
        (
            "The booking numbers showing in the\napp are HLB-55102, HLB-55103 and HLB-55104.",
            ["HLB-55102", "HLB-55103", "HLB-55104"]
        ),
        ("my order\n\nis 1234567 days late", []),
        ("电话：+886 (0)2 2771 3508 #205\n傳真：02-2771-3509", []),
        ("今天这单 TG20250305011236（青菜、土豆）还没到", ["TG20250305011236"]),
        ("套餐編號 LOVE-2024-0719-B，總共花了 68,800 元", ["LOVE-2024-0719-B"]),
        (
            "| 訂單編號   | 我訂的     | 收到的 |\n|---|---|---|\n| TW24110387 | 木製疊疊樂 | 正確 |\n| TW24110412 | 布書 | 積木 |\n謝謝",
            ["TW24110387", "TW24110412"]
        ),
        ("订单 MB2024092388163，邮政 EMS EB031155786CN", ["MB2024092388163"]),
    ])
    func orderNumbersSeenInNewMail(text: String, expected: [String]) {
        #expect(Shipped.analyze(text).customer.orderIDs == expected)
    }

    /// A number shaped like an order number given beside it is an order number too; a waybill or a number after
    /// another kind of label is not, nor is a plain short number.
    @Test(arguments: [
        (
            "订单 T250412883016 —— 不对，这是系统后来改的号，原来的是 T250409120557，两个号我都贴上",
            ["T250412883016", "T250409120557"]
        ),
        ("订单号 WL-3390217，快递单号 WL-3390218", ["WL-3390217"]),
        ("订单号 3390217，另外 3390218 元", ["3390217"]),
        ("订单 AB12345678，发票号 AB12345679", ["AB12345678"]),
    ])
    func numbersShapedLikeAnOrderNumber(text: String, expected: [String]) {
        #expect(Shipped.analyze(text).customer.orderIDs == expected)
    }

    @Test(
        arguments: [
            ("我們是台南東寧加盟店（加盟店編號 F2024035）", "F2024035"),
            ("Olivia from Greenleaf Café (franchisee no. C20230544).", "C20230544"),
            ("Franchise ID: HKF0217", "HKF0217"),
            ("會員編號係 GH-00729431。", "GH-00729431"),
            ("Thomas Becker\nFrequent flyer no.: FF22084471", "FF22084471"),
            ("the evening course (student no. LS-SG-20931, paid $780)", "LS-SG-20931"),
            ("我個仔讀緊 IELTS 課程（學生編號 ST-22871）", "ST-22871"),
            ("my son's Mandarin course (student ref LS-UK-4471)", "LS-UK-4471"),
            ("Tenant ID: BLN-SG-7720", "BLN-SG-7720"),
        ] as [(String, String?)])
    func franchiseNumbersAreCustomerNumbers(text: String, expected: String?) {
        let r = Shipped.analyze(text)
        #expect(r.customer.customerID == expected)
        #expect(r.customer.orderIDs.isEmpty)
    }

    /// A `>` quote without an attribution is the company's when it greets the customer by title or uses an agent's
    /// set phrases; the customer's own quoted words still give their order numbers.
    @Test func bareQuotesOfTheCompanyGiveNoOrderNumbers() {
        func orders(_ quote: String) -> [String] {
            let full = "可唔可以今日派人嚟睇睇？\n\n" + quote
            return Shipped.engine.analyze(
                subject: "Re: 維修完成通知", newText: "可唔可以今日派人嚟睇睇？", fromName: nil,
                fromAddress: "tam@example.com", receivedAt: Shipped.date("2025-03-04 10:00"), fullText: full
            ).customer.orderIDs
        }
        #expect(orders("> 譚女士您好：\n> 閣下之煤氣爐（訂單號 RP-240611-07）已完成維修。") == [])
        #expect(orders("> Dear Ms Tam,\n> your order no. RP-240611-07 was repaired.") == [])
        #expect(orders("> Thank you for registering your DryHome DH-1220!\n> Order ref: AUW-118276") == [])
        #expect(orders("> 你好，我要退那个空气炸锅，订单号 YP250309771042") == ["YP250309771042"])
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
            ("蛋糕晚了两天\n\n陈嘉怡\n手机：0912-000-111", "陈小姐", "陈嘉怡"),
            ("你好，我系美味轩餐厅嘅李生，雪柜坏咗", "美味轩餐厅", "李生"),
            ("请退货", "大成科技 行政部 林美玲", "林美玲"),
            ("冷气机唔凍，麻烦尽快派人上来睇下。\n电话：6123 4567（黄太）", nil, "黄太"),
            // A self-introduction names the person at the end of its clause, not the first characters after 我是.
            ("我是钱包用户林思远，在武汉读研二", nil, "林思远"),
            ("我是江西于都县城建华五金的老板钟建华，用你们的收款码两年了", nil, "钟建华"),
            ("本人退休前是机械工程师，今年75岁", nil, nil),
            ("我是花錢的消費者，不是來求你們的", nil, nil),
            ("收款码用不了\n\n马建军\n手机：139 3712 0085", "老马", "马建军"),
            ("冷气坏了\n\n劉嘉豪\n9123 4567", "Kelvin Lau", "劉嘉豪"),
            ("物流太慢了", "Grace Liang | Sunway Travel", "Grace Liang"),
            ("物流太慢了", "網店成長顧問 陳凱文", "陳凱文"),
            ("物流太慢了", "网络推广部-孙经理", "孙经理"),
            ("此致\n易買港 客戶服務部\n采豐貿易有限公司\n行政部 鄭嘉欣\n電話：2891 3345", nil, "鄭嘉欣"),
            ("Preferred dates are 2-4 December.\n\nRegards,\nMs. Winnie Lau\nProperty Manager", nil, "Ms. Winnie Lau"),
            ("请尽快处理\n\n卢志明\n13812345678", "卢志明", "卢志明"),
            ("我是明天（3/8）中午在你们中港馆办婚宴的新娘", nil, nil),
            ("今天下午4点前派人过来修好\n\n商户号 C20230108520\n店长 孙立\n联系电话 180 8163 9922", "蓉城火锅", "孙立"),
            ("请给我一个书面解释。\n商户号：C20220315467\n王志刚\n电话：020-8731 6620", nil, "王志刚"),
            ("下的单到了，谢谢", nil, nil),
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
        ("电饭煲坏了，不会用预约，麻烦你们打个电话给我", ["callback"]),
        ("波鞋太细，想退货，可以既话想退返钱", ["return", "refund"]),
        ("雪柜坏咗，唔该即刻安排师傅上嚟整", ["repair"]),
        ("The oven is broken, please send a service technician.", ["repair"]),
        ("You sent the wrong size again, I need the right ones sent out.", ["exchange"]),
        ("交货延误，请书面说明延误原因，并按合同支付违约金", ["explanation", "compensation"]),
        (
            "The desk installation we paid for never happened. Could someone reach out to schedule the installation?",
            [
                "callback"
            ]
        ),
        ("机器坏了要维修，我自己更换了保险丝也不行", ["repair"]),
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
