import Foundation
import Model

/// Fits a ``LinearModel``: multinomial logistic regression with L2 regularisation, classes weighted inversely to
/// their frequency (so small classes such as `suggestion` and `other` count as much as large ones, as macro-F1
/// does, and a missed urgent message costs as much as the many normal ones), full-batch Adam. Deterministic: the same samples in the same order give the same model.
public struct ModelTrainer: Sendable {
    public struct Sample: Sendable {
        public var features: [String: Double]
        public var label: String
        public init(features: [String: Double], label: String) {
            self.features = features
            self.label = label
        }
    }

    /// L2 penalty per weight, per sample (the loss is the weighted mean log-loss plus `l2`·‖w‖²/2).
    public var l2 = 0.002
    public var iterations = 300
    public var learningRate = 0.05
    /// Word features seen in fewer training messages than this are dropped (rule features are always kept).
    public var minimumDocuments = 3
    /// Weights smaller than this in every class are left out of the model.
    public var pruneBelow = 0.03

    public init() {}

    /// A model choosing between `classes` (labels outside them count as the last class).
    public func train(_ samples: [Sample], classes: [String]) -> LinearModel {
        let k = classes.count
        // Vocabulary: every rule feature, and word features in enough messages.
        var documents: [String: Int] = [:]
        for s in samples { for name in s.features.keys { documents[name, default: 0] += 1 } }
        let names = documents.filter { !$0.key.hasPrefix("t:") || $0.value >= minimumDocuments }.keys.sorted()
        let index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        let rows: [[(Int, Double)]] = samples.map { s in
            s.features.compactMap { name, value in index[name].map { ($0, value) } }.sorted { $0.0 < $1.0 }
        }
        let labels = samples.map { s in classes.firstIndex(of: s.label) ?? classes.count - 1 }
        var counts = [Double](repeating: 0, count: k)
        for y in labels { counts[y] += 1 }
        let present = Double(counts.filter { $0 > 0 }.count)
        let classWeight = counts.map { $0 > 0 ? Double(samples.count) / (present * $0) : 0 }
        let n = Double(max(samples.count, 1))

        var w = [Double](repeating: 0, count: names.count * k)
        var b = [Double](repeating: 0, count: k)
        var mW = w, vW = w, mB = b, vB = b
        let (beta1, beta2, epsilon) = (0.9, 0.999, 1e-8)
        var gW = w
        var gB = b
        for t in 1...max(iterations, 1) {
            for i in gW.indices { gW[i] = l2 * w[i] }
            for i in gB.indices { gB[i] = 0 }
            for (row, y) in zip(rows, labels) {
                var z = b
                for (j, x) in row { for c in 0..<k { z[c] += w[j * k + c] * x } }
                let p = LinearModel.softmax(z)
                let cw = classWeight[y] / n
                for c in 0..<k {
                    let g = (p[c] - (c == y ? 1 : 0)) * cw
                    gB[c] += g
                    for (j, x) in row { gW[j * k + c] += g * x }
                }
            }
            let correction1 = 1 - Foundation.pow(beta1, Double(t))
            let correction2 = 1 - Foundation.pow(beta2, Double(t))
            for i in w.indices {
                mW[i] = beta1 * mW[i] + (1 - beta1) * gW[i]
                vW[i] = beta2 * vW[i] + (1 - beta2) * gW[i] * gW[i]
                w[i] -= learningRate * (mW[i] / correction1) / ((vW[i] / correction2).squareRoot() + epsilon)
            }
            for c in 0..<k {
                mB[c] = beta1 * mB[c] + (1 - beta1) * gB[c]
                vB[c] = beta2 * vB[c] + (1 - beta2) * gB[c] * gB[c]
                b[c] -= learningRate * (mB[c] / correction1) / ((vB[c] / correction2).squareRoot() + epsilon)
            }
        }
        var weights: [String: [Double]] = [:]
        for (j, name) in names.enumerated() {
            let row = (0..<k).map { Self.round(w[j * k + $0]) }
            if row.contains(where: { abs($0) >= pruneBelow }) { weights[name] = row }
        }
        return LinearModel(classes: classes, bias: b.map(Self.round), weights: weights)
    }

    /// Four decimals: the model file stays readable and small, and the rounding moves no decision that matters.
    static func round(_ v: Double) -> Double { (v * 10_000).rounded() / 10_000 }
}
