/// A leading `*` lets a phrase match the end of a longer word (`*pm today` matches `5pm today`).
///
/// ``TriageRules`` turned into one Aho–Corasick automaton: every phrase of every rule is one pattern, and each
/// pattern knows the rules it belongs to. One pass over a text finds every rule's matches.
struct CompiledRules: Sendable {
    /// What a matched phrase means.
    enum Role: Sendable, Equatable {
        case category(category: Int, subcategory: Int?, weight: Double)
        case urgent(group: Int, weight: Double)
        case low(group: Int, weight: Double)
        case dissatisfaction(weight: Double)
        case negationCue
        case negationException
        case demand(Int)
        case orderCue
        case orderPrefix(Int)
        case customerIDPrefix(Int)
        case customerIDCue
        case otherNumberCue
        case otherParty
        case phoneCue
        case ownPhoneCue
        case selfIntroduction
        case signOff

        /// Whether a negation cue before the phrase cancels it.
        var isNegatable: Bool {
            switch self {
            case .category, .urgent, .low, .demand, .dissatisfaction: true
            default: false
            }
        }
    }

    /// One rule's phrase, as the automaton reports it.
    struct Entry: Sendable {
        var role: Role
        /// The phrase as the rule file writes it.
        var text: String
        var line: Int?
        var leftBoundary: Bool
        var rightBoundary: Bool
    }

    /// A matched phrase in one field.
    struct Hit: Sendable {
        var entry: Int
        var start: Int
        var end: Int
    }

    let rules: TriageRules
    let matcher: AhoCorasick
    /// For each automaton pattern, the entries that share it.
    let entriesByPattern: [[Int]]
    let entries: [Entry]
    /// `nonPersonNames` lower-cased, with whether each is Latin (matched as a whole word).
    let nonPersonWords: [(word: String, latin: Bool)]

    init(_ rules: TriageRules) {
        self.rules = rules
        self.nonPersonWords = rules.extraction.nonPersonNames.map { w in
            let lower = w.lowercased()
            return (lower, lower.utf8.allSatisfy { $0 < 0x80 })
        }
        var patternIndex: [[UInt32]: Int] = [:]
        var patterns: [[UInt32]] = []
        var byPattern: [[Int]] = []
        var entries: [Entry] = []
        func add(_ phrase: String, _ role: Role, line: Int? = nil) {
            var text = phrase
            var prefixOnly = false
            var suffixOnly = false
            if text.hasSuffix("*"), text.count > 1 {
                text.removeLast()
                prefixOnly = true
            }
            if text.hasPrefix("*"), text.count > 1 {
                text.removeFirst()
                suffixOnly = true
            }
            let folded = TextNormalizer.fold(text)
            guard let first = folded.first, let last = folded.last else { return }
            let index: Int
            if let existing = patternIndex[folded] {
                index = existing
            } else {
                index = patterns.count
                patternIndex[folded] = index
                patterns.append(folded)
                byPattern.append([])
            }
            byPattern[index].append(entries.count)
            entries.append(
                Entry(
                    role: role, text: phrase, line: line, leftBoundary: !suffixOnly && Self.isWordScalar(first),
                    rightBoundary: !prefixOnly && Self.isWordScalar(last)))
        }
        for (c, category) in rules.categories.enumerated() {
            for k in category.keywords {
                add(k.text, .category(category: c, subcategory: nil, weight: k.weight), line: k.line)
            }
            for (s, sub) in category.subcategories.enumerated() {
                for k in sub.keywords {
                    add(k.text, .category(category: c, subcategory: s, weight: k.weight), line: k.line)
                }
            }
        }
        for (g, group) in rules.urgentSignals.enumerated() {
            for p in group.phrases { add(p.text, .urgent(group: g, weight: p.weight), line: p.line) }
        }
        for (g, group) in rules.lowSignals.enumerated() {
            for p in group.phrases { add(p.text, .low(group: g, weight: p.weight), line: p.line) }
        }
        for p in rules.dissatisfaction?.phrases ?? [] {
            add(p.text, .dissatisfaction(weight: p.weight), line: p.line)
        }
        for cue in rules.negation.cues { add(cue, .negationCue) }
        for exception in rules.negation.exceptions { add(exception, .negationException) }
        for (d, demand) in rules.demands.enumerated() { for p in demand.phrases { add(p, .demand(d)) } }
        let x = rules.extraction
        for cue in x.orderCues { add(cue, .orderCue) }
        for (i, p) in x.orderPrefixes.enumerated() { add(p.prefix + "*", .orderPrefix(i)) }
        for (i, p) in x.customerIDPrefixes.enumerated() { add(p.prefix + "*", .customerIDPrefix(i)) }
        for w in x.otherPartyWords { add(w, .otherParty) }
        for w in x.customerIDCues { add(w, .customerIDCue) }
        for w in x.otherNumberCues { add(w, .otherNumberCue) }
        for w in x.phoneCues { add(w, .phoneCue) }
        for w in x.ownPhoneCues { add(w, .ownPhoneCue) }
        for w in x.selfIntroductions { add(w, .selfIntroduction) }
        for w in x.signOffs { add(w, .signOff) }
        self.matcher = AhoCorasick(patterns: patterns)
        self.entriesByPattern = byPattern
        self.entries = entries
    }

    /// ASCII letters and digits: the scalars a word boundary is checked against.
    @inline(__always)
    static func isWordScalar(_ v: UInt32) -> Bool {
        (0x30...0x39).contains(v) || (0x61...0x7A).contains(v) || (0x41...0x5A).contains(v)
    }

    /// Every rule phrase in a folded text, respecting word boundaries.
    func hits(in folded: [UInt32]) -> [Hit] {
        var hits: [Hit] = []
        matcher.forEachMatch(in: folded) { match in
            for e in entriesByPattern[match.pattern] {
                let entry = entries[e]
                if entry.leftBoundary, match.start > 0, Self.isWordScalar(folded[match.start - 1]) { continue }
                if entry.rightBoundary, match.end < folded.count, Self.isWordScalar(folded[match.end]) { continue }
                hits.append(Hit(entry: e, start: match.start, end: match.end))
            }
        }
        return Self.longestCategoryMatches(hits, entries)
    }

    /// Drops a category phrase that lies inside a longer category phrase (`换新` inside `以旧换新`), so the more
    /// specific phrase decides.
    static func longestCategoryMatches(_ hits: [Hit], _ entries: [Entry]) -> [Hit] {
        let spans = hits.filter { if case .category = entries[$0.entry].role { true } else { false } }
        guard spans.count > 1 else { return hits }
        return hits.filter { hit in
            guard case .category = entries[hit.entry].role else { return true }
            return !spans.contains { other in
                other.start <= hit.start && other.end >= hit.end && other.end - other.start > hit.end - hit.start
            }
        }
    }
}
