import Model
import Testing

@testable import Triage

/// The rule-file features added for generalisation: gapped phrases, decisive scores, urgent groups that count alone
/// unless combined, and the calm tone. Each is exercised on a small rule file of its own, so the tests say what the
/// engine does, not what the shipped phrases happen to be.
@Suite struct RuleFeatureTests {
    static let header = """
        negation:
          cues: [不, 没有, not]

        """

    func engine(_ text: String) throws -> TriageEngine {
        let file = try RuleFile.parse(Self.header + text, file: "rules.yaml")
        return TriageEngine(configuration: TriageConfiguration(rules: file.rules, calendar: Shipped.calendar))
    }

    func analyze(_ engine: TriageEngine, subject: String = "", _ body: String) -> TriageResult {
        engine.analyze(
            subject: subject, newText: body, fromName: nil, fromAddress: nil,
            receivedAt: Shipped.date("2025-03-04 10:00"))
    }

    // MARK: gapped phrases

    static let smoke = """
        categories:
          emergency:
            department: supervisor
            keywords:
              冒~烟: 5
              line~stopped: 5

        """

    @Test(arguments: ["插座冒白烟了", "插座冒出一股烟", "插座冒烟", "our line 2 is stopped since 6am"])
    func aGappedPhraseMatchesWithWordsBetween(_ body: String) throws {
        let r = analyze(try engine(Self.smoke), body)
        #expect(r.category == .emergency, "\(r.explanations)")
    }

    @Test(arguments: [
        "冒着大雨去店里，烟花很好看",  // a clause break between the parts
        "冒昧问一下，这款抽油烟机",  // more than the gap between the parts
        "烟雾报警器冒",  // the parts in the wrong order
        "the line was busy and they stopped answering",  // too far apart
    ])
    func aGappedPhraseNeedsItsPartsCloseInOneClause(_ body: String) throws {
        let r = analyze(try engine(Self.smoke), body)
        #expect(r.category == .other, "\(r.explanations)")
    }

    @Test func theGapIsConfigurable() throws {
        let e = try engine("scoring:\n  gap: 1\n" + Self.smoke)
        #expect(analyze(e, "冒白烟").category == .emergency)
        #expect(analyze(e, "冒出一股烟").category == .other)
    }

    @Test func aCueInsideTheGapNegatesAGappedPhrase() throws {
        let e = try engine(
            """
            categories:
              emergency:
                department: supervisor
                keywords:
                  插头~烫: 5
                  plug~hot: 5

            """)
        #expect(analyze(e, "插头很烫").category == .emergency)
        #expect(analyze(e, "插头不烫，就是不转").category == .other)
        #expect(analyze(e, "the plug is not hot").category == .other)
        #expect(analyze(e, "the plug is hot").category == .emergency)
    }

    @Test func oneStretchOfWordsCountsOncePerCategory() throws {
        let e = try engine(
            """
            categories:
              emergency:
                department: supervisor
                keywords:
                  冒烟: 6
                  冒~烟: 5

            """)
        let r = analyze(e, "充电器冒烟")
        #expect(r.scores[.emergency] == 6, "\(r.explanations)")
    }

    @Test func aGappedPhraseIsNegated() throws {
        let r = analyze(try engine(Self.smoke), "没有冒烟，就是不转了")
        #expect(r.category == .other, "\(r.explanations)")
    }

    // MARK: decisive scores

    static let decisive = """
        categories:
          emergency:
            department: supervisor
            subcategories:
              safety:
                decisive: 8
                keywords:
                  煤气味: 8
                  焦味: 4
          after_sales:
            department: after_sales
            keywords:
              维修: 6
              师傅: 3
              安装: 4
          other:
            department: customer_service
            decisive: 10
            keywords:
              简历: 5
              应聘: 5
            subcategories:
              thanks:
                keywords:
                  谢谢: 3

        """

    @Test func aDecisiveSubcategoryWinsOverAHigherScore() throws {
        let r = analyze(try engine(Self.decisive), "刚安装的热水器有煤气味，请派师傅来维修")
        #expect(r.category == .emergency, "\(r.explanations)")
        #expect(r.subcategory == "safety")
        #expect(r.explanations.contains { $0.contains("emergency/safety reached its decisive score") })
    }

    @Test func belowItsDecisiveScoreTheHighestScoreWins() throws {
        let r = analyze(try engine(Self.decisive), "有点焦味，请派师傅来维修安装")
        #expect(r.category == .afterSales, "\(r.explanations)")
    }

    @Test func aCategorysDecisiveScoreCountsItsOwnKeywordsOnly() throws {
        let e = try engine(Self.decisive)
        #expect(analyze(e, "应聘维修师傅一职，附上简历").category == .other)
        // Thanks belong to a subcategory: they do not make other decisive over a repair request.
        #expect(analyze(e, "谢谢谢谢，请安排维修师傅").category == .afterSales)
    }

