import ArgumentParser
import Foundation
import MIME
import Model
import Triage

extension IntakeCommand {
    /// `intake eval DIR`: score triage against a labelled folder (`labels.jsonl` beside the `.eml` files).
    public struct Eval: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract: "Score classification and extraction against a labelled folder of messages.",
            discussion: """
                DIR holds NNN.eml files and labels.jsonl (one JSON object per line: file, category, subcategory, \
                priority, language, name, phone, customer_id, order_ids, demand). Prints category accuracy and \
                macro-F1, priority accuracy, urgent recall and per-field extraction precision and recall.
                """)

        @Argument(help: "The labelled folder.")
        public var directory: String

        @Option(name: .long, help: "Configuration file naming the rules, staff and holidays.")
        public var config: String = "config/intake.yaml"

        @Flag(name: .long, help: "List every message where a prediction differs from its label.")
        public var errors = false

        @Flag(name: .long, help: "Also measure classification throughput with the shipped and with synthetic rules.")
        public var benchmark = false

        @Option(name: .long, help: "Synthetic rules added for the second throughput run.")
        public var syntheticRules = 1000

        @Option(name: .long, help: "Minimum seconds per throughput run.")
        public var seconds = 3.0

        public init() {}

        public func validate() throws {
            guard syntheticRules >= 0 else { throw ValidationError("--synthetic-rules must be 0 or more") }
            guard seconds > 0 else { throw ValidationError("--seconds must be more than 0") }
        }

        public func run() async throws {
            let engine = try TriageCommandSupport.engine(config: config)
            let samples = try EvalSample.load(directory: directory)
            var score = EvalScore()
            for sample in samples {
                let diffs = score.add(sample.label, sample.analyze(engine))
                if errors, !diffs.isEmpty { print("\(sample.label.file): " + diffs.joined(separator: "; ")) }
            }
            print(score.report(title: directory))
            if benchmark { runBenchmark(engine: engine, samples: samples) }
        }

        func runBenchmark(engine: TriageEngine, samples: [EvalSample]) {
            let bytes = samples.reduce(0) { $0 + ($1.message.subject ?? "").utf8.count + $1.message.text.utf8.count }
            let base = engine.configuration
            var big = base
            var generator = SplitMix64(seed: 42)
            let count = big.rules.categories.count
            for i in 0..<syntheticRules {
                let word = Self.syntheticPhrase(&generator)
                let c = i % count
                if big.rules.categories[c].subcategories.isEmpty || i % 2 == 0 {
                    big.rules.categories[c].keywords.append(.init(word, weight: 1))
                } else {
                    let s = Int(generator.next() % UInt64(big.rules.categories[c].subcategories.count))
                    big.rules.categories[c].subcategories[s].keywords.append(.init(word, weight: 1))
                }
            }
            print("")
            print("throughput (\(samples.count) messages, \(bytes) bytes of subject + body text per pass):")
            for (name, configuration) in [("shipped rules", base), ("+\(syntheticRules) synthetic rules", big)] {
                let phrases = Self.phraseCount(configuration.rules)
                let clock = ContinuousClock()
                let buildStart = clock.now
                let e = TriageEngine(configuration: configuration)
                let build = clock.now - buildStart
                var passes = 0
                var checksum = 0
                let start = clock.now
                while clock.now - start < .milliseconds(Int64(seconds * 1000)) || passes < 2 {
                    for s in samples {
                        let r = e.analyze(
                            subject: s.message.subject ?? "", newText: s.newText, fromName: s.message.from?.name,
                            fromAddress: s.message.from?.address,
                            receivedAt: Date(timeIntervalSince1970: 1_700_000_000),
                            fullText: s.message.text)
                        checksum &+= r.explanations.count
                    }
                    passes += 1
                }
                let elapsed = clock.now - start
                let secs = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
                let messages = Double(passes * samples.count)
                print(
                    String(
                        format:
                            "  %-28@ %6d phrases  %9.0f messages/s  %7.2f MB/s  (automaton built in %.1f ms; %d passes, check %d)",
                        name as NSString, phrases, messages / secs, Double(passes * bytes) / secs / 1_000_000,
                        Double(build.components.attoseconds) / 1e15 + Double(build.components.seconds) * 1000, passes,
                        checksum % 1000))
            }
        }

        static func phraseCount(_ r: TriageRules) -> Int {
            r.categories.reduce(0) { $0 + $1.keywords.count + $1.subcategories.reduce(0) { $0 + $1.keywords.count } }
                + r.urgentSignals.reduce(0) { $0 + $1.phrases.count } + r.lowSignals.reduce(0) { $0 + $1.phrases.count }
        }

        /// A random Chinese phrase of 2–4 characters or a Latin word of 5–9 letters.
        static func syntheticPhrase(_ g: inout SplitMix64) -> String {
            if g.next() % 2 == 0 {
                let n = 2 + Int(g.next() % 3)
                return String((0..<n).map { _ in Character(Unicode.Scalar(UInt32(0x4E00 + g.next() % 0x51A5))!) })
            }
            let n = 5 + Int(g.next() % 5)
            return String((0..<n).map { _ in Character(Unicode.Scalar(UInt8(97 + g.next() % 26))) })
        }
    }
}

