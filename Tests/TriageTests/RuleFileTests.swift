import Testing

@testable import Triage

@Suite struct RuleFileTests {
    static let minimal = """
        categories:
          inquiry:
            department: customer_service
            keywords:
              请问: 2

        """

    @Test func shippedFilesLoad() throws {
        #expect(Shipped.ruleFile.rules.categories.count == 6)
        #expect(Shipped.schedules.map(\.year) == [2024, 2025, 2026])
        let staff = try StaffDirectory.parse(Shipped.text("config/staff.yaml"), file: "staff.yaml")
        let compiled = CompiledRules(Shipped.ruleFile.rules)
        for department in Set(
            compiled.rules.categories.flatMap { [$0.department] + $0.subcategories.compactMap(\.department) })
        {
            #expect(
                !staff.members(of: department).isEmpty, "department \(department) has no staff in config/staff.yaml")
        }
    }

    /// A phrase with quote marks or outer spaces left over from editing can never match customer text.
    @Test func shippedPhrasesAreMatchable() {
        let rules = Shipped.ruleFile.rules
        var phrases = rules.categories.flatMap { $0.keywords + $0.subcategories.flatMap(\.keywords) }.map(\.text)
        phrases += (rules.urgentSignals + rules.lowSignals).flatMap(\.phrases).map(\.text)
        phrases += (rules.dissatisfaction?.phrases ?? []).map(\.text)
        phrases += rules.demands.flatMap(\.phrases) + rules.negation.cues + rules.negation.exceptions
        let x = rules.extraction
        phrases += x.orderCues + x.customerIDCues + x.otherNumberCues + x.phoneCues + x.ownPhoneCues + x.otherPartyWords
        #expect(phrases.count > 1000)
        for phrase in phrases {
            #expect(!phrase.contains("\"") && phrase.trimmingSpaces == phrase && !phrase.isEmpty, "\(phrase)")
        }
    }

    @Test(arguments: [
        (minimal + "  complaints:\n    department: quality\n", 6, "categories.complaints", "use one of"),
        (minimal.replacingOccurrences(of: "请问: 2", with: "请问: lots"), 5, "categories.inquiry.keywords.请问", "number"),
        (minimal + "sla:\n  resolution:\n    normal: 3 days\n", 8, "sla.resolution.normal", "3wd"),
        (minimal + "negation:\n  window: [1]\n", 7, "negation.window", "whole number"),
        (minimal + "colour: red\n", 6, "colour", "remove it"),
        ("categories:\n  inquiry:\n    keywords: {a: 1}\n", 2, "categories.inquiry.department", "add department"),
        ("categories: [\n", 2, "(syntax)", "YAML"),
        (
            minimal + "extraction:\n  order_cues: [订单]\n  customer_id_cues: [会员号, 订单]\n", 8,
            "extraction.customer_id_cues", "one of the two lists"
        ),
        (
            minimal + "extraction:\n  customer_id_cues: [member id]\n  other_number_cues: [Member ID]\n", 8,
            "extraction.other_number_cues", "one of the two lists"
        ),
        (
            minimal + "extraction:\n  customer_id_min_digits: 0\n", 7, "extraction.customer_id_min_digits",
            "whole number"
        ),
        (minimal + "extraction:\n  own_phone_cues: my cell\n", 7, "extraction.own_phone_cues", "a list"),
        (
            minimal.replacingOccurrences(of: "    keywords:", with: "    default_subcategory: nope\n    keywords:"), 4,
            "categories.inquiry.default_subcategory", "name a subcategory"
        ),
    ])
    func errorsNameLineKeyAndFix(text: String, line: Int, key: String, fix: String) {
        #expect {
            _ = try RuleFile.parse(text, file: "rules.yaml")
        } throws: { error in
            guard let e = error as? RuleFileError else { return false }
            return e.file == "rules.yaml" && e.line == line && e.key == key && e.description.contains(fix)
        }
    }

    @Test(arguments: [
        ("year: 2025\nholidays:\n  - name: x\n    days: [2025-02-30]\n", 4, "date"),
        ("year: 2025\nholidays:\n  - name: x\n    days: [2024-06-01]\n", 4, "own year"),
        ("year: 2025\nholidays:\n  - name: x\n    from: 2025-02-05\n    to: 2025-02-01\n", 5, "before"),
        ("year: 2025\nworkdays:\n  - name: x\n", 3, "no days"),
    ])
    func holidayErrors(text: String, line: Int, problem: String) {
        #expect {
            _ = try HolidaySchedule.parse(text, file: "2025.yaml")
        } throws: { error in
            guard let e = error as? RuleFileError else { return false }
            return e.line == line && e.description.contains(problem)
        }
    }
}
