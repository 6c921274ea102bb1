/// The learned models in the form the engine evaluates them: every feature name hashed once to a row of one weight
/// matrix per model, so a message's words are looked up by a 64-bit hash of their scalars, without building strings.
struct CompiledModels: Sendable {
    /// One model's weights: `weights[row * classes.count + class]`.
    struct Matrix: Sendable {
        var classes: [String]
        var bias: [Double]
        var weights: [Double]

        /// Class probabilities for features given as (row, value).
        func probabilities(_ x: [(row: Int, value: Double)]) -> [Double] {
            let k = classes.count
            var z = bias
            for (row, value) in x {
                let base = row * k
                for c in 0..<k { z[c] += weights[base + c] * value }
            }
            return LinearModel.softmax(z)
        }

        /// The features that moved class `a` most against class `b`, strongest first.
        func evidence(
            _ x: [(row: Int, value: Double)], names: [String], for a: Int, against b: Int, count: Int = 5
        )
            -> [(String, Double)]
        {
            let k = classes.count
            let moved = x.compactMap { row, value -> (String, Double)? in
                let d = (weights[row * k + a] - weights[row * k + b]) * value
                return d > 0.05 ? (names[row], d) : nil
            }
            return Array(moved.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(count))
        }
    }

    let rows: [UInt64: Int]
    let names: [String]
    let category: Matrix
    let priority: Matrix?
    let demands: [(name: String, matrix: Matrix)]
    /// ``TriageModel/urgentAt`` and ``TriageModel/demandAt``.
    let urgentAt: Double?
    let demandAt: Double

    init(_ model: TriageModel) {
        var names = Set(model.category.weights.keys)
        if let p = model.priority { names.formUnion(p.weights.keys) }
        for d in model.demands.values { names.formUnion(d.weights.keys) }
        let ordered = names.sorted()
        self.names = ordered
        var rows: [UInt64: Int] = [:]
        for (i, name) in ordered.enumerated() { rows[FeatureHash.of(name)] = i }
        self.rows = rows
        func matrix(_ m: LinearModel) -> Matrix {
            let k = m.classes.count
            var w = [Double](repeating: 0, count: ordered.count * k)
            for (name, values) in m.weights {
                guard let row = rows[FeatureHash.of(name)] else { continue }
                for c in 0..<k { w[row * k + c] = values[c] }
            }
            return Matrix(classes: m.classes, bias: m.bias, weights: w)
        }
        category = matrix(model.category)
        priority = model.priority.map(matrix)
        demands = model.demands.keys.sorted().map { ($0, matrix(model.demands[$0]!)) }
        urgentAt = model.urgentAt
        demandAt = model.demandAt
    }
}

/// FNV-1a over the Unicode scalars of a feature name, fed one scalar at a time.
enum FeatureHash {
    static let start: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always) static func feed(_ h: UInt64, _ v: UInt32) -> UInt64 {
        (h ^ UInt64(v)) &* 0x0000_0100_0000_01B3
    }

    static func of(_ name: String) -> UInt64 { name.unicodeScalars.reduce(start) { feed($0, $1.value) } }
}

extension LinearModel {
    /// Word features of a folded text, each given as the hash of its name and a function that spells the name (for
    /// training, which keeps names): `t:` + a Chinese character or two adjacent ones, an English word of two or more
    /// letters or two adjacent words, `t:?` and `t:!` (either width). Digits and other symbols are left out: numbers
    /// name orders and phones, not categories.
    static func tokens(_ folded: [UInt32], _ emit: (UInt64, () -> String) -> Void) {
        let prefix = FeatureHash.feed(FeatureHash.feed(FeatureHash.start, 0x74), 0x3A)  // "t:"
        func name(_ scalars: [UInt32]) -> String {
            "t:" + String(String.UnicodeScalarView(scalars.compactMap(Unicode.Scalar.init)))
        }
        var word: [UInt32] = []
        var previousWord: [UInt32]?
        var previousHan: UInt32?
        func flushWord() {
            guard !word.isEmpty else { return }
            if word.count >= 2 {
                let w = word
                emit(w.reduce(prefix, FeatureHash.feed)) { name(w) }
                if let p = previousWord {
                    // "t:" + p + " " + w, hashed without building the pair.
                    let hash = w.reduce(FeatureHash.feed(p.reduce(prefix, FeatureHash.feed), 0x20), FeatureHash.feed)
                    emit(hash) { name(p + [0x20] + w) }
                }
                previousWord = w
            }
            word.removeAll(keepingCapacity: true)
        }
        for v in folded {
            switch v {
            case 0x61...0x7A, 0x27:
                previousHan = nil
                word.append(v)
            case 0x3400...0x9FFF, 0xF900...0xFAFF:
                flushWord()
                previousWord = nil
                emit(FeatureHash.feed(prefix, v)) { name([v]) }
                if let p = previousHan { emit(FeatureHash.feed(FeatureHash.feed(prefix, p), v)) { name([p, v]) } }
                previousHan = v
            case 0x20:
                flushWord()
                previousHan = nil
            default:
                flushWord()
                previousWord = nil
                previousHan = nil
                if v == 0x3F || v == 0x21 { emit(FeatureHash.feed(prefix, v)) { name([v]) } }
            }
        }
        flushWord()
    }
}
