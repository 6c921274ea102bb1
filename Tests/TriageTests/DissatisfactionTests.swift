import Model
import Testing

@testable import Triage

/// The dissatisfaction booster: an unhappy customer's refund or repair request is a complaint, a calm one is
/// after-sales; negation, and an emergency that leads, are respected.
@Suite struct DissatisfactionTests {
    @Test(arguments: [
        ("退货", "买了你们的吹风机，用三次就坏了，真的很失望，客服也一直敷衍，我要退货退款。"),
        ("退貨", "買了你們的吹風機，用三次就壞了，真的很失望，客服也一直敷衍，我要退貨退款。"),
    ])
    func anUnhappyRequestIsAComplaint(subject: String, body: String) {
        let r = Shipped.analyze(subject: subject, body)
        #expect(r.category == .complaint, "\(r.explanations)")
        #expect(r.explanations.contains { $0.hasPrefix("dissatisfaction ") })
    }

    @Test func aFuriousRefundChaseIsAComplaint() {
        let r = Shipped.analyze(
            subject: "Refund",
            "Ordered a vacuum 3 weeks ago, it arrived broken. I asked for a refund twice and still nothing. "
                + "Worst customer service ever, I'm furious.")
        #expect(r.category == .complaint, "\(r.explanations)")
    }

    /// An annoyed repair request: the tone counts against after-sales (the booster fires), but the repair words
    /// still weigh in, so a request that is mostly about the repair can stay after-sales.
    @Test func anAnnoyedRepairRequestIsWeighed() {
        let r = Shipped.analyze(subject: "维修", "这台冰箱已经修了三次了，还是不制冷，师傅每次来看看就走，太不负责任了！要么换新的，要么退款。")
        #expect(r.explanations.contains { $0.hasPrefix("dissatisfaction ") && $0.contains("after_sales count 0.5×") })
        #expect([.complaint, .afterSales].contains(r.category))
    }

    @Test(arguments: [
        ("退款", "你好，想申请退款，订单号DD20240601123，商品不合适，谢谢。"),
        ("维修", "洗衣机不脱水了，还在保修期，麻烦安排师傅上门维修。"),
        ("Return", "Hi, I'd like to return the kettle, it's too small for us. Could you send a return label? Thanks"),
        ("换货", "不是投诉，鞋子小了一码，想换大一号，谢谢。"),
    ])
    func aCalmRequestStaysAfterSales(subject: String, body: String) {
        let r = Shipped.analyze(subject: subject, body)
        #expect(r.category == .afterSales, "\(r.explanations)")
        #expect(!r.explanations.contains { $0.hasPrefix("dissatisfaction ") })
    }

    @Test func anAngryEmergencyStaysAnEmergency() {
        let r = Shipped.analyze(subject: "充电器冒烟", "充电器插上就冒烟了，还有烧焦味！！太失望了，质量太差，我要退款")
        #expect(r.category == .emergency, "\(r.explanations)")
        #expect(r.priority == .urgent)
    }

    @Test func theBoosterIsData() throws {
        let text = """
            negation:
              cues: [不]
            categories:
              after_sales:
                department: after_sales
                keywords:
                  退款: 6
              complaint:
                department: quality
                keywords:
                  失望: 3
            dissatisfaction:
              category: complaint
              over: [after_sales]
              threshold: 3
              factor: 0.5
              phrases:
                失望: 3

            """
        let file = try RuleFile.parse(text, file: "rules.yaml")
        let d = try #require(file.rules.dissatisfaction)
        #expect(d.category == .complaint && d.over == [.afterSales] && d.threshold == 3 && d.factor == 0.5)
        let engine = TriageEngine(configuration: TriageConfiguration(rules: file.rules, calendar: Shipped.calendar))
        func category(_ body: String) -> TicketCategory {
            engine.analyze(
                subject: "", newText: body, fromName: nil, fromAddress: nil,
                receivedAt: Shipped.date("2025-03-04 10:00")
            ).category
        }
        #expect(category("很失望，退款") == .complaint)
        #expect(category("不失望，退款") == .afterSales)
        #expect(category("退款") == .afterSales)
    }

    @Test func aBadBoosterCategoryIsNamed() {
        let text = RuleFileTests.minimal + "dissatisfaction:\n  category: complaints\n  phrases: {失望: 3}\n"
        #expect {
            _ = try RuleFile.parse(text, file: "rules.yaml")
        } throws: { error in
            guard let e = error as? RuleFileError else { return false }
            return e.key == "dissatisfaction" && e.description.contains("not a category")
        }
    }

    @Test func traditionalComplaintWordsFold() {
        #expect(TextNormalizer.fold("離譜，憤怒，討個說法，罵人") == TextNormalizer.fold("离谱，愤怒，讨个说法，骂人"))
    }

    @Test(arguments: [
        ("漏電", "插座一直漏電，剛剛還觸電了一下"),
        ("帳號", "我的帳號有異常登入，是陌生裝置，不是我本人"),
        ("Account", "Someone hacked my account and there are orders I never made."),
        ("急", "婚宴今晚就要用，今天必须送到"),
        ("Order for tonight", "I need the table delivered by tonight, the party starts at 7pm today."),
        ("投訴", "已經第三次了，一再拖延，態度又差，再不處理我就找律師，還要向消保官申訴。"),
    ])
    func broaderUrgentVocabulary(subject: String, body: String) {
        let r = Shipped.analyze(subject: subject, body)
        #expect(r.priority == .urgent, "\(r.explanations)")
    }

    @Test(arguments: [
        ("问题", "没有冒烟也没有漏电，就是不加热了，想报修一下"),
        ("Question", "Not urgent, no smoke, just a question: how do I set up the timer?"),
    ])
    func negatedSignalsAreNotUrgent(subject: String, body: String) {
        let r = Shipped.analyze(subject: subject, body)
        #expect(r.priority != .urgent, "\(r.explanations)")
    }
}
