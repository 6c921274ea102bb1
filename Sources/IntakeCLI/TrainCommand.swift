import ArgumentParser
import Foundation
import Model
import Triage

extension IntakeCommand {
    /// `intake train DIR…`: fit the learned category model on labelled mail, or cross-validate it.
    public struct Train: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract: "Train the learned category model on labelled mail.",
            discussion: """
                Each DIR is a labelled folder (NNN.eml and labels.jsonl, as for intake eval) or a folder of such \
                folders (eval/fresh4 with tune/ and holdout/). The model sees what the rules in --config scored and \
                the words of each message, and learns which category the labels give. --out writes the model \
                (config/model.json is used by default when it exists). --cross-validate instead holds out each DIR \
                in turn, trains on the others and prints the rules' and the model's scores on the held-out one: \
                give DIRs written by different people to measure mail the model has not seen.
                """)

        @Argument(help: "Labelled folders.")
        public var directories: [String]

        @Option(name: .long, help: "Configuration file naming the rules (the model in it is not used).")
        public var config: String = "config/intake.yaml"

        @Option(name: .long, help: "Write the trained model to this file.")
        public var out: String?

        @Flag(name: .long, help: "Hold out each folder in turn and report the scores on it.")
        public var crossValidate = false

        @Option(name: .long, help: "L2 regularisation.")
        public var l2 = ModelTrainer().l2

        @Option(name: .long, help: "Optimisation steps.")
        public var iterations = ModelTrainer().iterations

        @Option(name: .long, help: "Urgent from this probability of urgent on (0 < p ≤ 1).")
        public var urgentAt = TriageModel.defaultUrgentAt

        @Option(name: .long, help: "Add a demand from this probability on (0 < p ≤ 1).")
        public var demandAt = TriageModel.defaultDemandAt

        public init() {}

        public func validate() throws {
            guard !directories.isEmpty else { throw ValidationError("name at least one labelled folder") }
            guard out != nil || crossValidate else { throw ValidationError("give --out FILE or --cross-validate") }
            guard l2 >= 0, iterations > 0 else {
                throw ValidationError("--l2 must be 0 or more, --iterations 1 or more")
            }
            guard urgentAt > 0, urgentAt <= 1, demandAt > 0, demandAt <= 1 else {
                throw ValidationError("--urgent-at and --demand-at are probabilities above 0 and at most 1")
            }
        }

        public func run() async throws {
            // The features come from the rules alone, whatever model the configuration names.
            var configuration = try TriageCommandSupport.engine(config: config).configuration
            configuration.model = nil
            let rulesOnly = TriageEngine(configuration: configuration)
            let demandNames = configuration.rules.demands.map(\.name)
            var trainer = ModelTrainer()
            trainer.l2 = l2
            trainer.iterations = iterations
            // Folders with their samples and the samples' features (computed once; they do not depend on the model).
            var groups: [Group] = []
            for directory in directories {
                var group = Group(name: directory)
                for folder in try Self.labelledFolders(directory) {
                    group.samples += try EvalSample.load(directory: folder)
                }
                for s in group.samples {
                    let features = s.features(rulesOnly)
                    group.category.append(.init(features: features, label: s.label.category))
                    var withCategory = features
                    withCategory["category:" + s.label.category] = 1
                    withCategory["rules-priority:" + s.analyze(rulesOnly).priority.rawValue] = 1
                    group.priority.append(.init(features: withCategory, label: s.label.priority))
                    group.demands.append((features, Set(s.label.demand)))
                }
                groups.append(group)
            }
            if crossValidate {
                let width = max(groups.map(\.name.count).max() ?? 0, 12) + 2
                print(
                    "held out".padding(toLength: width, withPad: " ", startingAt: 0)
                        + "messages  rules: macro-F1  urgent recall  priority  |  "
                        + "model: macro-F1  urgent recall  priority  |  demand P/R: rules → model")
                var pooledRules = EvalScore()
                var pooledModel = EvalScore()
                for (i, group) in groups.enumerated() {
                    var withModel = configuration
                    withModel.model = model(
                        trainer, groups.enumerated().filter { $0.offset != i }.map(\.element), "cross-validation",
                        demandNames: demandNames)
                    let engine = TriageEngine(configuration: withModel)
                    var rules = EvalScore()
                    var model = EvalScore()
                    for s in group.samples {
                        let (byRules, byModel) = (s.analyze(rulesOnly), s.analyze(engine))
                        _ = rules.add(s.label, byRules)
                        _ = model.add(s.label, byModel)
                        _ = pooledRules.add(s.label, byRules)
                        _ = pooledModel.add(s.label, byModel)
                    }
                    print(Self.row(group.name, width, group.samples.count, rules, model))
                }
                print(Self.row("all, pooled", width, pooledRules.total, pooledRules, pooledModel))
            }
            if let out {
                let description =
                    "\(groups.reduce(0) { $0 + $1.samples.count }) labelled messages from "
                    + directories.joined(separator: ", ") + "; l2 \(l2), \(iterations) steps"
                let model = self.model(trainer, groups, description, demandNames: demandNames)
                do {
                    // Atomic: a running gateway or a crash never sees half a model.
                    try model.serialized().write(to: URL(fileURLWithPath: out), options: .atomic)
                } catch {
                    printError("cannot write \(out): check the folder exists and is writable")
                    throw ExitCode(1)
                }
                print(
                    "wrote \(out): \(model.category.weights.count) category and "
                        + "\(model.priority?.weights.count ?? 0) priority features, trained on \(description)")
            }
        }

        /// The labelled messages of one folder argument, with what each model trains on.
        struct Group {
            var name: String
            var samples: [EvalSample] = []
            var category: [ModelTrainer.Sample] = []
            var priority: [ModelTrainer.Sample] = []
            /// The features of each message with the demands its label gives.
            var demands: [([String: Double], Set<String>)] = []
        }

        func model(
            _ trainer: ModelTrainer, _ groups: [Group], _ description: String, demandNames: [String]
        )
            -> TriageModel
        {
            let labelled = groups.flatMap(\.demands)
            var demands: [String: LinearModel] = [:]
            for name in demandNames where labelled.contains(where: { $0.1.contains(name) }) {
                demands[name] = trainer.train(
                    labelled.map { .init(features: $0.0, label: $0.1.contains(name) ? "yes" : "no") },
                    classes: ["no", "yes"])
            }
            return TriageModel(
                category: trainer.train(groups.flatMap(\.category), classes: TicketCategory.allCases.map(\.rawValue)),
                priority: trainer.train(groups.flatMap(\.priority), classes: Priority.allCases.map(\.rawValue)),
                demands: demands, urgentAt: urgentAt, demandAt: demandAt, trainedOn: description)
        }

        static func row(_ name: String, _ width: Int, _ count: Int, _ rules: EvalScore, _ model: EvalScore) -> String {
            let f = { (v: Double) in String(format: "%.3f", v) }
            return name.padding(toLength: width, withPad: " ", startingAt: 0)
                + String(format: "%8d", count) + "         \(f(rules.macroF1))          \(f(rules.urgent.recall))"
                + "     \(f(rules.priorityAccuracy))  |         \(f(model.macroF1))          \(f(model.urgent.recall))"
                + "     \(f(model.priorityAccuracy))  |  \(f(rules.fields["demand"]?.precision ?? 0))/"
                + "\(f(rules.fields["demand"]?.recall ?? 0)) → \(f(model.fields["demand"]?.precision ?? 0))/"
                + "\(f(model.fields["demand"]?.recall ?? 0))"
        }

        /// The folder itself when it has `labels.jsonl`, else its subfolders that have one.
        static func labelledFolders(_ directory: String) throws -> [String] {
            let fm = FileManager.default
            if fm.fileExists(atPath: directory + "/labels.jsonl") { return [directory] }
            let children = ((try? fm.contentsOfDirectory(atPath: directory)) ?? []).sorted()
                .map { directory + "/" + $0 }
                .filter { fm.fileExists(atPath: $0 + "/labels.jsonl") }
            guard !children.isEmpty else {
                printError("\(directory) has no labels.jsonl, and no folder in it has one")
                throw ExitCode(2)
            }
            return children
        }
    }
}