/// One parsed message of the evaluation set.
struct EvalSample {
    var label: EvalLabel
    var message: Message
    var newText: String

    /// The labelled messages of a folder (`labels.jsonl` beside the `.eml` files).
    static func load(directory: String) throws -> [EvalSample] {
        var samples: [EvalSample] = []
        for label in try EvalLabel.load(directory: directory) {
            let path = (directory as NSString).appendingPathComponent(label.file)
            guard let data = FileManager.default.contents(atPath: path) else {
                printError("cannot read \(path): labels.jsonl names a file that is not there")
                throw ExitCode(2)
            }
            let message = Message(parsing: Array(data))
            samples.append(EvalSample(label: label, message: message, newText: message.newText))
        }
        return samples
    }

    /// Triage of the message as received at its `Date` header.
    func analyze(_ engine: TriageEngine) -> TriageResult {
        engine.analyze(
            subject: message.subject ?? "", newText: newText, fromName: message.from?.name,
            fromAddress: message.from?.address,
            receivedAt: Date(timeIntervalSince1970: TimeInterval(message.date ?? 0)), fullText: message.text)
    }

    /// What the learned model sees of the message.
    func features(_ engine: TriageEngine) -> [String: Double] {
        engine.modelFeatures(
            subject: message.subject ?? "", newText: newText, fromName: message.from?.name,
            fromAddress: message.from?.address, fullText: message.text)
    }
}

/// One line of `labels.jsonl`.
struct EvalLabel: Decodable {
    var file: String
    var category: String
    var subcategory: String?
    var priority: String
    var language: String?
    var name: String?
    var phone: String?
    var customer_id: String?
    var order_ids: [String]
    var demand: [String]

    static func load(directory: String) throws -> [EvalLabel] {
        let path = (directory as NSString).appendingPathComponent("labels.jsonl")
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
        else {
            printError("cannot read \(path): the folder needs a labels.jsonl")
            throw ExitCode(2)
        }
        var labels: [EvalLabel] = []
        for (i, line) in text.split(separator: "\n").enumerated()
        where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            do {
                labels.append(try JSONDecoder().decode(EvalLabel.self, from: Data(line.utf8)))
            } catch {
                printError("\(path):\(i + 1): not a label line (\(error)); fix the JSON")
                throw ExitCode(2)
            }
        }
        return labels
    }
}

/// Counts for the evaluation report.
struct EvalScore {
    struct Counts {
        var truePositive = 0
        var predicted = 0
        var labelled = 0
        var precision: Double { predicted == 0 ? 1 : Double(truePositive) / Double(predicted) }
        var recall: Double { labelled == 0 ? 1 : Double(truePositive) / Double(labelled) }
        var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    var total = 0
    var categoryCorrect = 0
    var subcategoryCorrect = 0
    var priorityCorrect = 0
    var languageCorrect = 0
    var perCategory: [String: Counts] = [:]
    var urgent = Counts()
    var fields: [String: Counts] = [:]
    static let fieldOrder = ["name", "phone", "customer_id", "order_ids", "demand"]

