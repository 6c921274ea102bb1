import Foundation
import MIME
import Model

/// Extraction, classification, priority, routing and deadlines for one message: text in, ``TriageResult`` out.
/// Pure and `Sendable`: build it once from the configuration and call it from any task.
public struct TriageEngine: Sendable {
    public let configuration: TriageConfiguration
    let compiled: CompiledRules
    let models: CompiledModels?

    public init(configuration: TriageConfiguration) {
        self.configuration = configuration
        self.compiled = CompiledRules(configuration.rules)
        self.models = configuration.model.map(CompiledModels.init)
    }

    /// Analyses a parsed message. `newText` is the customer's new text (without quoted history); when `nil`, it is
    /// `message.newText` (MIME's quote and signature splitter). `receivedAt` defaults to the `Date` header, else
    /// `now`.
    public func analyze(
        _ message: Message, newText: String? = nil, receivedAt: Date? = nil, now: Date = Date()
    )
        -> TriageResult
    {
        let received = receivedAt ?? message.date.map { Date(timeIntervalSince1970: TimeInterval($0)) } ?? now
        return analyze(
            subject: message.subject ?? "", newText: newText ?? message.newText,
            fromName: message.from?.name, fromAddress: message.from?.address, receivedAt: received,
            fullText: message.text)
    }

    /// Analyses a message given as its parts. `newText` is the body without quoted history; `fullText`, when
    /// given, is the whole body, from whose quoted history the customer's own earlier message contributes order
    /// and customer numbers (never phones, and nothing from a quoted company reply).
    public func analyze(
        subject: String, newText: String, fromName: String?, fromAddress: String?, receivedAt: Date,
        fullText: String? = nil
    ) -> TriageResult {
        evaluate(
            subject: subject, newText: newText, fromName: fromName, fromAddress: fromAddress, receivedAt: receivedAt,
            fullText: fullText, collectFeatures: false
        ).result
    }

    /// The features the learned ``TriageModel`` sees for a message (the rules' scores and decision, and its words),
    /// as `intake train` collects them.
    public func modelFeatures(
        subject: String, newText: String, fromName: String?, fromAddress: String?, fullText: String? = nil
    ) -> [String: Double] {
        evaluate(
            subject: subject, newText: newText, fromName: fromName, fromAddress: fromAddress,
            receivedAt: Date(timeIntervalSince1970: 0), fullText: fullText, collectFeatures: true
        ).features ?? [:]
    }

