/// Warnings collected while parsing, at most `ParserLimits.maxWarnings` of them.
struct ParseWarnings {
    /// Kinds reported only once per message.
    enum Once: Hashable {
        case longLine, partLimit, depthLimit, decodedLimit
    }

    let limit: Int
    private(set) var items: [String] = []
    private var dropped = 0
    private var reported: Set<Once> = []

    init(limit: Int) { self.limit = limit }

    mutating func add(_ warning: String) {
        if items.count < limit { items.append(warning) } else { dropped += 1 }
    }

    mutating func addOnce(_ kind: Once, _ warning: String) {
        if reported.insert(kind).inserted { add(warning) }
    }

    mutating func add(contentsOf warnings: [String]) {
        for w in warnings { add(w) }
    }

    /// The warnings, with a last one counting those left out.
    var all: [String] {
        dropped == 0 ? items : items + ["\(dropped) more warnings not shown"]
    }
}
