import Foundation
import Model

/// The learned second opinion on a message: a category model and, optionally, a priority model, trained together by
/// `intake train` on labelled mail and shipped as data (`config/model.json`). Both see the rules' own scores (what
/// each category, tone, urgency and demand rule found) and the words of the message (Chinese characters and
/// character pairs, English words and word pairs, after ``TextNormalizer`` folding); the priority model also sees
/// the category and the rules' priority. Every decision names the features that carried it.
public struct TriageModel: Sendable, Equatable {
    public var category: LinearModel
    public var priority: LinearModel?
    /// Per demand (`refund`, …): a yes/no model (classes `no`, `yes`) of whether the customer asks for it.
    public var demands: [String: LinearModel]
    /// The priority model's probability of `urgent` from which a message is urgent even when another priority is
    /// likelier (a missed urgent message costs more than a false alarm); `nil`: the likeliest priority.
    public var urgentAt: Double?
    /// The probability from which a demand model adds its demand.
    public var demandAt: Double
    /// How the model was made (sets, counts, regularisation).
    public var trainedOn: String

    /// The default ``demandAt``: in cross-validation, adding from 0.8 on raised demand recall from 0.731 to about
    /// 0.78 at the same precision (0.81); lower values cost precision, and letting the models drop demands lost
    /// recall.
    public static let defaultDemandAt = 0.8

    /// The default ``urgentAt``: chosen by cross-validation over the evaluation sets (recall 0.964 against 0.949
    /// for the likeliest class, priority accuracy 0.957 against 0.960).
    public static let defaultUrgentAt = 0.3

    public init(
        category: LinearModel, priority: LinearModel? = nil, demands: [String: LinearModel] = [:],
        urgentAt: Double? = defaultUrgentAt, demandAt: Double = defaultDemandAt, trainedOn: String
    ) {
        self.demandAt = demandAt
        self.category = category
        self.priority = priority
        self.demands = demands
        self.urgentAt = urgentAt
        self.trainedOn = trainedOn
    }
}

/// Multinomial logistic regression over named features.
public struct LinearModel: Sendable, Equatable {
    /// The labels the model chooses between (`complaint`, …, or `urgent`, …), in weight order.
    public var classes: [String]
    public var bias: [Double]
    /// Feature name → one weight per class.
    public var weights: [String: [Double]]

    public init(classes: [String], bias: [Double], weights: [String: [Double]]) {
        self.classes = classes
        self.bias = bias
        self.weights = weights
    }

    /// Class probabilities for a feature vector.
    public func probabilities(_ features: [String: Double]) -> [Double] {
        var z = bias
        for (name, value) in features {
            guard let w = weights[name] else { continue }
            for k in z.indices { z[k] += w[k] * value }
        }
        return Self.softmax(z)
    }

    static func softmax(_ z: [Double]) -> [Double] {
        let m = z.max() ?? 0
        let e = z.map { Foundation.exp($0 - m) }
        let s = e.reduce(0, +)
        return e.map { $0 / s }
    }
}

// MARK: The model file

extension TriageModel {
    /// What a model file says it is.
    public static let format = "intake-model-1"

    struct File: Codable {
        struct Part: Codable {
            var classes: [String]
            var bias: [Double]
            var weights: [String: [Double]]
        }
        var format: String
        var trained_on: String
        var category: Part
        var priority: Part?
        var demands: [String: Part]?
        var urgent_at: Double?
        var demand_at: Double?
    }

