import Model

/// Weighted keyword rules for one category, in Simplified and Traditional Chinese and English.
public struct CategoryRule: Sendable {
    public var category: TicketCategory
    public var keywords: [String: Int]

    public init(category: TicketCategory, keywords: [String: Int]) {
        self.category = category
        self.keywords = keywords
    }
}

/// The outcome of classifying a message, with reasons a supervisor can read.
public struct Classification: Sendable, Equatable {
    public var category: TicketCategory
    public var priority: Priority
    public var language: String
    public var explanations: [String]
}

/// Classifies a message into a category and priority by weighted keywords (subject counts double) and
/// urgency signals. This is the first, built-in rule set; rules from configuration replace it later.
public struct Classifier: Sendable {
    public var rules: [CategoryRule]
    /// Words that make a message urgent (safety, account security, outages, hard deadlines, escalation threats).
    public var urgentSignals: [String]
    /// Words that make a message low priority when nothing urgent is present.
    public var lowSignals: [String]

    public init(
        rules: [CategoryRule] = Classifier.defaultRules, urgentSignals: [String] = Classifier.defaultUrgent,
        lowSignals: [String] = Classifier.defaultLow
    ) {
        self.rules = rules
        self.urgentSignals = urgentSignals
        self.lowSignals = lowSignals
    }

    public func classify(subject: String, body: String) -> Classification {
        let s = subject.lowercased()
        let b = body.lowercased()
        var best: (TicketCategory, Int) = (.other, 0)
        var explanations: [String] = []
        for rule in rules {
            var score = 0
            var hits: [String] = []
            for (word, weight) in rule.keywords {
                let w = word.lowercased()
                var points = 0
                if s.contains(w) { points += 2 * weight }
                if b.contains(w) { points += weight }
                if points > 0 {
                    score += points
                    hits.append(word)
                }
            }
            if score > 0 {
                explanations.append(
                    "\(rule.category.rawValue) scored \(score) for: \(hits.sorted().joined(separator: ", "))")
            }
            if score > best.1 { best = (rule.category, score) }
        }
        var priority = Priority.normal
        let urgentHits = urgentSignals.filter { s.contains($0.lowercased()) || b.contains($0.lowercased()) }
        if !urgentHits.isEmpty {
            priority = .urgent
            explanations.append("priority urgent because of: \(urgentHits.joined(separator: ", "))")
        } else if best.0 == .emergency {
            priority = .urgent
            explanations.append("priority urgent because the category is emergency")
        } else {
            let lowHits = lowSignals.filter { s.contains($0.lowercased()) || b.contains($0.lowercased()) }
            if best.0 == .suggestion || !lowHits.isEmpty {
                priority = .low
                explanations.append(
                    best.0 == .suggestion
                        ? "priority low for a suggestion"
                        : "priority low because of: \(lowHits.joined(separator: ", "))")
            } else {
                explanations.append("priority normal: no urgency signal found")
            }
        }
        if best.0 == .other { explanations.insert("no category rule matched", at: 0) }
        return Classification(
            category: best.0, priority: priority, language: LanguageDetector.detect(subject + "\n" + body),
            explanations: explanations)
    }

    public static let defaultRules: [CategoryRule] = [
        CategoryRule(
            category: .inquiry,
            keywords: [
                "咨询": 3, "请问": 2, "請問": 2, "諮詢": 3, "怎么": 1, "如何": 1, "物流": 1, "发货": 1, "發貨": 1, "什么时候": 1,
                "question": 2, "how do i": 2, "how to": 1, "inquiry": 3, "when will": 1, "information": 1,
            ]),
        CategoryRule(
            category: .complaint,
            keywords: [
                "投诉": 4, "投訴": 4, "不满": 2, "不滿": 2, "态度": 2, "態度": 2, "太差": 2, "差劲": 2, "欺骗": 2, "12315": 3,
                "complaint": 4, "unacceptable": 2, "rude": 2, "disappointed": 2, "terrible": 2, "worst": 2,
            ]),
        CategoryRule(
            category: .afterSales,
            keywords: [
                "售后": 4, "售後": 4, "维修": 3, "維修": 3, "退货": 3, "退貨": 3, "换货": 3, "換貨": 3, "退款": 3, "保修": 3,
                "坏了": 2, "壞了": 2, "故障": 2, "安装": 2, "安裝": 2, "repair": 3, "refund": 3, "return": 2, "exchange": 2,
                "warranty": 3, "broken": 2, "defective": 2, "replacement": 2,
            ]),
        CategoryRule(
            category: .suggestion,
            keywords: [
                "建议": 4, "建議": 4, "希望增加": 3, "改进": 2, "改進": 2, "suggestion": 4, "suggest": 3, "feature request": 3,
                "would be nice": 2, "feedback": 1,
            ]),
        CategoryRule(
            category: .emergency,
            keywords: [
                "紧急": 4, "緊急": 4, "异常登录": 5, "異常登錄": 5, "被盗": 5, "被盜": 5, "冒烟": 5, "冒煙": 5, "起火": 5,
                "漏电": 5, "漏電": 5, "无法登录": 2, "系统崩溃": 4, "urgent": 3, "emergency": 4, "smoke": 4, "fire": 3,
                "hacked": 5, "unauthorized": 4, "outage": 4, "fraud": 4,
            ]),
    ]

    public static let defaultUrgent = [
        "紧急", "緊急", "冒烟", "冒煙", "起火", "着火", "漏电", "漏電", "触电", "觸電", "受伤", "受傷", "异常登录", "異常登錄",
        "被盗", "被盜", "盗刷", "詐騙", "诈骗", "停产", "停產", "12315", "媒体曝光", "律师", "律師", "urgent", "emergency",
        "smoke", "fire", "electric shock", "injur", "hacked", "fraud", "unauthorized", "outage", "lawyer", "asap",
    ]

    public static let defaultLow = [
        "谢谢你们", "感谢", "感謝", "表扬", "表揚", "thank you for", "just wanted to say", "no rush", "不急",
    ]
}
