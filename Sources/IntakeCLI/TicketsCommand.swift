import ArgumentParser
import Foundation
import Gateway
import Model
import TicketStore

/// Exit codes a script can rely on (besides 0 success, 1 failure, 2 configuration or usage error).
enum StaffExit {
    /// No ticket (or customer) by that identifier.
    static let notFound = ExitCode(3)
    /// The change is not allowed (an illegal status transition).
    static let notAllowed = ExitCode(4)
}

/// Options of commands that print personal data.
struct OutputOptions: ParsableArguments {
    @Flag(name: .long, help: "Print JSON instead of a table.")
    var json = false

    @Flag(name: .long, help: "Print CSV instead of a table.")
    var csv = false

    @Flag(name: .long, help: "Show names, addresses and phone numbers unmasked.")
    var reveal = false

    func validate() throws {
        if json && csv { throw ValidationError("choose one of --json and --csv") }
    }
}

/// The store and time zone named by the configuration, for the staff commands (no secrets needed).
struct StaffContext {
    let store: TicketStore
    let timeZone: TimeZone

    init(_ options: GlobalOptions) throws {
        let configuration = try options.loadConfiguration(requireSecrets: false)
        do {
            store = try TicketStore(root: configuration.storePath)
        } catch {
            printError("cannot open the store at \(configuration.storePath): \(error)")
            throw ExitCode(1)
        }
        timeZone = configuration.timeZone
    }

    func number(_ text: String) throws -> TicketNumber {
        guard let n = TicketNumber(text.hasPrefix("#") ? String(text.dropFirst()) : text) else {
            printError("\(text) is not a ticket number; write it as YYYYMM-NNN, e.g. 202405-001")
            throw ExitCode(2)
        }
        return n
    }

    func ticket(_ text: String) throws -> Ticket {
        let n = try number(text)
        guard let t = try store.ticket(n) else {
            printError("no ticket \(n)")
            throw StaffExit.notFound
        }
        return t
    }

    func local(_ date: Date?) -> String { date.map { LocalTime.format($0, in: timeZone) } ?? "" }

    /// Prints tickets as a table, CSV or JSON lines.
    func printList(_ tickets: [Ticket], _ output: OutputOptions, now: Date = Date()) throws {
        if output.json {
            print(try jsonString(tickets.map { TicketSummary($0, reveal: output.reveal, now: now) }))
            return
        }
        var table = TextTable([
            "number", "status", "priority", "category", "department", "assignee", "customer", "due", "subject",
        ])
        let iso = ISO8601DateFormatter()
        for t in tickets {
            let s = TicketSummary(t, reveal: output.reveal, now: now)
            table.add([
                s.number, s.status, s.priority, s.category, s.department ?? "-", s.assignee ?? "-", s.customer,
                output.csv
                    ? iso.string(from: t.firstResponseDue)
                    : local(t.firstResponseDue)
                        + (s.overdue ? " OVERDUE" : ""), s.subject,
            ])
        }
        if output.csv {
            print(table.csv(), terminator: "")
        } else {
            print(table.render())
            print("\(tickets.count) ticket(s)")
        }
    }
}

/// A ticket as one listing row (masked unless revealed).
struct TicketSummary: Encodable {
    var number: String
    var status: String
    var priority: String
    var category: String
    var subcategory: String?
    var department: String?
    var assignee: String?
    var customer: String
    var customerEmail: String
    var customerPhone: String?
    var subject: String
    var receivedAt: Date
    var firstResponseDue: Date
    var overdue: Bool

    init(_ t: Ticket, reveal: Bool, now: Date) {
        number = t.number.description
        status = t.status.rawValue
        priority = t.priority.rawValue
        category = t.category.rawValue
        subcategory = t.subcategory
        department = t.department
        assignee = t.assignee
        let name = t.customer.name.flatMap { $0.isEmpty ? nil : $0 }
        customerEmail = reveal ? t.customer.address : Masking.email(t.customer.address)
        customerPhone = t.customer.phone.map { reveal ? $0 : Masking.phone($0) }
        customer = name.map { reveal ? $0 : Masking.name($0) } ?? customerEmail
        subject = t.subject
        receivedAt = t.receivedAt
        firstResponseDue = t.firstResponseDue
        overdue =
            t.firstRespondedAt == nil && ![.resolved, .closed].contains(t.status) && t.firstResponseDue < now
    }
}

