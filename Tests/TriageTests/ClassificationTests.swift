import Model
import Testing

@testable import Triage

@Suite struct ClassificationTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var subject: String
        var body: String
        var category: TicketCategory
        var subcategory: String?
        var priority: Priority
        var testDescription: String { subject.isEmpty ? String(body.prefix(20)) : subject }
    }

    @Test(arguments: [
        Case(
            subject: "电饭煲冒烟了", body: "刚才用的时候突然冒烟，还有焦味，插头都烫手", category: .emergency, subcategory: "safety",
            priority: .urgent),
        Case(
            subject: "咨询", body: "没有冒烟也没有漏电，就是不加热了，想报修一下", category: .afterSales, subcategory: "repair",
            priority: .normal),
        Case(
            subject: "", body: "我不是投诉，只是想问一下我的订单什么时候发货", category: .inquiry, subcategory: "order_status",
            priority: .normal),
        Case(
            subject: "帳號異常登入", body: "我的帳號昨天在陌生設備登入，不是我本人操作，請幫我凍結帳號", category: .emergency,
            subcategory: "account_security", priority: .urgent),
        Case(
            subject: "Not urgent", body: "Not urgent, no smoke, just a question: how do I set up the timer?",
            category: .inquiry, subcategory: "how_to", priority: .low),
        Case(
            subject: "Idea", body: "It would be great if the app had a dark mode.", category: .suggestion,
            subcategory: "feature_request", priority: .low),
        Case(
            subject: "第三次投诉", body: "你们的客服态度恶劣，这已经是第三次了，再不处理我就去12315投诉并找媒体曝光",
            category: .complaint, subcategory: "service_attitude", priority: .urgent),
        Case(
            subject: "生产线停了", body: "车间的包装机故障，整条生产线停工，请马上派工程师来维修", category: .afterSales,
            subcategory: "repair", priority: .urgent),
        Case(
            subject: "Automatic reply: your order",
            body: "I am out of office until Monday with limited access to email.",
            category: .other, subcategory: nil, priority: .low),
        Case(
            subject: "Payments failing",
            body: "Our checkout page returns error 500 and none of our customers can pay. The site is down.",
            category: .emergency, subcategory: "system_outage", priority: .urgent),
        Case(
            subject: "請問保固", body: "請問這台吸塵器的保固期是多久？", category: .afterSales, subcategory: "warranty",
            priority: .normal),
    ])
    func classifies(_ c: Case) {
        let r = Shipped.analyze(subject: c.subject, c.body)
        #expect(r.category == c.category, "\(r.explanations)")
        #expect(r.subcategory == c.subcategory, "\(r.explanations)")
        #expect(r.priority == c.priority, "\(r.explanations)")
    }

    @Test(arguments: [
        ("我不是投诉，就是想问问", "投诉"),
        ("这次没有冒烟", "冒烟"),
        ("This is not urgent at all", "urgent"),
        ("不是很满意", "很满意"),
        ("Nobody is hurt and nothing was swallowed, the lid was never in the box", "swallowed"),
    ])
    func negationIsExplained(body: String, word: String) {
        let r = Shipped.analyze(body)
        #expect(r.explanations.contains { $0.contains("ignored \"\(word)\"") && $0.contains("negated") })
    }

    @Test func negationExceptionsDoNotNegate() {
        // 不是第一次 means "again", not "not a complaint".
        let r = Shipped.analyze("这不是第一次投诉了，态度太差")
        #expect(r.category == .complaint)
        #expect(!r.explanations.contains { $0.contains("ignored \"投诉\"") })
    }

    @Test func traditionalAndSimplifiedScoreTheSame() {
        let s = Shipped.analyze(subject: "投诉", "快递员态度很差，还把包裹弄丢了")
        let t = Shipped.analyze(subject: "投訴", "快遞員態度很差，還把包裹弄丟了")
        #expect(s.category == t.category)
        #expect(s.scores == t.scores)
        #expect(t.language == "zh-Hant")
        #expect(s.language == "zh-Hans")
    }

    @Test func aReplySubjectCountsLessThanTheCustomersOwn() {
        let own = Shipped.analyze(subject: "投诉", "你好")
        let reply = Shipped.analyze(subject: "Re: 投诉", "你好")
        #expect(reply.scores[.complaint]! < own.scores[.complaint]!)
        #expect(reply.explanations.contains { $0.hasPrefix("reply or forward") })
    }

    @Test func aBareForwardIsClassifiedByTheForwardedMessage() {
        let full = """
            FYI

            ---------- Forwarded message ---------
            From: 李娜 <lina@example.com>
            Subject: 电饭煲

            我想把上周买的电饭煲退货，订单号DD20240501123，请告诉我退货地址。
            """
        let r = Shipped.engine.analyze(
            subject: "Fwd: 电饭煲", newText: "FYI", fromName: "李娜", fromAddress: "lina@example.com",
            receivedAt: Shipped.date("2025-03-04 10:00"), fullText: full)
        #expect(r.category == .afterSales)
        #expect(r.subcategory == "return")
        #expect(r.customer.orderIDs == ["DD20240501123"])
        #expect(r.explanations.contains { $0.hasPrefix("little new text") })
    }

    @Test func subjectWeighsMoreThanBody() {
        let inSubject = Shipped.analyze(subject: "退款", "你好")
        let inBody = Shipped.analyze(subject: "你好", "退款")
        #expect(inSubject.scores[.afterSales]! > inBody.scores[.afterSales]!)
    }

    @Test func everyResultExplainsCategoryPriorityRouteAndDeadlines() {
        let r = Shipped.analyze("随便写点什么")
        #expect(r.category == .other)
        #expect(r.explanations.contains { $0.hasPrefix("category other") })
        #expect(r.explanations.contains { $0.hasPrefix("priority ") })
        #expect(r.explanations.contains { $0.hasPrefix("routed to ") })
        #expect(r.explanations.contains { $0.hasPrefix("first response within") })
    }

    @Test func vipIsRaisedOneLevel() {
        var rules = Shipped.ruleFile.rules
        rules.vip = ["@bigcustomer.com"]
        let engine = TriageEngine(configuration: TriageConfiguration(rules: rules, calendar: Shipped.calendar))
        let body = "请问你们的退货政策是怎样的？"
        let plain = engine.analyze(
            subject: "", newText: body, fromName: nil, fromAddress: "a@other.com",
            receivedAt: Shipped.date("2025-03-04 10:00"))
        let vip = engine.analyze(
            subject: "", newText: body, fromName: nil, fromAddress: "boss@bigcustomer.com",
            receivedAt: Shipped.date("2025-03-04 10:00"))
        #expect(plain.priority == .low)
        #expect(vip.priority == .normal)
        #expect(vip.explanations.contains { $0.contains("VIP") })
    }

    @Test(arguments: [
        ("您好，我想问一下这个产品怎么用", "zh-Hans"),
        ("您好，我想問一下這個產品怎麼用", "zh-Hant"),
        ("Hello, how do I use this?", "en"),
        ("Hi, my order from 上海 has not arrived yet and I am worried.", "en"),
    ])
    func language(text: String, expected: String) {
        #expect(LanguageDetector.detect(text) == expected)
    }

    @Test func routesBySubcategoryThenCategory() {
        let rules = Shipped.ruleFile.rules
        #expect(rules.department(for: .emergency, subcategory: "system_outage") == "technical")
        #expect(rules.department(for: .emergency, subcategory: "safety") == "supervisor")
        #expect(rules.department(for: .complaint, subcategory: nil) == "quality")
        #expect(rules.department(for: .other, subcategory: nil) == "customer_service")
    }
}
