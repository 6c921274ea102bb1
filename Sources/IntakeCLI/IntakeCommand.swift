import ArgumentParser
import Foundation
import Gateway
import Logging
import ServiceLifecycle
import Triage

/// `intake`: the gateway's command tree.
public struct IntakeCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "intake",
        abstract: "Turns customer email into routed, prioritized tickets and answers customers on time.",
        subcommands: [
            Run.self, Poll.self, CheckConfig.self, Tickets.self, Customers.self, Store.self, Parse.self, Classify.self,
            Eval.self, Train.self,
        ]
    )

    public init() {}
}

/// Options every command that reads configuration shares.
public struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "Configuration file.")
    public var config: String = "config/intake.yaml"

    @Option(name: .long, help: "Log level: trace, debug, info, notice, warning, error, critical.")
    public var logLevel: Logger.Level = .notice

    public init() {}

    /// Loads the configuration or exits with status 2 and a one-line message.
    func loadConfiguration(requireSecrets: Bool = true) throws -> GatewayConfiguration {
        do {
            var loader = ConfigLoader(path: config)
            loader.requireSecrets = requireSecrets
            var configuration = try loader.load()
            // Crash-safety tests only: make the process kill itself at a named point.
            if let fault = ProcessInfo.processInfo.environment["INTAKE_FAULT"] {
                guard let point = FaultInjection(rawValue: fault) else {
                    printError("INTAKE_FAULT=\(fault) is not a fault point; unset it")
                    throw ExitCode(2)
                }
                configuration.faultInjection = point
            }
            return configuration
        } catch let exit as ExitCode {
            throw exit
        } catch {
            printError("configuration error: \(error)")
            throw ExitCode(2)
        }
    }

    /// Loads the configuration and wires the gateway, or exits with status 2 and a one-line message.
    func startGateway(requireSecrets: Bool = true) async throws -> (GatewayConfiguration, Gateway) {
        let configuration = try loadConfiguration(requireSecrets: requireSecrets)
        do {
            return (configuration, try await Gateway(configuration: configuration, logger: makeLogger()))
        } catch {
            printError("cannot start: \(error)")
            throw ExitCode(2)
        }
    }

    func makeLogger() -> Logger {
        LoggingBootstrap.once(level: logLevel)
        return Logger(label: "intake")
    }
}

extension Logger.Level: @retroactive ExpressibleByArgument {}

enum LoggingBootstrap {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var done = false

    static func once(level: Logger.Level) {
        lock.withLock {
            guard !done else { return }
            done = true
            LoggingSystem.bootstrap { label in
                var handler = StreamLogHandler.standardError(label: label)
                handler.logLevel = level
                return handler
            }
        }
    }
}

