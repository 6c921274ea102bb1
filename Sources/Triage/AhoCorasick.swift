/// A multi-pattern matcher over Unicode scalar values (Aho & Corasick, "Efficient string matching", CACM 1975).
///
/// Building costs time linear in the total pattern length; matching costs time linear in the text length plus the
/// number of matches, whatever the number of patterns, so adding rules does not slow classification down.
public struct AhoCorasick: Sendable {
    /// One occurrence: which pattern, and the half-open range of scalar offsets it covers.
    public struct Match: Sendable, Equatable {
        public var pattern: Int
        public var start: Int
        public var end: Int
    }

    /// Scalars below this value have a dense transition table at the root (the whole Basic Multilingual Plane).
    static let denseRootSize = 0x1_0000

    private var rootTable: [Int32]
    private var edges: [UInt64: Int32]
    private var fail: [Int32]
    private var outputs: [[Int32]]
    /// The length in scalars of each pattern, by pattern index.
    public private(set) var patternLengths: [Int]

    /// Builds the automaton. Empty patterns never match.
    public init(patterns: [[UInt32]]) {
        edges = [:]
        fail = [0]
        outputs = [[]]
        patternLengths = patterns.map(\.count)
        var children: [[UInt32: Int32]] = [[:]]
        for (index, pattern) in patterns.enumerated() where !pattern.isEmpty {
            var state: Int32 = 0
            for scalar in pattern {
                if let next = children[Int(state)][scalar] {
                    state = next
                } else {
                    let next = Int32(children.count)
                    children.append([:])
                    fail.append(0)
                    outputs.append([])
                    children[Int(state)][scalar] = next
                    edges[Self.key(state, scalar)] = next
                    state = next
                }
            }
            outputs[Int(state)].append(Int32(index))
        }
        rootTable = [Int32](repeating: 0, count: Self.denseRootSize)
        for (scalar, next) in children[0] where Int(scalar) < Self.denseRootSize { rootTable[Int(scalar)] = next }
        // Breadth-first: each state's failure link is the longest proper suffix that is also a trie path.
        var queue: [Int32] = Array(children[0].values)
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            for (scalar, child) in children[Int(state)] {
                queue.append(child)
                var f = fail[Int(state)]
                var target: Int32 = 0
                while true {
                    if let next = children[Int(f)][scalar], next != child {
                        target = next
                        break
                    }
                    if f == 0 { break }
                    f = fail[Int(f)]
                }
                fail[Int(child)] = target
                outputs[Int(child)] += outputs[Int(target)]
            }
        }
    }

    private static func key(_ state: Int32, _ scalar: UInt32) -> UInt64 { UInt64(UInt32(state)) << 32 | UInt64(scalar) }

    @inline(__always)
    private func step(_ state: Int32, _ scalar: UInt32) -> Int32 {
        var s = state
        while true {
            if s == 0 {
                return Int(scalar) < Self.denseRootSize ? rootTable[Int(scalar)] : (edges[Self.key(0, scalar)] ?? 0)
            }
            if let next = edges[Self.key(s, scalar)] { return next }
            s = fail[Int(s)]
        }
    }

    /// Calls `body` for every occurrence of every pattern in `text`, in order of end offset.
    public func forEachMatch(in text: [UInt32], _ body: (Match) -> Void) {
        var state: Int32 = 0
        for (offset, scalar) in text.enumerated() {
            state = step(state, scalar)
            let found = outputs[Int(state)]
            if found.isEmpty { continue }
            for pattern in found {
                let length = patternLengths[Int(pattern)]
                body(Match(pattern: Int(pattern), start: offset + 1 - length, end: offset + 1))
            }
        }
    }

    /// Every occurrence of every pattern in `text`.
    public func matches(in text: [UInt32]) -> [Match] {
        var all: [Match] = []
        forEachMatch(in: text) { all.append($0) }
        return all
    }
}