    /// Reads a model file (JSON: `format`, `trained_on`, `category` and optionally `priority`, each with `classes`,
    /// `bias` and `weights` {feature: [one number per class]}). Errors name the key and the fix.
    public static func parse(_ data: Data, file: String) throws(RuleFileError) -> TriageModel {
        let retrain = "write it again with intake train --out \(file)"
        let decoded: File
        do {
            decoded = try JSONDecoder().decode(File.self, from: data)
        } catch {
            throw RuleFileError(
                file: file, line: nil, key: "(file)", problem: "is not a model file (\(error))", fix: retrain)
        }
        guard decoded.format == format else {
            throw RuleFileError(
                file: file, line: nil, key: "format", problem: "is \"\(decoded.format)\", not \"\(format)\"",
                fix: retrain)
        }
        func part(_ p: File.Part, _ key: String, _ valid: [String]) throws(RuleFileError) -> LinearModel {
            if let bad = p.classes.first(where: { !valid.contains($0) }) {
                throw RuleFileError(
                    file: file, line: nil, key: "\(key).classes", problem: "\"\(bad)\" is not one of them",
                    fix: "use " + valid.joined(separator: ", "))
            }
            guard p.classes.count >= 2, Set(p.classes).count == p.classes.count else {
                throw RuleFileError(
                    file: file, line: nil, key: "\(key).classes", problem: "needs two or more different classes",
                    fix: retrain)
            }
            let k = p.classes.count
            if p.bias.count != k {
                throw RuleFileError(
                    file: file, line: nil, key: "\(key).bias", problem: "does not have one number per class (\(k))",
                    fix: retrain)
            }
            if let bad = p.weights.first(where: { $0.value.count != k || $0.value.contains { !$0.isFinite } }) {
                throw RuleFileError(
                    file: file, line: nil, key: "\(key).weights.\(bad.key)",
                    problem: "does not have one finite number per class (\(k))", fix: retrain)
            }
            return LinearModel(classes: p.classes, bias: p.bias, weights: p.weights)
        }
        func probability(_ v: Double, _ key: String, _ fix: String) throws(RuleFileError) -> Double {
            guard v > 0, v <= 1 else {
                throw RuleFileError(
                    file: file, line: nil, key: key, problem: "is \(v), not a probability above 0", fix: fix)
            }
            return v
        }
        var demands: [String: LinearModel] = [:]
        for (name, p) in decoded.demands ?? [:] {
            guard p.classes == ["no", "yes"] else {
                throw RuleFileError(
                    file: file, line: nil, key: "demands.\(name).classes", problem: "must be [\"no\", \"yes\"]",
                    fix: retrain)
            }
            demands[name] = try part(p, "demands.\(name)", ["no", "yes"])
        }
        return TriageModel(
            category: try part(decoded.category, "category", TicketCategory.allCases.map(\.rawValue)),
            priority: try decoded.priority.map { p throws(RuleFileError) in
                try part(p, "priority", Priority.allCases.map(\.rawValue))
            },
            demands: demands,
            urgentAt: try decoded.urgent_at.map { v throws(RuleFileError) in
                try probability(
                    v, "urgent_at", "use a number such as 0.3, or leave it out to take the likeliest priority")
            },
            demandAt: try decoded.demand_at.map { v throws(RuleFileError) in
                try probability(v, "demand_at", "use a number such as 0.8, or leave it out for \(defaultDemandAt)")
            } ?? defaultDemandAt,
            trainedOn: decoded.trained_on)
    }

    /// The model as JSON, one feature a line in name order, so a retrained model diffs readably.
    public func serialized() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        func string(_ s: String) -> String {
            String(decoding: (try? encoder.encode(s)) ?? Data("\"\"".utf8), as: UTF8.self)
        }
        func numbers(_ v: [Double]) -> String { "[" + v.map { String($0) }.joined(separator: ", ") + "]" }
        var lines = ["{", "  \"format\": \(string(Self.format)),", "  \"trained_on\": \(string(trainedOn)),"]
        if let urgentAt { lines.append("  \"urgent_at\": \(urgentAt),") }
        lines.append("  \"demand_at\": \(demandAt),")
        func part(_ key: String, _ model: LinearModel, indent: String, last: Bool) {
            lines += [
                "\(indent)\(string(key)): {",
                "\(indent)  \"classes\": [" + model.classes.map(string).joined(separator: ", ") + "],",
                "\(indent)  \"bias\": \(numbers(model.bias)),", "\(indent)  \"weights\": {",
            ]
            let names = model.weights.keys.sorted()
            for (i, name) in names.enumerated() {
                lines.append(
                    "\(indent)    \(string(name)): \(numbers(model.weights[name]!))" + (i + 1 < names.count ? "," : ""))
            }
            lines += ["\(indent)  }", "\(indent)}" + (last ? "" : ",")]
        }
        part("category", category, indent: "  ", last: priority == nil && demands.isEmpty)
        if let priority { part("priority", priority, indent: "  ", last: demands.isEmpty) }
        if !demands.isEmpty {
            lines.append("  \"demands\": {")
            let names = demands.keys.sorted()
            for (i, name) in names.enumerated() {
                part(name, demands[name]!, indent: "    ", last: i + 1 == names.count)
            }
            lines.append("  }")
        }
        lines += ["}", ""]
        return Data(lines.joined(separator: "\n").utf8)
    }
}
