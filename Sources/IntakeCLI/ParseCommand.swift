import ArgumentParser
import Foundation
import MIME

extension IntakeCommand {
    /// `intake parse FILE|-`: parse one message and print what the gateway would read from it.
    ///
    /// Prints one JSON object (or, with `--format text`, a readable summary) and exits 0 whenever it could
    /// print one, warnings included; exits 1 only when the input cannot be read.
    public struct Parse: ParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract: "Parse one .eml message and print its fields, body, attachments and warnings.")

        /// Output formats.
        public enum Format: String, ExpressibleByArgument, CaseIterable, Sendable {
            case json, text
        }

        @Argument(help: "The message file, or - for standard input.")
        public var file: String

        @Option(name: .long, help: "Output format: json or text.")
        public var format: Format = .json

        public init() {}

        public func run() throws {
            let message = Message(parsing: try readMessageFile(file, failure: ExitCode(1)))
            switch format {
            case .json: print(Self.json(message))
            case .text: print(Self.summary(message))
            }
        }

        /// The JSON object of `intake parse`, keys in a fixed order.
        static func json(_ m: Message) -> String {
            let w = JSONWriter()
            w.object {
                w.key("message_id", m.messageID)
                w.key("in_reply_to", m.inReplyTo)
                w.keyArray("references", m.references) { w.string($0) }
                w.key("subject", m.subject)
                w.keyRaw("from") { if let from = m.from { w.address(from) } else { w.null() } }
                w.keyArray("to", m.to) { w.address($0) }
                w.keyArray("cc", m.cc) { w.address($0) }
                w.keyArray("reply_to", m.replyTo) { w.address($0) }
                w.key("date", m.date.map(MailDate.iso8601))
                w.key("text", m.text)
                w.key("new_text", m.newText)
                w.key("html", m.html)
                w.keyArray("attachments", m.attachments) { a in
                    w.object {
                        w.key("filename", a.filename)
                        w.key("content_type", a.contentType)
                        w.keyRaw("size") { w.raw(String(a.size)) }
                        w.key("sha256", a.data.count == a.size ? a.sha256 : nil)
                    }
                }
                w.keyArray("warnings", m.warnings) { w.string($0) }
            }
            return w.output
        }

        /// A readable summary for `--format text`.
        static func summary(_ m: Message) -> String {
            func person(_ a: Address) -> String { a.name.map { "\($0) <\(a.address)>" } ?? a.address }
            var lines: [String] = []
            lines.append("Subject:     \(m.subject ?? "(none)")")
            lines.append("From:        \(m.from.map(person) ?? "(none)")")
            if !m.to.isEmpty { lines.append("To:          \(m.to.map(person).joined(separator: ", "))") }
            if !m.cc.isEmpty { lines.append("Cc:          \(m.cc.map(person).joined(separator: ", "))") }
            if !m.replyTo.isEmpty { lines.append("Reply-To:    \(m.replyTo.map(person).joined(separator: ", "))") }
            lines.append("Date:        \(m.date.map(MailDate.iso8601) ?? "(none)")")
            lines.append("Message-ID:  \(m.messageID ?? "(none)")")
            if let r = m.inReplyTo { lines.append("In-Reply-To: \(r)") }
            lines.append("HTML part:   \(m.html == nil ? "no" : "yes")")
            lines.append("")
            lines.append("New text:")
            lines.append(m.newText.isEmpty ? "(empty)" : m.newText)
            lines.append("")
            lines.append("Attachments: \(m.attachments.count)")
            for a in m.attachments {
                lines.append("  \(a.filename ?? "(unnamed)")  \(a.contentType)  \(a.size) bytes")
            }
            if !m.warnings.isEmpty {
                lines.append("Warnings: \(m.warnings.count)")
                for w in m.warnings { lines.append("  \(w)") }
            }
            return lines.joined(separator: "\n")
        }
    }
}

/// A small JSON writer that keeps keys in the order written (RFC 8259); nesting through closures.
final class JSONWriter {
    private(set) var output = ""
    private var needsComma = [false]

    private func separator() {
        if needsComma[needsComma.count - 1] { output += "," }
        needsComma[needsComma.count - 1] = true
    }

    func object(_ body: () -> Void) {
        separator()
        output += "{"
        needsComma.append(false)
        body()
        needsComma.removeLast()
        output += "}"
    }

    func keyRaw(_ name: String, _ value: () -> Void) {
        separator()
        output += Self.quoted(name) + ":"
        needsComma.append(false)
        value()
        needsComma.removeLast()
    }

    func key(_ name: String, _ value: String?) {
        keyRaw(name) { if let value { string(value) } else { null() } }
    }

    func keyArray<T>(_ name: String, _ items: [T], _ each: (T) -> Void) {
        keyRaw(name) {
            output += "["
            needsComma.append(false)
            for item in items { each(item) }
            needsComma.removeLast()
            output += "]"
        }
    }

    func string(_ value: String) {
        separator()
        output += Self.quoted(value)
    }

    func raw(_ value: String) {
        separator()
        output += value
    }

    func null() { raw("null") }

    func address(_ a: Address) {
        object {
            key("name", a.name)
            key("address", a.address)
        }
    }

    static func quoted(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where u.value < 0x20 || u.value == 0x7F || u.value == 0x2028 || u.value == 0x2029:
                let hex = String(u.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(u)
            }
        }
        return out + "\""
    }
}