    @Test func aBadDecisiveScoreIsNamed() {
        #expect {
            _ = try RuleFile.parse(
                Self.header + "categories:\n  other:\n    department: cs\n    decisive: many\n    keywords: {x: 1}\n",
                file: "rules.yaml")
        } throws: { error in
            (error as? RuleFileError)?.key == "categories.other.decisive"
        }
    }

    // MARK: urgent groups

    static func urgent(combine: String) -> String {
        """
        categories:
          complaint:
            department: quality
            keywords:
              投诉: 5
        priority:
          urgent_threshold: 3
        \(combine)
          urgent:
            escalation threat:
              律师: 2
            repeated complaint:
              第三次: 1.5
            production stopped:
              损失: 1.5

        """
    }

    @Test func groupsCountAloneUnlessCombined() throws {
        let e = try engine(Self.urgent(combine: "  combine:\n    - [escalation threat, repeated complaint]"))
        #expect(analyze(e, "第三次投诉了，再不处理找律师").priority == .urgent)
        // A repeated complaint and a loss are two weak signals of different kinds: not urgent.
        #expect(analyze(e, "第三次投诉了，造成损失").priority == .normal)
        #expect(analyze(e, "投诉，找律师").priority == .normal)
    }

    @Test func withoutCombineEveryGroupAddsUp() throws {
        let e = try engine(Self.urgent(combine: ""))
        #expect(analyze(e, "第三次投诉了，造成损失").priority == .urgent)
    }

    @Test func aCombinationNamingAnUnknownGroupIsNamed() {
        #expect {
            _ = try RuleFile.parse(
                Self.header + Self.urgent(combine: "  combine:\n    - [escalation threat, anger]"), file: "rules.yaml")
        } throws: { error in
            guard let e = error as? RuleFileError else { return false }
            return e.key == "priority.combine" && e.description.contains("\"anger\" is not a group")
        }
    }

    // MARK: calm tone

    static let calm = """
        categories:
          inquiry:
            department: customer_service
            keywords:
              想问: 3
          complaint:
            department: quality
            keywords:
              扣款: 5
              投诉: 5
        calm:
          category: inquiry
          over: [complaint]
          threshold: 3
          factor: 0.5
          phrases:
            不是投诉: 4
            只是想确认: 3

        """

    @Test func aCalmQuestionIsAnInquiry() throws {
        let e = try engine(Self.calm)
        let calm = analyze(e, "不是投诉，只是想确认一下这笔扣款，想问问")
        #expect(calm.category == .inquiry, "\(calm.explanations)")
        #expect(calm.explanations.contains { $0.hasPrefix("calm ") })
        #expect(analyze(e, "乱扣款，我要投诉，想问问你们").category == .complaint)
    }

    @Test func aReplySubjectAddsNoTone() throws {
        let e = try engine(
            "scoring:\n  reply_subject_weight: 0.5\n"
                + Self.calm.replacingOccurrences(of: "calm:", with: "dissatisfaction:")
                .replacingOccurrences(
                    of: "category: inquiry\n  over: [complaint]", with: "category: complaint\n  over: [inquiry]"
                )
                .replacingOccurrences(of: "不是投诉: 4", with: "投诉: 4"))
        // The company's subject ("Re: 关于您投诉的处理结果") is not the customer's tone.
        let r = analyze(e, subject: "Re: 关于您投诉的处理结果", "想问一下进度")
        #expect(r.category == .inquiry, "\(r.explanations)")
        #expect(!r.explanations.contains { $0.hasPrefix("dissatisfaction ") }, "\(r.explanations)")
        // The same words from the customer do count.
        #expect(analyze(e, "想问一下进度，我要投诉").category == .complaint)
    }

    // MARK: preferences

    static let prefer = """
        categories:
          suggestion:
            department: product
            keywords:
              建议: 4
          other:
            department: customer_service
            subcategories:
              thanks:
                keywords:
                  谢谢: 3
                  表扬: 5
        prefer:
          - {category: suggestion, over: [other], minimum: 4}

        """

    @Test func aThankYouWithASuggestionIsASuggestion() throws {
        let e = try engine(Self.prefer)
        let r = analyze(e, "谢谢你们，想表扬一下客服。另外建议包装少一点。")
        #expect(r.category == .suggestion, "\(r.explanations)")
        #expect(r.explanations.contains { $0.contains("preferred over other") })
        #expect(analyze(e, "谢谢你们，想表扬一下客服。").category == .other)
    }

    @Test func aPreferenceNeedsItsParts() {
        #expect {
            _ = try RuleFile.parse(
                Self.header + Self.prefer.replacingOccurrences(of: ", minimum: 4", with: ""), file: "rules.yaml")
        } throws: { error in
            (error as? RuleFileError)?.key == "prefer"
        }
    }
}