func jsonString(_ value: some Encodable) throws -> String {
    let e = JSONEncoder()
    e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    e.dateEncodingStrategy = .iso8601
    e.keyEncodingStrategy = .convertToSnakeCase
    return String(decoding: try e.encode(value), as: UTF8.self)
}

/// Who is making a change: `--as NAME`, else `$INTAKE_STAFF`, else the login name.
struct ActorOption: ParsableArguments {
    @Option(name: .customLong("as"), help: "Your name as recorded in the history (default: $INTAKE_STAFF or $USER).")
    var actor: String?

    var name: String {
        let env = ProcessInfo.processInfo.environment
        return actor ?? env["INTAKE_STAFF"] ?? env["USER"] ?? "staff"
    }
}

extension IntakeCommand {
    /// `intake tickets …`: work tickets.
    public struct Tickets: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract: "List, show, assign, change and search tickets.",
            subcommands: [List.self, Show.self, Assign.self, Status.self, Note.self, Search.self])
        public init() {}

        /// `intake tickets list`.
        public struct List: AsyncParsableCommand {
            public static let configuration = CommandConfiguration(abstract: "List tickets, oldest first.")
            @OptionGroup var options: GlobalOptions
            @OptionGroup var output: OutputOptions
            @Option(help: "Only these statuses (comma separated: new,assigned,in_progress,…).") var status: String?
            @Option(help: "Only this priority: urgent, normal or low.") var priority: Priority?
            @Option(help: "Only this department.") var department: String?
            @Option(help: "Only this assignee.") var assignee: String?
            @Flag(help: "Only tickets past their first-response deadline without a response.") var overdue = false
            @Option(help: "Only this customer's tickets (email address or phone number).") var customer: String?
            @Option(help: "Only tickets received on or after this day (YYYY-MM-DD, configured time zone).")
            var since: String?
            @Flag(help: "Include archived tickets.") var archived = false
            @Option(help: "At most this many tickets, oldest first (0: all).") var limit: Int = 100
            public init() {}

            public func validate() throws {
                if let status {
                    for s in status.split(separator: ",") where TicketStatus(rawValue: String(s)) == nil {
                        throw ValidationError(
                            "unknown status \(s); use one of "
                                + TicketStatus.allCases.map(\.rawValue).joined(separator: ", "))
                    }
                }
            }

            public func run() async throws {
                let context = try StaffContext(options)
                var filter = TicketIndex.Filter()
                filter.status = (status ?? "").split(separator: ",").compactMap { TicketStatus(rawValue: String($0)) }
                filter.priority = priority
                filter.department = department
                filter.assignee = assignee
                filter.customer = customer
                filter.includeArchived = archived
                filter.limit = limit > 0 ? limit : nil
                if overdue { filter.overdueAt = Date() }
                if let since { filter.since = try parseDay(since, in: context.timeZone) }
                let tickets = try context.store.index.list(filter).compactMap { try context.store.ticket($0) }
                try context.printList(tickets, output)
                if !output.json && !output.csv && limit > 0 && tickets.count == limit {
                    let total = try context.store.index.count(filter)
                    if total > limit { print("showing the first \(limit) of \(total); use --limit N (0: all)") }
                }
            }
        }

        /// `intake tickets show ID`.
        public struct Show: AsyncParsableCommand {
            public static let configuration = CommandConfiguration(
                abstract: "Show a ticket with its history and messages.")
            @OptionGroup var options: GlobalOptions
            @Argument(help: "Ticket number, e.g. 202405-001.") var id: String
            @Flag(help: "Print JSON.") var json = false
            @Flag(help: "Show names, addresses and phone numbers unmasked.") var reveal = false
            public init() {}

            public func run() async throws {
                let context = try StaffContext(options)
                let t = try context.ticket(id)
                let events = try context.store.events(t.number)
                if json {
                    struct Detail: Encodable {
                        var ticket: TicketSummary
                        var text: String
                        var explanations: [String]
                        var messages: [Ticket.MessageRecord]
                        var attachments: [Ticket.AttachmentRecord]
                        var events: [TicketEvent]
                        var directory: String
                    }
                    var messages = t.messages
                    if !reveal { for i in messages.indices { messages[i].from = Masking.email(messages[i].from) } }
                    print(
                        try jsonString(
                            Detail(
                                ticket: TicketSummary(t, reveal: reveal, now: Date()), text: t.text,
                                explanations: t.explanations, messages: messages, attachments: t.attachments,
                                events: events, directory: context.store.ticketDirectory(t.number))))
                    return
                }
                let s = TicketSummary(t, reveal: reveal, now: Date())
                print("\(t.number)  \(t.subject)")
                print("  status      \(t.status.rawValue)   priority \(t.priority.rawValue)")
                print("  category    \(t.category.rawValue)\(t.subcategory.map { " / \($0)" } ?? "")")
                print("  department  \(t.department ?? "-")   assignee \(t.assignee ?? "-")")
                print("  customer    \(s.customer) <\(s.customerEmail)>\(s.customerPhone.map { "  \($0)" } ?? "")")
                if !t.orderIDs.isEmpty { print("  orders      \(t.orderIDs.joined(separator: ", "))") }
                print("  received    \(context.local(t.receivedAt))")
                print("  due         \(context.local(t.firstResponseDue))\(s.overdue ? "  OVERDUE" : "")")
                if !t.explanations.isEmpty {
                    print("  why")
                    for e in t.explanations { print("    - \(e)") }
                }
                print("\nmessages")
                for m in t.messages {
                    print(
                        "  \(m.file)  \(context.local(m.receivedAt))  \(reveal ? m.from : Masking.email(m.from))  \(m.subject)"
                    )
                }
                for a in t.attachments { print("  attachments/\(a.file)  \(a.contentType)  \(a.size) bytes") }
                print("\nhistory")
                for e in events {
                    let detail = e.detail.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(
                        separator: " ")
                    print("  \(context.local(e.at))  \(e.actor)  \(e.kind)  \(detail)")
                }
                print(
                    "\ntext\n"
                        + t.text.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }
                        .joined(separator: "\n"))
            }
        }

        /// `intake tickets assign ID STAFF`.
        public struct Assign: AsyncParsableCommand {
            public static let configuration = CommandConfiguration(abstract: "Give a ticket to a staff member.")
            @OptionGroup var options: GlobalOptions
            @OptionGroup var actor: ActorOption
            @Argument(help: "Ticket number.") var id: String
            @Argument(help: "Staff member.") var staff: String
            public init() {}

            public func run() async throws {
                let context = try StaffContext(options)
                let n = try context.number(id)
                let t = try change { () throws(TicketStore.ChangeError) in
                    try context.store.assign(n, to: staff, actor: actor.name)
                }
                print("\(t.number) assigned to \(staff) (\(t.status.rawValue))")
            }
        }

        /// `intake tickets status ID STATUS [--note TEXT]`.
        public struct Status: AsyncParsableCommand {
            public static let configuration = CommandConfiguration(
                abstract: "Move a ticket to another status (new → assigned → in_progress → resolved → closed).")
            @OptionGroup var options: GlobalOptions
            @OptionGroup var actor: ActorOption
            @Argument(help: "Ticket number.") var id: String
            @Argument(help: "New status: assigned, in_progress, waiting_customer, resolved, closed, reopened.")
            var status: String
            @Option(help: "Why, recorded in the history.") var note: String?
            public init() {}

            public func validate() throws {
                guard TicketStatus(rawValue: status) != nil else {
                    throw ValidationError(
                        "unknown status \(status); use one of "
                            + TicketStatus.allCases.map(\.rawValue).joined(separator: ", "))
                }
            }

            public func run() async throws {
                let context = try StaffContext(options)
                let n = try context.number(id)
                let target = TicketStatus(rawValue: status)!
                let t = try change { () throws(TicketStore.ChangeError) in
                    try context.store.setStatus(n, to: target, actor: actor.name, note: note)
                }
                print("\(t.number) is now \(t.status.rawValue)")
            }
        }

        /// `intake tickets note ID TEXT`.
        public struct Note: AsyncParsableCommand {
            public static let configuration = CommandConfiguration(abstract: "Add an internal note to a ticket.")
            @OptionGroup var options: GlobalOptions
            @OptionGroup var actor: ActorOption
            @Argument(help: "Ticket number.") var id: String
            @Argument(help: "The note.") var text: String
            public init() {}

            public func run() async throws {
                let context = try StaffContext(options)
                let n = try context.number(id)
                try change { () throws(TicketStore.ChangeError) in
                    try context.store.addNote(n, text: text, actor: actor.name)
                }
                print("note added to \(n)")
            }
        }

        /// `intake tickets search TEXT`.
        public struct Search: AsyncParsableCommand {
            public static let configuration = CommandConfiguration(
                abstract: "Find tickets whose subject or text contains every word (Chinese included).")
            @OptionGroup var options: GlobalOptions
            @OptionGroup var output: OutputOptions
            @Argument(help: "Words to find.") var text: [String]
            @Option(help: "At most this many tickets, newest first.") var limit: Int = 50
            public init() {}

            public func run() async throws {
                let context = try StaffContext(options)
                let numbers = try context.store.index.search(text.joined(separator: " "), limit: limit)
                try context.printList(numbers.compactMap { try context.store.ticket($0) }, output)
            }
        }
    }

    /// `intake customers show EMAIL|PHONE`.
    public struct Customers: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract: "A customer's history.", subcommands: [Show.self])
        public init() {}

        public struct Show: AsyncParsableCommand {
            public static let configuration = CommandConfiguration(
                abstract: "Every ticket of a customer, by email address or phone number, archived ones included.")
            @OptionGroup var options: GlobalOptions
            @OptionGroup var output: OutputOptions
            @Argument(help: "Email address or phone number.") var customer: String
            public init() {}

            public func run() async throws {
                let context = try StaffContext(options)
                var filter = TicketIndex.Filter()
                filter.customer = customer
                filter.includeArchived = true
                let tickets = try context.store.index.list(filter).compactMap { try context.store.ticket($0) }
                guard !tickets.isEmpty else {
                    printError("no tickets for that customer")
                    throw StaffExit.notFound
                }
                if !output.json && !output.csv {
                    let open = tickets.filter { ![.resolved, .closed].contains($0.status) }.count
                    let last = tickets.map(\.receivedAt).max()
                    print(
                        "\(tickets.count) ticket(s), \(open) open; last contact \(context.local(last))")
                }
                try context.printList(tickets, output)
            }
        }
    }
}

/// Runs a store change, turning its error into a message and an exit code.
@discardableResult
func change<T>(_ body: () throws(TicketStore.ChangeError) -> T) throws -> T {
    do {
        return try body()
    } catch {
        printError(error.description)
        switch error {
        case .unknownTicket: throw StaffExit.notFound
        case .illegalTransition: throw StaffExit.notAllowed
        case .store: throw ExitCode(1)
        }
    }
}

/// `YYYY-MM-DD` as the start of that day in `zone`.
func parseDay(_ text: String, in zone: TimeZone) throws -> Date {
    let parts = text.split(separator: "-").compactMap { Int($0) }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = zone
    guard parts.count == 3,
        let date = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2]))
    else {
        printError("\(text) is not a day; write it as YYYY-MM-DD")
        throw ExitCode(2)
    }
    return date
}

extension Priority: ExpressibleByArgument {}