/// The bytes of a message file, or of standard input for `-`; prints why and throws `failure` when unreadable.
func readMessageFile(_ file: String, failure: ExitCode) throws -> [UInt8] {
    if file == "-" { return Array(FileHandle.standardInput.readDataToEndOfFile()) }
    guard let data = FileManager.default.contents(atPath: file) else {
        printError("cannot read \(file): no such file or not readable; check the path")
        throw failure
    }
    return Array(data)
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

extension IntakeCommand {
    /// `intake poll --once`: process every new message once, print a line per message, exit.
    public struct Poll: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract: "Poll every mailbox once and send what is due.")

        @OptionGroup public var options: GlobalOptions

        @Flag(name: .long, help: "Poll once and exit (use `intake run` to keep polling).")
        public var once = false

        public init() {}

        public func validate() throws {
            guard once else { throw ValidationError("add --once to poll once; use `intake run` to poll continuously") }
        }

        public func run() async throws {
            let (configuration, gateway) = try await options.startGateway()
            let result = await gateway.pollOnce(onMessage: { print($0.summary) })
            let created = result.reports.filter(\.isNew).count
            let joined = result.reports.filter { $0.kind == .joined }.count
            let stored = result.reports.count - created - joined
            print(
                "polled \(configuration.mailboxes.count) mailbox(es): \(created) new ticket(s), \(joined) added to existing tickets, "
                    + "\(stored) already stored; "
                    + "mail sent \(result.delivery.sent), retrying \(result.delivery.deferred), failed \(result.delivery.failed)"
            )
            for error in result.errors { printError("error: \(error)") }
            if !result.errors.isEmpty { throw ExitCode(1) }
        }
    }

    /// `intake run`: poll every `poll_interval` seconds until SIGTERM or SIGINT.
    public struct Run: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(abstract: "Run the gateway until SIGTERM or SIGINT.")

        @OptionGroup public var options: GlobalOptions

        public init() {}

        public func run() async throws {
            let (configuration, gateway) = try await options.startGateway()
            if let calendar = configuration.triage?.calendar,
                let warning = CheckConfig.calendarWarning(calendar, now: Date())
            {
                gateway.logger.warning("\(warning)")
            }
            let group = ServiceGroup(
                configuration: .init(
                    services: [.init(service: GatewayService(gateway: gateway))],
                    gracefulShutdownSignals: [.sigterm, .sigint],
                    logger: gateway.logger))
            try await group.run()
        }
    }

    /// `intake check-config`: validate the configuration and templates, and say what would run.
    public struct CheckConfig: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(
            commandName: "check-config", abstract: "Check the configuration and templates.")

        @OptionGroup public var options: GlobalOptions

        public init() {}

        public func run() async throws {
            let c = try options.loadConfiguration()
            do {
                let templates = try await TemplateRenderer(directory: c.templatesPath)
                try templates.validate(kinds: ["acknowledgement"])
            } catch {
                printError("configuration error: \(error)")
                throw ExitCode(2)
            }
            print("\(options.config): OK")
            print(
                "  timezone \(c.timeZone.identifier); store \(c.storePath); templates \(c.templatesPath); poll every \(c.pollInterval) s"
            )
            for m in c.mailboxes {
                let tls =
                    m.imap.url.isImplicitTLS ? "TLS" : (m.imap.tls.allowPlaintext ? "plaintext (loopback)" : "STARTTLS")
                print(
                    "  mailbox \(m.name): \(m.imap.url) folder \(m.folder), \(tls), then \(m.afterProcessing.summary)")
            }
            let smtpTLS =
                c.smtp.url.isImplicitTLS ? "TLS" : (c.smtp.tls.allowPlaintext ? "plaintext (loopback)" : "STARTTLS")
            print("  smtp \(c.smtp.url), \(smtpTLS)\(c.smtp.user == nil ? "" : ", AUTH")")
            let hours = { (d: Duration) in String(format: "%.4gh", Double(d.wholeSeconds) / 3600) }
            print(
                "  first response: urgent \(hours(c.serviceLevel.urgent)), normal \(hours(c.serviceLevel.normal)), low \(hours(c.serviceLevel.low))"
            )
            if let t = c.triage {
                let years = t.calendar.coveredYears.sorted().map(String.init).joined(separator: ", ")
                print(
                    "  triage: \(t.rules.categories.count) categories, \(t.staff.members.count) staff "
                        + "(\(t.staff.strategy.rawValue)), holiday calendars for \(years.isEmpty ? "no year" : years)")
                if let m = t.model {
                    print(
                        "  learned model: category, \(m.priority == nil ? "no" : "a") priority and \(m.demands.count) "
                            + "demand models; trained on \(m.trainedOn)")
                } else {
                    print("  learned model: none (the rules alone decide; write one with intake train --out)")
                }
                if let warning = Self.calendarWarning(t.calendar, now: Date()) { print("  warning: \(warning)") }
            } else {
                print("  triage: built-in keyword rules (no rules.yaml beside the configuration, no triage: key)")
            }
        }

        /// A missing holiday file for this year, or for next year in its last 60 days: without it, deadlines in that
        /// year count weekends only.
        public static func calendarWarning(_ calendar: BusinessCalendar, now: Date) -> String? {
            guard !calendar.coveredYears.isEmpty else { return nil }  // weekends only, by choice
            let today = calendar.local(now).day
            let soon = calendar.local(now.addingTimeInterval(60 * 86_400)).day
            for year in Set([today.year, soon.year]).sorted() where !calendar.coveredYears.contains(year) {
                return "no holiday calendar for \(year): deadlines in \(year) count weekends only; add "
                    + "config/holidays/\(year).yaml from the State Council notice (国务院办公厅关于\(year)年部分节假日安排的通知)"
            }
            return nil
        }
    }
}