    /// Adds one message; returns what differed.
    mutating func add(_ label: EvalLabel, _ r: TriageResult) -> [String] {
        var diffs: [String] = []
        total += 1
        let category = r.category.rawValue
        if category == label.category {
            categoryCorrect += 1
        } else {
            diffs.append("category \(category) ≠ \(label.category)")
        }
        perCategory[category, default: Counts()].predicted += 1
        perCategory[label.category, default: Counts()].labelled += 1
        if category == label.category { perCategory[category, default: Counts()].truePositive += 1 }
        if r.subcategory == label.subcategory {
            subcategoryCorrect += 1
        } else {
            diffs.append("subcategory \(r.subcategory ?? "null") ≠ \(label.subcategory ?? "null")")
        }
        if r.priority.rawValue == label.priority {
            priorityCorrect += 1
        } else {
            diffs.append("priority \(r.priority.rawValue) ≠ \(label.priority)")
        }
        if r.priority == .urgent { urgent.predicted += 1 }
        if label.priority == "urgent" { urgent.labelled += 1 }
        if r.priority == .urgent, label.priority == "urgent" { urgent.truePositive += 1 }
        if let language = label.language {
            if r.language == language {
                languageCorrect += 1
            } else {
                diffs.append("language \(r.language) ≠ \(language)")
            }
        }
        let c = r.customer
        single("name", c.name, label.name, &diffs)
        single("phone", c.phone, label.phone, &diffs)
        single("customer_id", c.customerID, label.customer_id, &diffs)
        multiple("order_ids", c.orderIDs, label.order_ids, &diffs)
        multiple("demand", c.demands, label.demand, &diffs)
        return diffs
    }

    mutating func single(_ key: String, _ predicted: String?, _ labelled: String?, _ diffs: inout [String]) {
        var counts = fields[key, default: Counts()]
        if predicted != nil { counts.predicted += 1 }
        if labelled != nil { counts.labelled += 1 }
        if let predicted, predicted == labelled { counts.truePositive += 1 }
        if predicted != labelled { diffs.append("\(key) \(predicted ?? "null") ≠ \(labelled ?? "null")") }
        fields[key] = counts
    }

    mutating func multiple(_ key: String, _ predicted: [String], _ labelled: [String], _ diffs: inout [String]) {
        var counts = fields[key, default: Counts()]
        let p = Set(predicted)
        let l = Set(labelled)
        counts.predicted += p.count
        counts.labelled += l.count
        counts.truePositive += p.intersection(l).count
        if p != l { diffs.append("\(key) \(predicted.sorted()) ≠ \(labelled.sorted())") }
        fields[key] = counts
    }

    var priorityAccuracy: Double { Double(priorityCorrect) / Double(max(total, 1)) }

    /// The mean F1 of the categories that were labelled or predicted.
    var macroF1: Double {
        let classes = TicketCategory.allCases.map(\.rawValue).filter { perCategory[$0] != nil }
        return classes.isEmpty ? 0 : classes.reduce(0.0) { $0 + perCategory[$1]!.f1 } / Double(classes.count)
    }

    func report(title: String) -> String {
        let n = Double(max(total, 1))
        let classes = TicketCategory.allCases.map(\.rawValue).filter { perCategory[$0] != nil }
        var lines = ["\(title): \(total) messages"]
        let f = { (v: Double) in String(format: "%.3f", v) }
        lines.append("  category accuracy     \(f(Double(categoryCorrect) / n))")
        lines.append("  category macro-F1     \(f(macroF1))")
        lines.append("  subcategory accuracy  \(f(Double(subcategoryCorrect) / n))")
        lines.append("  priority accuracy     \(f(Double(priorityCorrect) / n))")
        lines.append(
            "  urgent recall         \(f(urgent.recall))  (precision \(f(urgent.precision)), \(urgent.labelled) urgent)"
        )
        lines.append("  language accuracy     \(f(Double(languageCorrect) / n))")
        lines.append("  per category          precision  recall  F1     (labelled)")
        for name in classes {
            let c = perCategory[name]!
            lines.append(
                "    " + name.padding(toLength: 20, withPad: " ", startingAt: 0)
                    + "\(f(c.precision))      \(f(c.recall))   \(f(c.f1))  (\(c.labelled))")
        }
        lines.append("  extraction            precision  recall          (labelled)")
        for key in Self.fieldOrder {
            let c = fields[key, default: Counts()]
            lines.append(
                "    " + key.padding(toLength: 20, withPad: " ", startingAt: 0)
                    + "\(f(c.precision))      \(f(c.recall))          (\(c.labelled))")
        }
        return lines.joined(separator: "\n")
    }
}