    func evaluate(
        subject: String, newText: String, fromName: String?, fromAddress: String?, receivedAt: Date,
        fullText: String?, collectFeatures: Bool
    ) -> (result: TriageResult, features: [String: Double]?) {
        let rules = configuration.rules
        let subjectField = field(subject)
        let bodyField = field(newText)
        var explanations: [String] = []

        // A reply's or forward's subject was usually written by someone else; it counts less.
        let isReply = Self.isReplyOrForward(subjectField.folded)
        let subjectWeight = isReply ? rules.replySubjectWeight : rules.subjectWeight
        if isReply, rules.replySubjectWeight != rules.subjectWeight {
            explanations.append("reply or forward: subject counts \(Self.format(subjectWeight))×")
        }
        // A bare forward has almost no new text: classify on the customer's own forwarded message as well.
        var classifiedBody = bodyField
        if let fullText, Self.meaningfulScalars(bodyField.folded) < Self.forwardedTextBelow {
            let quoted = QuoteStripper.customerQuotedText(fullText, companyWords: rules.extraction.nonPersonNames)
            if Self.meaningfulScalars(TextNormalizer.fold(quoted)) > 0 {
                classifiedBody = field(newText + "\n" + quoted)
                explanations.append("little new text: classified with the customer's own quoted or forwarded message")
            }
        }

        let subjectHits = effectiveHits(subjectField, "subject", &explanations)
        let bodyHits = effectiveHits(classifiedBody, "body", &explanations)

        // Classification: distinct phrases per field, weighted by field.
        var categoryScores = [Double](repeating: 0, count: rules.categories.count)
        var categoryPoints = [[Double]](repeating: [], count: rules.categories.count)
        var subScores: [[Double]] = rules.categories.map { [Double](repeating: 0, count: $0.subcategories.count) }
        var ownScores = [Double](repeating: 0, count: rules.categories.count)
        var reasons = [[String]](repeating: [], count: rules.categories.count)
        var urgentPoints = [Double](repeating: 0, count: rules.urgentSignals.count)
        var urgentReasons: [(group: Int, text: String)] = []
        var lowScore = 0.0
        var lowReasons: [String] = []
        var seenUrgent: Set<Int> = []
        var seenLow: Set<Int> = []
        var seenTone: Set<Int> = []
        var toneScores = [0.0, 0.0]
        var toneReasons: [[String]] = [[], []]
        var demands: [(Int, Int)] = []
        for (hits, fieldWeight, name, f) in [
            (subjectHits, subjectWeight, "subject", subjectField),
            (bodyHits, rules.bodyWeight, "body", classifiedBody),
        ] {
            var seen: Set<Int> = []
            for hit in hits {
                let entry = compiled.entries[hit.entry]
                var words: String { f.text(hit.start..<hit.end) }
                switch entry.role {
                case .category(let c, let s, let weight):
                    guard seen.insert(hit.entry).inserted else { continue }
                    let points = weight * fieldWeight
                    categoryPoints[c].append(points)
                    if let s { subScores[c][s] += points } else { ownScores[c] += points }
                    let sub = s.map { "/" + rules.categories[c].subcategories[$0].name } ?? ""
                    reasons[c].append("\(words)\(sub) (\(name) \(Self.format(weight))×\(Self.format(fieldWeight)))")
                case .urgent(let g, let weight):
                    guard seenUrgent.insert(hit.entry).inserted else { continue }
                    urgentPoints[g] += weight
                    urgentReasons.append((g, "\(rules.urgentSignals[g].reason): \(words) (\(Self.format(weight)))"))
                case .low(let g, let weight):
                    guard seenLow.insert(hit.entry).inserted else { continue }
                    lowScore += weight
                    lowReasons.append("\(rules.lowSignals[g].reason): \(words) (\(Self.format(weight)))")
                case .tone(let r, let weight):
                    // The subject of a reply (Re: 关于您投诉的处理结果) is the company's words, not the customer's tone.
                    guard !(isReply && name == "subject"), seenTone.insert(hit.entry).inserted else { continue }
                    toneScores[r] += weight
                    toneReasons[r].append("\(words) (\(Self.format(weight)))")
                case .demand(let d):
                    demands.append((d, name == "subject" ? hit.start : hit.start + 1_000_000))
                default:
                    continue
                }
            }
        }

        // A category scores its strongest phrases only, so a category with a long list of weak words does not win
        // by accumulation.
        for c in categoryPoints.indices {
            let points = categoryPoints[c].sorted(by: >)
            categoryScores[c] = points.prefix(
                rules.maxPhrasesPerCategory > 0 ? rules.maxPhrasesPerCategory : points.count
            )
            .reduce(0, +)
        }

        // Tone: an unhappy customer's request is a complaint, not a calm after-sales request or question; a customer
        // who says it is only a question is asking, not complaining.
        for (r, rule) in [("dissatisfaction", rules.dissatisfaction), ("calm", rules.calm)].enumerated() {
            let toneScore = toneScores[r]
            guard let d = rule.1, toneScore >= d.threshold,
                let target = rules.categories.firstIndex(where: { $0.category == d.category }),
                categoryScores[target] > 0,
                let leader = categoryScores.indices.max(by: { categoryScores[$0] < categoryScores[$1] }),
                d.over.contains(rules.categories[leader].category)
            else { continue }
            var scaled: [String] = []
            for c in categoryScores.indices
            where c != target && d.over.contains(rules.categories[c].category) && categoryScores[c] > 0 {
                categoryScores[c] *= d.factor
                scaled.append(rules.categories[c].category.rawValue)
            }
            categoryScores[target] += toneScore
            explanations.append(
                "\(rule.0) \(Self.format(toneScore)) reached \(Self.format(d.threshold)): "
                    + "\(d.category.rawValue) +\(Self.format(toneScore))"
                    + (scaled.isEmpty ? "" : ", " + scaled.joined(separator: ", ") + " count \(Self.format(d.factor))×")
                    + " (" + toneReasons[r].joined(separator: ", ") + ")")
        }

        // Category: the highest score, ties to the earlier category in the rule file; a category that reaches its
        // decisive score wins over higher scores (the highest decisive one, if several).
        var best: Int?
        for (c, score) in categoryScores.enumerated() where score >= rules.minimumScore {
            if best == nil || score > categoryScores[best!] { best = c }
        }
        for preference in rules.preferences {
            guard let leader = best, preference.over.contains(rules.categories[leader].category),
                let preferred = rules.categories.firstIndex(where: { $0.category == preference.category }),
                categoryScores[preferred] >= max(preference.minimum, rules.minimumScore)
            else { continue }
            explanations.append(
                "\(preference.category.rawValue) scored \(Self.format(categoryScores[preferred])) "
                    + "(at least \(Self.format(preference.minimum))): it is preferred over "
                    + "\(rules.categories[leader].category.rawValue) \(Self.format(categoryScores[leader]))")
            best = preferred
        }
        var decisive: (category: Int, what: String, points: Double, needed: Double)?
        for (c, category) in rules.categories.enumerated() where categoryScores[c] >= rules.minimumScore {
            var candidates = [(category.category.rawValue, ownScores[c], category.decisiveScore)]
            for (i, sub) in category.subcategories.enumerated() {
                candidates.append(("\(category.category.rawValue)/\(sub.name)", subScores[c][i], sub.decisiveScore))
            }
            for case (let what, let points, let needed?) in candidates where points >= needed {
                if decisive == nil || points > decisive!.points { decisive = (c, what, points, needed) }
            }
        }
        if let decisive, let leader = best, decisive.category != leader {
            explanations.append(
                "\(decisive.what) reached its decisive score (\(Self.format(decisive.points)) ≥ "
                    + "\(Self.format(decisive.needed))): it wins over "
                    + "\(rules.categories[leader].category.rawValue) \(Self.format(categoryScores[leader]))")
            best = decisive.category
        }
        // The learned model, when configured, has the last word on the category; it sees what the rules scored.
        // The model sees features as rows of its weight matrices (`vector`), looked up by the hash of their names;
        // training sees them by name (`named`).
        var vector: [(row: Int, value: Double)] = []
        var named: [String: Double]?
        if collectFeatures || models != nil {
            var f: [String: Double] = [:]
            for (c, rule) in rules.categories.enumerated() {
                let name = rule.category.rawValue
                if categoryScores[c] > 0 { f["score:" + name] = Foundation.log1p(categoryScores[c]) }
                if ownScores[c] > 0 { f["own:" + name] = Foundation.log1p(ownScores[c]) }
                if let top = subScores[c].max(), top > 0 { f["sub:" + name] = Foundation.log1p(top) }
            }
            f["rules:" + (best.map { rules.categories[$0].category.rawValue } ?? "none")] = 1
            for (r, name) in ["dissatisfaction", "calm"].enumerated() where toneScores[r] > 0 {
                f["tone:" + name] = Foundation.log1p(toneScores[r])
            }
            for (g, points) in urgentPoints.enumerated() where points > 0 {
                f["urgent:" + rules.urgentSignals[g].reason] = Foundation.log1p(points)
            }
            if lowScore > 0 { f["low"] = Foundation.log1p(lowScore) }
            for (d, _) in demands { f["demand:" + rules.demands[d].name] = 1 }
            if isReply { f["reply"] = 1 }
            var wordRows: [Int] = []
            let rowOf = models?.rows ?? [:]
            for folded in [subjectField.folded, classifiedBody.folded] {
                LinearModel.tokens(folded) { hash, name in
                    if let row = rowOf[hash] { wordRows.append(row) }
                    if collectFeatures { f[name()] = 1 }
                }
            }
            if let models {
                vector = f.compactMap { name, value in models.rows[FeatureHash.of(name)].map { ($0, value) } }
                // Words count once, however often they occur.
                wordRows.sort()
                for (i, row) in wordRows.enumerated() where i == 0 || wordRows[i - 1] != row { vector.append((row, 1)) }
            }
            if collectFeatures { named = f }
        }
        if let models {
            let before = best.map { rules.categories[$0].category.rawValue } ?? TicketCategory.other.rawValue
            let (chosen, reason) = Self.decide(models.category, vector, models.names, rulesChose: before)
            if let c = TicketCategory(rawValue: chosen) { best = rules.categories.firstIndex { $0.category == c } }
            explanations.append("learned category model: " + reason)
        }

        let category = best.map { rules.categories[$0].category } ?? .other
        var subcategory: String?
        var subRules: TriageRules.Subcategory?
        if let best {
            explanations.insert(
                "category \(category.rawValue) (\(category.chineseLabel)) scored \(Self.format(categoryScores[best])): "
                    + (reasons[best].isEmpty ? "no phrase matched" : reasons[best].joined(separator: ", ")), at: 0)
            if let s = subScores[best].indices.max(by: { subScores[best][$0] < subScores[best][$1] }),
                subScores[best][s] > 0
            {
                subRules = rules.categories[best].subcategories[s]
                subcategory = subRules?.name
                explanations.insert("subcategory \(subcategory!) scored \(Self.format(subScores[best][s]))", at: 1)
            } else if let name = rules.categories[best].defaultSubcategory,
                let sub = rules.categories[best].subcategories.first(where: { $0.name == name })
            {
                subRules = sub
                subcategory = name
                explanations.insert("subcategory \(name) by default: no subcategory phrase matched", at: 1)
            }
            let others = categoryScores.enumerated().filter { $0.offset != best && $0.element > 0 }
                .sorted { $0.element > $1.element }
                .map { c in
                    let words = reasons[c.offset].prefix(3).map { $0.prefix { $0 != " " && $0 != "/" } }
                    return "\(rules.categories[c.offset].category.rawValue) \(Self.format(c.element)) ("
                        + words.joined(separator: ", ") + (reasons[c.offset].count > 3 ? ", …)" : ")")
                }
            if !others.isEmpty {
                explanations.append("other categories scored lower: " + others.joined(separator: ", "))
            }
        } else {
            let top = categoryScores.max() ?? 0
            explanations.insert(
                "category other: no category reached the minimum score \(Self.format(rules.minimumScore))"
                    + (top > 0 ? " (best \(Self.format(top)))" : ""), at: 0)
        }

        // Extraction.
        let extractor = CustomerExtractor(compiled: compiled)
        var notes: [String] = []
        var customer = CustomerDetails()
        customer.phones = extractor.phones(in: subjectField, notes: &notes)
        // A customer forwarding someone else's message gives their own number above it, not in it.
        if Self.forwardWords.contains(where: { bodyField.folded.containsRun($0) }),
            let own = QuoteSplitter.textBeforeForward(newText)
        {
            var repeated: [String] = []
            for p in extractor.phones(in: field(own), notes: &repeated) where !customer.phones.contains(p) {
                customer.phones.append(p)
            }
        }
        for p in extractor.phones(in: bodyField, notes: &notes) where !customer.phones.contains(p) {
            customer.phones.append(p)
        }
        customer.email = fromAddress.flatMap { $0.isEmpty ? nil : $0.lowercased() }
        customer.customerID = extractor.customerID(in: subjectField) ?? extractor.customerID(in: bodyField)
        customer.orderIDs = extractor.orderIDs(in: subjectField)
        for o in extractor.orderIDs(in: bodyField)
        where !customer.orderIDs.contains(where: { $0.uppercased() == o.uppercased() }) {
            customer.orderIDs.append(o)
        }
        if let fullText, fullText.utf8.count > newText.utf8.count {
            let quoted = field(
                QuoteStripper.customerQuotedText(fullText, companyWords: rules.extraction.nonPersonNames))
            if customer.customerID == nil, let id = extractor.customerID(in: quoted) {
                customer.customerID = id
                explanations.append("customer number from the customer's own quoted message")
            }
            for o in extractor.orderIDs(in: quoted)
            where !customer.orderIDs.contains(where: { $0.uppercased() == o.uppercased() }) {
                customer.orderIDs.append(o)
                explanations.append("order number \(o) from the customer's own quoted message")
            }
        }
        for o in extractor.sameShape(as: customer.orderIDs, in: subjectField)
            + extractor.sameShape(as: customer.orderIDs, in: bodyField)
        where !customer.orderIDs.contains(where: { $0.uppercased() == o.uppercased() })
            && o.uppercased() != customer.customerID?.uppercased()
        {
            customer.orderIDs.append(o)
            explanations.append("order number \(o): shaped like the order number given beside it")
        }
        customer.referencedTickets = extractor.ticketReferences(in: subjectField)
        for t in extractor.ticketReferences(in: bodyField) where !customer.referencedTickets.contains(t) {
            customer.referencedTickets.append(t)
        }
        var demandNames: [String] = []
        for (d, _) in demands.sorted(by: { $0.1 < $1.1 }) where !demandNames.contains(rules.demands[d].name) {
            demandNames.append(rules.demands[d].name)
        }
        // The learned demand models add a demand the phrases missed when they are sure of it; they never drop one
        // (dropping lost more than it gained in cross-validation).
        if let models {
            var added: [String] = []
            for (name, matrix) in models.demands where !demandNames.contains(name) {
                let p = matrix.probabilities(vector)[1]
                if p >= models.demandAt {
                    added.append(name)
                    explanations.append(
                        "demand \(name) added by the learned demand model (\(String(format: "%.2f", p)))")
                }
            }
            demandNames += added
        }
        customer.demands = rules.demandCategories.contains(category) ? demandNames : []
        if let (name, source) = extractor.name(body: bodyField, displayName: fromName, address: fromAddress) {
            customer.name = name
            explanations.append("name \(Masking.name(name)) from the \(source)")
        }
        // Only mail the `other` rules claimed and scored highest (spam words, an auto-reply): a terse message no rule
        // claims, or a customer's question that also uses a spam word (报销), is a customer's all the same.
        let topScore = categoryScores.max() ?? 0
        let claimedAsOther = rules.categories.indices.contains {
            rules.categories[$0].category == .other && categoryScores[$0] >= rules.minimumScore
                && categoryScores[$0] >= topScore
        }
        if category == .other, subcategory == nil, claimedAsOther, !customer.phones.isEmpty,
            !compiled.applicantWords.isEmpty,
            !compiled.applicantWords.contains(where: {
                subjectField.folded.containsRun($0) || bodyField.folded.containsRun($0)
            })
        {
            explanations.append(
                "phone numbers not kept: mail classified other that is not a job application (spam, an auto-reply, "
                    + "misdirected mail) is not from a customer")
            customer.phones = []
        }
        if let phone = customer.phone { explanations.append("phone \(Masking.phone(phone)) found in the text") }
        explanations += notes

        // Priority. Urgent groups count alone unless the rules combine them (threat + repeated complaint + anger).
        // The groups that count together: each group alone, or a combination; without combinations, all of them.
        let groupSets =
            rules.urgentCombinations.map { $0 + urgentPoints.indices.map { [$0] } }
            ?? [Array(urgentPoints.indices)]
        let strongest =
            groupSets.max { a, b in
                a.reduce(0) { $0 + urgentPoints[$1] } < b.reduce(0) { $0 + urgentPoints[$1] }
            } ?? []
        let urgentScore = strongest.reduce(0) { $0 + urgentPoints[$1] }
        // A message no category claims takes the priority of the `other` rules (low), else normal.
        let unclaimed = rules.categories.first { $0.category == .other }?.defaultPriority ?? .normal
        var priority = best.map { rules.categories[$0].defaultPriority } ?? unclaimed
        var priorityReason =
            best.map { "\(category.rawValue) is \(rules.categories[$0].defaultPriority.rawValue) by default" }
            ?? "no category: \(unclaimed.rawValue) like other"
        if let sub = subRules, let own = sub.defaultPriority {
            priority = own
            priorityReason = "subcategory \(sub.name) is \(own.rawValue) by default"
        }
        let namesAnOrder = rules.namedOrderMakesNormal.contains(category) && !customer.orderIDs.isEmpty
        if priority == .low, namesAnOrder {
            priority = .normal
            priorityReason += ", but normal because it names an order"
        }
        // Mail that is not a customer's request (spam, auto-replies, job applications) keeps its own priority:
        // "for urgent matters call …" in an out-of-office reply is not an urgent ticket.
        let raisable = best.map { rules.categories[$0].category != .other } ?? true
        if urgentScore >= rules.urgentThreshold, priority != .urgent, !raisable {
            priorityReason += "; urgent signals \(Self.format(urgentScore)) do not raise other mail"
        } else if urgentScore >= rules.urgentThreshold, priority != .urgent {
            priority = .urgent
            priorityReason =
                "urgent signals reached \(Self.format(urgentScore)) (threshold \(Self.format(rules.urgentThreshold))): "
                + urgentReasons.filter { strongest.contains($0.group) }.map(\.text).joined(separator: ", ")
        } else if priority == .normal, lowScore >= rules.lowThreshold, urgentScore == 0, !namesAnOrder {
            priority = .low
            priorityReason =
                "low signals reached \(Self.format(lowScore)) (threshold \(Self.format(rules.lowThreshold))): "
                + lowReasons.joined(separator: ", ")
        } else if !urgentReasons.isEmpty, priority != .urgent {
            priorityReason +=
                "; urgent signals \(Self.format(urgentScore)) stayed below \(Self.format(rules.urgentThreshold)): "
                + urgentReasons.map(\.text).joined(separator: ", ")
        }
        if let models, let matrix = models.priority {
            var x = vector
            for name in ["category:" + category.rawValue, "rules-priority:" + priority.rawValue] {
                if let row = models.rows[FeatureHash.of(name)] { x.append((row, 1)) }
            }
            // A missed urgent message costs more than a false alarm: urgent from `urgentAt` on, not only as the
            // likeliest class.
            let (chosen, reason) = Self.decide(
                matrix, x, models.names, rulesChose: priority.rawValue,
                atLeast: models.urgentAt.map { (Priority.urgent.rawValue, $0) })
            // Every emergency is urgent: the model does not lower one.
            if let p = Priority(rawValue: chosen), p != priority, !(category == .emergency && priority == .urgent) {
                if p == .urgent, !raisable {
                    priorityReason += "; the learned model's urgent does not raise other mail"
                } else {
                    priority = p
                    priorityReason = "learned priority model: " + reason + " (rules: \(priorityReason))"
                }
            }
        }
        explanations.append("priority \(priority.rawValue): \(priorityReason)")

        // VIP.
        if let vip = vipMatch(address: customer.email, customerID: customer.customerID), priority != .urgent {
            let before = priority
            priority = priority.raised
            explanations.append("priority raised from \(before.rawValue) to \(priority.rawValue): VIP (\(vip))")
        }

        // Routing and deadlines.
        let department = rules.department(for: category, subcategory: subcategory)
        explanations.append(
            "routed to \(department) for \(category.rawValue)" + (subcategory.map { "/\($0)" } ?? ""))
        let deadlines = configuration.serviceLevels.deadlines(
            priority: priority,
            override: subRules.flatMap { s in
                s.firstResponse == nil && s.resolution == nil ? nil : (s.firstResponse, s.resolution, s.name)
            },
            receivedAt: receivedAt, calendar: configuration.calendar)
        explanations += deadlines.explanations

        var scores: [TicketCategory: Double] = [:]
        for (c, s) in categoryScores.enumerated() { scores[rules.categories[c].category, default: 0] += s }
        let result = TriageResult(
            category: category, subcategory: subcategory, priority: priority,
            language: LanguageDetector.detect(subject + "\n" + newText), customer: customer, department: department,
            deadlines: deadlines, scores: scores, explanations: explanations)
        return (result, named)
    }

