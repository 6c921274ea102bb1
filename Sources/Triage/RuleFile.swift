import Model
import Yams

/// The contents of `config/rules.yaml`: classification and extraction rules, service levels and business hours.
public struct RuleFile: Sendable {
    public var rules: TriageRules
    public var serviceLevels: SLAPolicy
    /// Business hours, in minutes after local midnight.
    public var workdayStart: Int
    public var workdayEnd: Int
    /// ISO weekdays off (6 Saturday, 7 Sunday).
    public var weekendDays: Set<Int>

    static let topKeys: Set<String> = [
        "version", "scoring", "negation", "categories", "priority", "vip", "demands", "extraction", "sla",
        "business_hours", "fallback_department", "demand_categories", "dissatisfaction", "calm", "prefer",
    ]
    static let weekdays = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    ]

    /// Parses the rule file's text; `file` names it in errors.
    public static func parse(_ text: String, file: String) throws(RuleFileError) -> RuleFile {
        let y = YAMLReader(file: file)
        let top = try y.mapping(try y.root(text), "", allowed: topKeys)
        var subjectWeight = 2.0
        var replySubjectWeight: Double?
        var bodyWeight = 1.0
        var minimumScore = 2.0
        var maxPhrases = 0
        var gap = 8
        if let n = top["scoring"] {
            let m = try y.mapping(
                n, "scoring",
                allowed: [
                    "subject_weight", "reply_subject_weight", "body_weight", "minimum_score", "max_phrases", "gap",
                ])
            if let v = m["reply_subject_weight"] {
                replySubjectWeight = try y.number(v, "scoring.reply_subject_weight", range: 0...100)
            }
            if let v = m["max_phrases"] { maxPhrases = try y.integer(v, "scoring.max_phrases", range: 0...1000) }
            if let v = m["gap"] { gap = try y.integer(v, "scoring.gap", range: 1...40) }
            if let v = m["subject_weight"] { subjectWeight = try y.number(v, "scoring.subject_weight", range: 0...100) }
            if let v = m["body_weight"] { bodyWeight = try y.number(v, "scoring.body_weight", range: 0...100) }
            if let v = m["minimum_score"] { minimumScore = try y.number(v, "scoring.minimum_score", range: 0...1000) }
        }
        var negation = TriageRules.Negation(cues: [])
        if let n = top["negation"] {
            let m = try y.mapping(n, "negation", allowed: ["window", "cues", "exceptions"])
            if let v = m["window"] { negation.window = try y.integer(v, "negation.window", range: 0...40) }
            if let v = m["cues"] { negation.cues = try y.strings(v, "negation.cues") }
            if let v = m["exceptions"] { negation.exceptions = try y.strings(v, "negation.exceptions") }
        }
        guard let categoriesNode = top["categories"] else {
            throw y.fail(
                top["version"], "categories", "is missing", "add a categories: mapping (see config/rules.yaml)")
        }
        var categories: [TriageRules.Category] = []
        for (k, v) in try y.mapping(categoriesNode, "categories") {
            categories.append(try category(k, v, y))
        }
        var urgent: [TriageRules.SignalGroup] = []
        var low: [TriageRules.SignalGroup] = []
        var urgentThreshold = 3.0
        var lowThreshold = 2.0
        var namedOrderMakesNormal: [TicketCategory] = []
        var urgentCombinations: [[Int]]?
        if let n = top["priority"] {
            let m = try y.mapping(
                n, "priority",
                allowed: ["urgent_threshold", "low_threshold", "urgent", "low", "named_order_makes_normal", "combine"])
            if let v = m["named_order_makes_normal"] {
                for name in try y.strings(v, "priority.named_order_makes_normal") {
                    guard let c = TicketCategory(rawValue: name) else {
                        throw y.fail(
                            v, "priority.named_order_makes_normal", "\"\(name)\" is not a category",
                            "write e.g. inquiry")
                    }
                    namedOrderMakesNormal.append(c)
                }
            }
            if let v = m["urgent_threshold"] {
                urgentThreshold = try y.number(v, "priority.urgent_threshold", range: 0...1000)
            }
            if let v = m["low_threshold"] { lowThreshold = try y.number(v, "priority.low_threshold", range: 0...1000) }
            for (key, target) in [("urgent", 0), ("low", 1)] {
                guard let groups = m[key] else { continue }
                for (g, phrases) in try y.mapping(groups, "priority.\(key)") {
                    let reason = try y.string(g, "priority.\(key)")
                    let group = TriageRules.SignalGroup(
                        reason: reason, phrases: try y.weightedPhrases(phrases, "priority.\(key).\(reason)"))
                    if target == 0 { urgent.append(group) } else { low.append(group) }
                }
            }
            if let v = m["combine"] {
                urgentCombinations = []
                guard let sets = v.sequence else {
                    throw y.fail(
                        v, "priority.combine", "must be a list of lists",
                        "write e.g. combine: [[escalation threat, repeated complaint]]")
                }
                for set in sets {
                    var indexes: [Int] = []
                    for name in try y.strings(set, "priority.combine") {
                        guard let i = urgent.firstIndex(where: { $0.reason == name }) else {
                            throw y.fail(
                                set, "priority.combine", "\"\(name)\" is not a group under priority.urgent",
                                "name groups listed under priority.urgent, e.g. [escalation threat, repeated complaint]"
                            )
                        }
                        indexes.append(i)
                    }
                    urgentCombinations?.append(indexes)
                }
            }
        }
        let vip = try top["vip"].map { n throws(RuleFileError) in try y.strings(n, "vip") } ?? []
        var demands: [TriageRules.Demand] = []
        if let n = top["demands"] {
            for (k, v) in try y.mapping(n, "demands") {
                let name = try y.string(k, "demands")
                demands.append(.init(name: name, phrases: try y.strings(v, "demands.\(name)")))
            }
        }
        var demandCategories = TicketCategory.allCases
        if let n = top["demand_categories"] {
            demandCategories = []
            for name in try y.strings(n, "demand_categories") {
                guard let c = TicketCategory(rawValue: name) else {
                    throw y.fail(n, "demand_categories", "\"\(name)\" is not a category", "write e.g. complaint")
                }
                demandCategories.append(c)
            }
        }
        let extraction = try extractionRules(top["extraction"], y)
        var sla = SLAPolicy()
        if let n = top["sla"] {
            let m = try y.mapping(n, "sla", allowed: ["first_response", "resolution"])
            for (key, isFirst) in [("first_response", true), ("resolution", false)] {
                guard let limits = m[key] else { continue }
                let lm = try y.mapping(limits, "sla.\(key)", allowed: ["urgent", "normal", "low"])
                for p in Priority.allCases {
                    guard let v = lm[p.rawValue] else { continue }
                    let d = try y.duration(v, "sla.\(key).\(p.rawValue)")
                    if isFirst { sla.firstResponse[p] = d } else { sla.resolution[p] = d }
                }
            }
        }
        var start = 9 * 60
        var end = 18 * 60
        var weekend: Set<Int> = [6, 7]
        if let n = top["business_hours"] {
            let m = try y.mapping(n, "business_hours", allowed: ["start", "end", "weekend"])
            if let v = m["start"] { start = try y.clock(v, "business_hours.start") }
            if let v = m["end"] { end = try y.clock(v, "business_hours.end") }
            if let v = m["weekend"] {
                weekend = []
                for name in try y.strings(v, "business_hours.weekend") {
                    guard let d = weekdays[name.lowercased()] else {
                        throw y.fail(v, "business_hours.weekend", "\"\(name)\" is not a weekday", "write e.g. saturday")
                    }
                    weekend.insert(d)
                }
            }
            guard end > start else {
                throw y.fail(m["end"] ?? n, "business_hours.end", "is not after start", "make end later than start")
            }
        }
        let fallback = try top["fallback_department"].map { n throws(RuleFileError) in
            try y.string(n, "fallback_department")
        }
        let dissatisfaction = try dissatisfactionRules(top["dissatisfaction"], y)
        let calm = try dissatisfactionRules(top["calm"], y, key: "calm")
        var rules = TriageRules(
            subjectWeight: subjectWeight, replySubjectWeight: replySubjectWeight ?? subjectWeight,
            bodyWeight: bodyWeight,
            minimumScore: minimumScore,
            maxPhrasesPerCategory: maxPhrases, categories: categories,
            negation: negation, urgentSignals: urgent, urgentThreshold: urgentThreshold, lowSignals: low,
            lowThreshold: lowThreshold, namedOrderMakesNormal: namedOrderMakesNormal, vip: vip,
            demandCategories: demandCategories, demands: demands, extraction: extraction,
            fallbackDepartment: fallback ?? "customer_service", dissatisfaction: dissatisfaction)
        rules.urgentCombinations = urgentCombinations
        rules.calm = calm
        rules.preferences = try preferences(top["prefer"], y)
        rules.gapWindow = gap
        return RuleFile(rules: rules, serviceLevels: sla, workdayStart: start, workdayEnd: end, weekendDays: weekend)
    }

    static func category(_ k: Node, _ v: Node, _ y: YAMLReader) throws(RuleFileError) -> TriageRules.Category {
        let name = try y.string(k, "categories")
        guard let category = TicketCategory(rawValue: name) else {
            throw y.fail(
                k, "categories.\(name)", "is not a category",
                "use one of: \(TicketCategory.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let key = "categories.\(name)"
        let m = try y.mapping(
            v, key, allowed: ["department", "priority", "keywords", "subcategories", "default_subcategory", "decisive"])
        guard let department = m["department"] else {
            throw y.fail(k, "\(key).department", "is missing", "add department: NAME under \(name)")
        }
        var subs: [TriageRules.Subcategory] = []
        if let n = m["subcategories"] {
            for (sk, sv) in try y.mapping(n, "\(key).subcategories") {
                let sname = try y.string(sk, "\(key).subcategories")
                let skey = "\(key).subcategories.\(sname)"
                let sm = try y.mapping(
                    sv, skey,
                    allowed: ["department", "priority", "keywords", "first_response", "resolution", "decisive"])
                guard let words = sm["keywords"] else {
                    throw y.fail(sk, "\(skey).keywords", "is missing", "add keywords: with phrase: weight lines")
                }
                subs.append(
                    TriageRules.Subcategory(
                        name: sname, keywords: try y.weightedPhrases(words, "\(skey).keywords"),
                        defaultPriority: try sm["priority"].map { n throws(RuleFileError) in
                            try y.priority(n, "\(skey).priority")
                        },
                        department: try sm["department"].map { n throws(RuleFileError) in
                            try y.string(n, "\(skey).department")
                        },
                        firstResponse: try sm["first_response"].map { n throws(RuleFileError) in
                            try y.duration(n, "\(skey).first_response")
                        },
                        resolution: try sm["resolution"].map { n throws(RuleFileError) in
                            try y.duration(n, "\(skey).resolution")
                        }))
                subs[subs.count - 1].decisiveScore = try sm["decisive"].map { n throws(RuleFileError) in
                    try y.number(n, "\(skey).decisive", range: 0.1...1000)
                }
            }
        }
        var defaultSubcategory: String?
        if let n = m["default_subcategory"] {
            let name = try y.string(n, "\(key).default_subcategory")
            guard subs.contains(where: { $0.name == name }) else {
                throw y.fail(
                    n, "\(key).default_subcategory", "\"\(name)\" is not one of its subcategories",
                    "name a subcategory listed under \(key).subcategories")
            }
            defaultSubcategory = name
        }
        return TriageRules.Category(
            category: category,
            keywords: try m["keywords"].map { n throws(RuleFileError) in try y.weightedPhrases(n, "\(key).keywords") }
                ?? [],
            subcategories: subs, defaultSubcategory: defaultSubcategory,
            defaultPriority: try m["priority"].map { n throws(RuleFileError) in try y.priority(n, "\(key).priority") }
                ?? .normal,
            department: try y.string(department, "\(key).department"),
            decisiveScore: try m["decisive"].map { n throws(RuleFileError) in
                try y.number(n, "\(key).decisive", range: 0.1...1000)
            })
    }

    /// `prefer:` — a list of `{category: C, over: [D, …], minimum: N}`.
    static func preferences(_ node: Node?, _ y: YAMLReader) throws(RuleFileError) -> [TriageRules.Preference] {
        guard let node else { return [] }
        guard let items = node.sequence else {
            throw y.fail(
                node, "prefer", "must be a list", "write - {category: suggestion, over: [other], minimum: 4}")
        }
        var out: [TriageRules.Preference] = []
        for item in items {
            let m = try y.mapping(item, "prefer", allowed: ["category", "over", "minimum"])
            func category(_ n: Node) throws(RuleFileError) -> TicketCategory {
                let name = try y.string(n, "prefer")
                guard let c = TicketCategory(rawValue: name) else {
                    throw y.fail(n, "prefer", "\"\(name)\" is not a category", "write e.g. suggestion")
                }
                return c
            }
            guard let c = m["category"], let over = m["over"], let minimum = m["minimum"] else {
                throw y.fail(
                    item, "prefer", "needs category:, over: and minimum:",
                    "write {category: suggestion, over: [other], minimum: 4}")
            }
            var overs: [TicketCategory] = []
            guard let list = over.sequence else {
                throw y.fail(over, "prefer.over", "must be a list", "write over: [other]")
            }
            for n in list { overs.append(try category(n)) }
            out.append(
                .init(
                    category: try category(c), over: overs,
                    minimum: try y.number(minimum, "prefer.minimum", range: 0...1000)))
        }
        return out
    }

    /// `dissatisfaction:` or `calm:`: a tone that moves a message to `category` from the categories in `over`.
    static func dissatisfactionRules(
        _ node: Node?, _ y: YAMLReader, key: String = "dissatisfaction"
    ) throws(RuleFileError)
        -> TriageRules.Dissatisfaction?
    {
        guard let node else { return nil }
        let m = try y.mapping(node, key, allowed: ["category", "over", "threshold", "factor", "phrases"])
        func category(_ n: Node, _ name: String) throws(RuleFileError) -> TicketCategory {
            guard let c = TicketCategory(rawValue: name) else {
                throw y.fail(n, key, "\"\(name)\" is not a category", "write e.g. complaint")
            }
            return c
        }
        guard let c = m["category"], let phrases = m["phrases"] else {
            throw y.fail(node, key, "needs category: and phrases:", "add category: complaint and phrases: with weights")
        }
        var over: [TicketCategory] = []
        if let n = m["over"] {
            for name in try y.strings(n, "\(key).over") { over.append(try category(n, name)) }
        }
        return TriageRules.Dissatisfaction(
            category: try category(c, try y.string(c, "\(key).category")), over: over,
            threshold: try m["threshold"].map { n throws(RuleFileError) in
                try y.number(n, "\(key).threshold", range: 0...1000)
            } ?? 4,
            factor: try m["factor"].map { n throws(RuleFileError) in try y.number(n, "\(key).factor", range: 0...1) }
                ?? 1,
            phrases: try y.weightedPhrases(phrases, "\(key).phrases"))
    }

    static func extractionRules(_ node: Node?, _ y: YAMLReader) throws(RuleFileError) -> TriageRules.Extraction {
        var x = TriageRules.Extraction(
            orderCues: [], orderPrefixes: [], customerIDPrefixes: [], hotlinePrefixes: [], otherPartyWords: [],
            selfIntroductions: [], signOffs: [], nonPersonNames: [])
        guard let node else { return x }
        let m = try y.mapping(
            node, "extraction",
            allowed: [
                "order_cues", "order_prefixes", "order_min_digits", "customer_id_prefixes", "customer_id_cues",
                "customer_id_min_digits", "other_number_cues", "hotline_prefixes", "other_party_words", "phone_cues",
                "own_phone_cues", "self_introductions", "sign_offs", "non_person_names", "applicant_words",
                "tracking_prefixes",
            ])
        func list(_ key: String) throws(RuleFileError) -> [String] {
            try m[key].map { n throws(RuleFileError) in try y.strings(n, "extraction.\(key)") } ?? []
        }
        func prefixes(_ key: String) throws(RuleFileError) -> [TriageRules.PrefixedID] {
            guard let n = m[key] else { return [] }
            var out: [TriageRules.PrefixedID] = []
            for (k, v) in try y.mapping(n, "extraction.\(key)") {
                let prefix = try y.string(k, "extraction.\(key)")
                let text = v.string ?? ""
                let bounds = text.split(separator: "-").compactMap { Int($0) }
                guard (1...2).contains(bounds.count), bounds.allSatisfy({ (1...40).contains($0) }),
                    bounds.first! <= bounds.last!
                else {
                    throw y.fail(
                        v, "extraction.\(key).\(prefix)", "\"\(text)\" is not a digit count",
                        "write the number of digits after the prefix, e.g. 11 or 8-14")
                }
                out.append(.init(prefix: prefix, minimumDigits: bounds.first!, maximumDigits: bounds.last!))
            }
            return out
        }
        x.orderCues = try list("order_cues")
        x.orderPrefixes = try prefixes("order_prefixes")
        if let v = m["order_min_digits"] {
            x.orderMinimumDigits = try y.integer(v, "extraction.order_min_digits", range: 1...40)
        }
        x.customerIDPrefixes = try prefixes("customer_id_prefixes")
        x.customerIDCues = try list("customer_id_cues")
        if let v = m["customer_id_min_digits"] {
            x.customerIDMinimumDigits = try y.integer(v, "extraction.customer_id_min_digits", range: 1...40)
        }
        x.otherNumberCues = try list("other_number_cues")
        // A label in two of these lists would say two things about the number after it.
        let folded = { (w: String) in TextNormalizer.fold(w) }
        let orderCues = Set(x.orderCues.map(folded))
        let idCues = Set(x.customerIDCues.map(folded))
        for (key, others, otherKey) in [
            ("customer_id_cues", orderCues, "order_cues"), ("other_number_cues", orderCues, "order_cues"),
            ("other_number_cues", idCues, "customer_id_cues"),
        ] {
            for item in m[key]?.sequence ?? [] {
                guard let w = item.string, others.contains(folded(w)) else { continue }
                throw y.fail(
                    item, "extraction.\(key)", "\"\(w)\" is also in extraction.\(otherKey)",
                    "keep the label in one of the two lists")
            }
        }
        x.hotlinePrefixes = try list("hotline_prefixes")
        x.otherPartyWords = try list("other_party_words")
        x.phoneCues = try list("phone_cues")
        x.ownPhoneCues = try list("own_phone_cues")
        x.selfIntroductions = try list("self_introductions")
        x.signOffs = try list("sign_offs")
        x.nonPersonNames = try list("non_person_names")
        x.applicantWords = try list("applicant_words")
        x.trackingPrefixes = try prefixes("tracking_prefixes")
        return x
    }
}
