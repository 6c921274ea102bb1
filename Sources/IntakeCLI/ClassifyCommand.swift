import ArgumentParser
import Foundation
import MIME
import Model
import Triage

extension IntakeCommand {
    /// `intake classify FILE|-`: triage one message and print the result as JSON (or, with `--explain`, for a human).
    public struct Classify: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract: "Classify one message (.eml file, or - for standard input) and print the result as JSON.")

        @Argument(help: "The message file, or - to read standard input.")
        public var file: String

        @Option(name: .long, help: "Configuration file naming the rules, staff and holidays.")
        public var config: String = "config/intake.yaml"

        @Flag(name: .long, help: "Print the reasoning for a human instead of JSON.")
        public var explain = false

        public init() {}

        public func run() async throws {
            let engine = try TriageCommandSupport.engine(config: config)
            let message = Message(parsing: try readMessageFile(file, failure: ExitCode(2)))
            let result = engine.analyze(message)
            var assigner = StaffAssigner(directory: engine.configuration.staff)
            let assignment = assigner.assign(department: result.department)
            let zone = engine.configuration.calendar.timeZone
            if explain {
                print(TriageCommandSupport.humanReport(result, assignment: assignment, timeZone: zone))
            } else {
                print(TriageCommandSupport.json(result, assignment: assignment, timeZone: zone).serialized())
            }
        }
    }
}

/// What `classify` and `eval` share: loading the engine and rendering results.
enum TriageCommandSupport {
    /// The engine for a configuration file, or exit status 2 with a one-line message naming file, line and fix.
    static func engine(config: String) throws -> TriageEngine {
        do {
            return TriageEngine(configuration: try TriageConfigLoader(path: config).load())
        } catch {
            printError("configuration error: \(error)")
            throw ExitCode(2)
        }
    }

    /// ISO-8601 with the offset of the configured time zone: `2024-05-01T14:30:00+08:00`.
    static func iso8601(_ date: Date, _ zone: TimeZone) -> String {
        let f = ISO8601DateFormatter()
        f.timeZone = zone
        f.formatOptions = [.withInternetDateTime]
        return f.string(from: date)
    }

    /// The JSON object `intake classify` prints.
    static func json(_ r: TriageResult, assignment: StaffAssigner.Assignment?, timeZone: TimeZone) -> JSONValue {
        let c = r.customer
        let optional = { (s: String?) in s.map(JSONValue.string) ?? .null }
        return .object([
            ("category", .string(r.category.rawValue)),
            ("subcategory", optional(r.subcategory)),
            ("priority", .string(r.priority.rawValue)),
            ("department", .string(r.department)),
            (
                "assignee",
                assignment.map { .object([("id", .string($0.member.id)), ("name", .string($0.member.name))]) } ?? .null
            ),
            ("language", .string(r.language)),
            ("due", .string(iso8601(r.deadlines.firstResponse, timeZone))),
            ("resolution_due", .string(iso8601(r.deadlines.resolution, timeZone))),
            (
                "customer",
                .object([
                    ("name", optional(c.name)),
                    ("phone", optional(c.phone)),
                    ("phones", .array(c.phones.map(JSONValue.string))),
                    ("email", optional(c.email)),
                    ("customer_id", optional(c.customerID)),
                    ("order_ids", .array(c.orderIDs.map(JSONValue.string))),
                    ("demand", .array(c.demands.map(JSONValue.string))),
                ])
            ),
            ("referenced_tickets", .array(c.referencedTickets.map(JSONValue.string))),
            ("explanations", .array(r.explanations.map(JSONValue.string))),
        ])
    }

    /// The `--explain` report.
    static func humanReport(_ r: TriageResult, assignment: StaffAssigner.Assignment?, timeZone: TimeZone) -> String {
        var lines: [String] = []
        let sub = r.subcategory.map { " / \($0)" } ?? ""
        lines.append(
            "\(r.category.rawValue) (\(r.category.chineseLabel))\(sub), priority \(r.priority.rawValue), \(r.language)")
        lines.append(
            "→ \(r.department)"
                + (assignment.map { ", owner \($0.member.name) (\($0.member.id))" } ?? ", no staff configured"))
        lines.append("first response due \(iso8601(r.deadlines.firstResponse, timeZone))")
        lines.append("resolution due     \(iso8601(r.deadlines.resolution, timeZone))")
        let c = r.customer
        lines.append(
            "customer: name \(c.name.map(Masking.name) ?? "-"), phone \(c.phone.map(Masking.phone) ?? "-"), "
                + "customer id \(c.customerID ?? "-"), orders \(c.orderIDs.isEmpty ? "-" : c.orderIDs.joined(separator: " ")), "
                + "wants \(c.demands.isEmpty ? "-" : c.demands.joined(separator: ", "))")
        if !c.referencedTickets.isEmpty {
            lines.append("refers to tickets \(c.referencedTickets.joined(separator: ", "))")
        }
        lines.append("why:")
        for (i, e) in r.explanations.enumerated() { lines.append("  \(i + 1). \(e)") }
        if let assignment { lines.append("  \(r.explanations.count + 1). \(assignment.explanation)") }
        return lines.joined(separator: "\n")
    }
}

/// A JSON value that keeps the order of object keys as written.
enum JSONValue: Equatable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])

    static func == (a: JSONValue, b: JSONValue) -> Bool { a.serialized() == b.serialized() }

    /// Pretty-printed with two-space indentation; non-ASCII text is written as is (UTF-8).
    func serialized(indent: String = "") -> String {
        let inner = indent + "  "
        switch self {
        case .string(let s): return JSONWriter.quoted(s)
        case .number(let n): return n == n.rounded() && abs(n) < 1e15 ? String(Int64(n)) : String(n)
        case .bool(let b): return b ? "true" : "false"
        case .null: return "null"
        case .array(let items):
            if items.isEmpty { return "[]" }
            return "[\n" + items.map { inner + $0.serialized(indent: inner) }.joined(separator: ",\n") + "\n\(indent)]"
        case .object(let pairs):
            if pairs.isEmpty { return "{}" }
            return "{\n"
                + pairs.map { inner + JSONWriter.quoted($0.0) + ": " + $0.1.serialized(indent: inner) }.joined(
                    separator: ",\n")
                + "\n\(indent)}"
        }
    }
}