    /// The model's class for the features, and the explanation: the two likeliest classes and what tipped it.
    /// `atLeast`: a class chosen whenever its probability reaches the given value.
    static func decide(
        _ model: CompiledModels.Matrix, _ features: [(row: Int, value: Double)], _ names: [String], rulesChose: String,
        atLeast: (String, Double)? = nil
    ) -> (String, String) {
        let p = model.probabilities(features)
        var order = p.indices.sorted { p[$0] > p[$1] }
        if let (name, threshold) = atLeast, let k = model.classes.firstIndex(of: name), p[k] >= threshold {
            order = [k] + order.filter { $0 != k }
        }
        let (top, second) = (order[0], order.count > 1 ? order[1] : order[0])
        let (chosen, runnerUp) = (model.classes[top], model.classes[second])
        let evidence = model.evidence(features, names: names, for: top, against: second).map { name, d in
            describeFeature(name) + " +" + String(format: "%.2f", d)
        }
        return (
            chosen,
            "\(chosen) \(String(format: "%.2f", p[top])), \(runnerUp) \(String(format: "%.2f", p[second]))"
                + (p[top] < p[second] ? " (\(chosen) from \(String(format: "%.2f", atLeast?.1 ?? 0)) on)" : "")
                + (chosen == rulesChose ? " (agrees with the rules)" : " (the rules chose \(rulesChose))")
                + (evidence.isEmpty ? "" : "; for \(chosen) over \(runnerUp): " + evidence.joined(separator: ", "))
        )
    }

