import ArgumentParser
import Foundation
import Gateway
import Logging
import Model
import TicketStore

extension IntakeCommand {
    /// `intake store …`: maintenance of the file store.
    public struct Store: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract: "Maintain the ticket store: rebuild its index, archive closed tickets, import mail files.",
            subcommands: [Reindex.self, Archive.self, Import.self])
        public init() {}

        /// `intake store reindex`.
        public struct Reindex: AsyncParsableCommand {
            public static let configuration = CommandConfiguration(
                abstract: "Rebuild the derived index from the ticket files (the files are the truth).")
            @OptionGroup var options: GlobalOptions
            public init() {}

            public func run() async throws {
                let context = try StaffContext(options)
                let start = ContinuousClock.now
                let count = try context.store.reindex()
                let elapsed = (ContinuousClock.now - start).components
                let seconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
                print("indexed \(count) ticket(s) in \(String(format: "%.2f", seconds)) s")
            }
        }

        /// `intake store archive --before DATE`.
        public struct Archive: AsyncParsableCommand {
            public static let configuration = CommandConfiguration(
                abstract: "Move tickets closed before a day to the archive area (still readable; nothing deleted).")
            @OptionGroup var options: GlobalOptions
            @OptionGroup var actor: ActorOption
            @Option(help: "Archive tickets closed before this day (YYYY-MM-DD, configured time zone).")
            var before: String
            public init() {}

            public func run() async throws {
                let context = try StaffContext(options)
                let day = try parseDay(before, in: context.timeZone)
                let moved = try context.store.archive(closedBefore: day, actor: actor.name)
                for n in moved { print("archived \(n)") }
                print("\(moved.count) ticket(s) archived")
            }
        }

        /// `intake store import FILE…`: the gateway's own write path, fed from files instead of IMAP.
        public struct Import: AsyncParsableCommand {
            public static let configuration = CommandConfiguration(
                abstract: "Store .eml files as tickets through the same path as polled mail (threading included).",
                discussion: """
                    Each line `stored NUMBER FILE` is printed only after that ticket is durable. Nothing is
                    acknowledged unless --acknowledge is given (imported mail is usually old).
                    """)
            @OptionGroup var options: GlobalOptions
            @Flag(help: "Queue acknowledgements for the new tickets (sent by the next `intake poll`).")
            var acknowledge = false
            @Argument(help: "Message files (.eml).") var files: [String]
            public init() {}

            public func run() async throws {
                let (_, gateway) = try await options.startGateway(requireSecrets: false)
                var failed = 0
                for (k, file) in files.enumerated() {
                    guard let data = FileManager.default.contents(atPath: file) else {
                        printError("cannot read \(file)")
                        failed += 1
                        continue
                    }
                    let origin = MessageProcessor.Origin(
                        mailbox: "import", folder: "import", uidValidity: 0, uid: UInt32(truncatingIfNeeded: k + 1))
                    do {
                        let outcome = try gateway.processor.process(
                            raw: [UInt8](data), origin: origin, receivedAt: Date(), acknowledge: acknowledge)
                        let verb =
                            switch outcome.kind {
                            case .created: "stored"
                            case .joined: "joined"
                            case .duplicate: "duplicate"
                            }
                        // Unbuffered: the line is out the moment the ticket is durable (the crash test reads it).
                        FileHandle.standardOutput.write(Data("\(verb) \(outcome.ticket.number) \(file)\n".utf8))
                    } catch {
                        printError("\(file): \(error)")
                        failed += 1
                    }
                }
                if failed > 0 { throw ExitCode(1) }
            }
        }
    }
}
