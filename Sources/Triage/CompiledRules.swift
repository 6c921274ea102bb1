import Foundation

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
        /// A tone phrase: rule 0 is `dissatisfaction`, rule 1 `calm`.
        case tone(rule: Int, weight: Double)
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
        /// Part `part` of the gapped phrase whose own entry is `owner` (`冒~烟`: 冒 is part 0, 烟 part 1).
        case gapPart(owner: Int, part: Int)

        /// Whether a negation cue before the phrase cancels it.
        var isNegatable: Bool {
            switch self {
            case .category, .urgent, .low, .demand, .tone: true
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
    /// `extraction.applicantWords`, folded once.
    let applicantWords: [[UInt32]]

    init(_ rules: TriageRules) {
        self.rules = rules
        self.applicantWords = rules.extraction.applicantWords.map { TextNormalizer.fold($0) }
        self.nonPersonWords = rules.extraction.nonPersonNames.map { w in
            let lower = w.lowercased()
            return (lower, lower.utf8.allSatisfy { $0 < 0x80 })
        }
        var patternIndex: [[UInt32]: Int] = [:]
        var patterns: [[UInt32]] = []
        var byPattern: [[Int]] = []
        var entries: [Entry] = []
        var gapped: [Int: Int] = [:]
        func add(_ phrase: String, _ role: Role, line: Int? = nil) {
            let parts = phrase.split(separator: "~", omittingEmptySubsequences: false)
            if parts.count > 1, parts.allSatisfy({ !$0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                // A gapped phrase: its entry is matched by chaining its parts, each one an automaton pattern.
                let owner = entries.count
                entries.append(Entry(role: role, text: phrase, line: line, leftBoundary: false, rightBoundary: false))
                gapped[owner] = parts.count
                for (k, part) in parts.enumerated() {
                    add(part.trimmingCharacters(in: .whitespaces), .gapPart(owner: owner, part: k), line: line)
                }
                return
            }
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
                // The same phrase twice for the same rule (律師 and 律师, 回覆 and 回复 fold alike) counts once.
                if byPattern[existing].contains(where: { Self.sameRule(entries[$0].role, role) }) { return }
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
        for (r, tone) in [rules.dissatisfaction, rules.calm].enumerated() {
            for p in tone?.phrases ?? [] { add(p.text, .tone(rule: r, weight: p.weight), line: p.line) }
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
        self.gapped = gapped
    }

    /// The gapped phrases' own entries and how many parts each has.
    let gapped: [Int: Int]

    /// Whether two roles score for the same rule: one category and subcategory, one signal group, one tone.
    static func sameRule(_ a: Role, _ b: Role) -> Bool {
        switch (a, b) {
        case (.category(let c, let s, _), .category(let d, let t, _)): c == d && s == t
        case (.urgent(let g, _), .urgent(let h, _)): g == h
        case (.low(let g, _), .low(let h, _)): g == h
        case (.tone(let r, _), .tone(let q, _)): r == q
        default: false
        }
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
        if !gapped.isEmpty { hits = chainGapped(hits, folded) }
        return Self.longestCategoryMatches(hits, entries)
    }

    /// Replaces the parts of gapped phrases by one hit per phrase (its first occurrence): each part starts at most
    /// `gapWindow` characters after the previous one ends, with no clause punctuation or line break in between.
    func chainGapped(_ hits: [Hit], _ folded: [UInt32]) -> [Hit] {
        var parts: [Int: [[Hit]]] = [:]
        var kept: [Hit] = []
        for hit in hits {
            guard case .gapPart(let owner, let part) = entries[hit.entry].role else {
                kept.append(hit)
                continue
            }
            if parts[owner] == nil {
                parts[owner] = Array(repeating: [], count: gapped[owner] ?? 0)
            }
            parts[owner]![part].append(hit)
        }
        let window = rules.gapWindow
        // In entry order, so explanations list the same words in the same order on every run.
        for (owner, byPart) in parts.sorted(by: { $0.key < $1.key }) where byPart.allSatisfy({ !$0.isEmpty }) {
            chains: for first in byPart[0] {
                var end = first.end
                for next in byPart.dropFirst() {
                    guard
                        let hit = next.first(where: { h in
                            h.start >= end && h.start - end <= window
                                && !(end..<h.start).contains { Self.isClauseBreak(folded[$0]) }
                        })
                    else { continue chains }
                    end = hit.end
                }
                kept.append(Hit(entry: owner, start: first.start, end: end))
                break
            }
        }
        return kept
    }

    /// Line breaks and sentence or clause punctuation, ASCII and full-width.
    static func isClauseBreak(_ v: UInt32) -> Bool {
        switch v {
        case 0x0A, 0x2C, 0x2E, 0x21, 0x3F, 0x3B, 0x3A, 0x3002, 0xFF0C, 0xFF01, 0xFF1F, 0xFF1B, 0xFF1A, 0x3001: true
        default: false
        }
    }

    /// Drops a category phrase that lies inside a longer category phrase (`换新` inside `以旧换新`), so the more
    /// specific phrase decides, and the lighter of two phrases of one category that match the very same words.
    static func longestCategoryMatches(_ hits: [Hit], _ entries: [Entry]) -> [Hit] {
        func category(_ i: Int) -> (category: Int, weight: Double)? {
            if case .category(let c, _, let weight) = entries[hits[i].entry].role { (c, weight) } else { nil }
        }
        let spans = hits.indices.filter { category($0) != nil }
        guard spans.count > 1 else { return hits }
        let dropped = Set(
            spans.filter { i in
                let (hit, mine) = (hits[i], category(i)!)
                return spans.contains { j in
                    let (other, theirs) = (hits[j], category(j)!)
                    if other.start <= hit.start && other.end >= hit.end
                        && other.end - other.start > hit.end - hit.start
                    {
                        return true
                    }
                    // The same words matched twice for one category (冒烟 and 冒~烟): the heavier phrase counts.
                    return theirs.category == mine.category && other.start == hit.start && other.end == hit.end
                        && (theirs.weight > mine.weight || (theirs.weight == mine.weight && j < i))
                }
            })
        return hits.indices.filter { !dropped.contains($0) }.map { hits[$0] }
    }

}