    /// A model feature as a supervisor reads it: `"退款"` for a word, `rules chose complaint`, `complaint score`.
    static func describeFeature(_ name: String) -> String {
        if name.hasPrefix("t:") { return "\"" + name.dropFirst(2) + "\"" }
        if name.hasPrefix("rules:") { return "rules chose " + name.dropFirst(6) }
        if name.hasPrefix("rules-priority:") { return "rules' priority " + name.dropFirst(15) }
        guard let colon = name.firstIndex(of: ":") else { return name }
        let (kind, what) = (name[..<colon], name[name.index(after: colon)...])
        switch kind {
        case "score": return "\(what) score"
        case "own": return "\(what) words"
        case "sub": return "\(what) subcategory words"
        case "urgent": return "urgency (\(what))"
        default: return "\(kind) \(what)"
        }
    }

    func field(_ text: String) -> CustomerExtractor.Field {
        let folded = TextNormalizer.fold(text)
        return CustomerExtractor.Field(
            folded: folded, original: Array(text.unicodeScalars), hits: compiled.hits(in: folded))
    }

    /// The hits of a field with negated phrases removed (and explained).
    func effectiveHits(
        _ f: CustomerExtractor.Field, _ name: String, _ explanations: inout [String]
    )
        -> [CompiledRules.Hit]
    {
        let exceptions = f.hits.filter { compiled.entries[$0.entry].role == .negationException }
        let cues = f.hits.filter { cue in
            compiled.entries[cue.entry].role == .negationCue
                && !exceptions.contains { $0.start <= cue.start && $0.end >= cue.end }
        }
        if cues.isEmpty { return f.hits }
        let window = configuration.rules.negation.window
        var kept: [CompiledRules.Hit] = []
        var reported: Set<String> = []
        for hit in f.hits {
            let entry = compiled.entries[hit.entry]
            // A gapped phrase is also negated by a cue inside its gap ("the plug~hot" in "the plug is not hot").
            if entry.role.isNegatable, entry.text.contains("~"),
                let cue = cues.first(where: { $0.start > hit.start && $0.end < hit.end }),
                !TextNormalizer.fold(entry.text).containsRun(Array(f.folded[cue.start..<cue.end]))
            {
                explanations.append(
                    "ignored \"\(f.text(hit.start..<hit.end))\" in the \(name): negated by \"\(f.text(cue.start..<cue.end))\""
                )
                continue
            }
            if entry.role.isNegatable,
                let cue = cues.last(where: {
                    $0.end <= hit.start && hit.start - $0.end <= ($0.end - $0.start == 1 ? min(2, window) : window)
                        && !Self.hasClauseBreak(f.folded, $0.end..<hit.start)
                })
            {
                let words = f.text(hit.start..<hit.end)
                if reported.insert(words).inserted {
                    explanations.append(
                        "ignored \"\(words)\" in the \(name): negated by \"\(f.text(cue.start..<cue.end))\"")
                }
                continue
            }
            kept.append(hit)
        }
        return kept
    }

    /// Folded words of a forward marker line (`-------- 转发的邮件 --------`, `Begin forwarded message:`): only a
    /// text with one of them is split at its forward.
    static let forwardWords = ["转发", "转寄", "forwarded message"].map { TextNormalizer.fold($0) }

    /// New text shorter than this (in ``meaningfulScalars``) is classified together with the customer's own quoted
    /// or forwarded message.
    static let forwardedTextBelow = 20

    /// Han characters, letters and digits: what is left of a text once punctuation and spaces are gone.
    static func meaningfulScalars(_ t: [UInt32]) -> Int {
        t.reduce(0) { n, v in
            n + ((0x30...0x39).contains(v) || (0x61...0x7A).contains(v) || (0x3400...0x9FFF).contains(v) ? 1 : 0)
        }
    }

    /// `Re:`, `Fwd:`, `回复：`, `轉寄：` and the like at the start of a subject.
    static func isReplyOrForward(_ t: [UInt32]) -> Bool {
        let s = String(String.UnicodeScalarView(t.prefix(8).compactMap(Unicode.Scalar.init))).trimmingSpaces
        for prefix in ["re:", "re：", "fw:", "fwd:", "fw：", "fwd：", "aw:", "回复", "答复", "转发", "回覆", "转寄", "re ", "fwd "]
        where s.hasPrefix(prefix) {
            return true
        }
        return false
    }

    static func hasClauseBreak(_ t: [UInt32], _ range: Range<Int>) -> Bool {
        range.contains { CompiledRules.isClauseBreak(t[$0]) }
    }

    func vipMatch(address: String?, customerID: String?) -> String? {
        for v in configuration.rules.vip {
            let key = v.lowercased()
            if let address, key.hasPrefix("@") ? address.hasSuffix(key) : address == key {
                return key.hasPrefix("@") ? "domain \(key)" : "listed address"
            }
            if let customerID, customerID.lowercased() == key { return "customer \(customerID)" }
        }
        return nil
    }

    static func format(_ v: Double) -> String {
        v == v.rounded() ? String(Int(v)) : String((v * 10).rounded() / 10)
    }
}
