import Foundation
import Model
import Transport
import Triage

/// Everything the gateway needs, already validated. The CLI builds it from the YAML file and the environment.
public struct GatewayConfiguration: Sendable {
    /// Decides the month in ticket numbers and every deadline.
    public var timeZone: TimeZone
    /// The support mailbox's address: sender of acknowledgements, and never auto-replied to.
    public var supportAddress: String
    /// The name acknowledgements are signed with.
    public var supportName: String
    public var storePath: String
    public var templatesPath: String
    /// Seconds between polls in `intake run`.
    public var pollInterval: Int
    public var mailboxes: [MailboxConfiguration]
    public var smtp: SMTPConfiguration
    public var serviceLevel: ServiceLevel
    /// Outgoing mail attempts before an entry is moved to `failed/`.
    public var outboxMaxAttempts: Int
    /// Seconds before the first retry; doubled each attempt, at most one hour.
    public var outboxRetryBase: Int
    /// A customer's reply to a ticket closed longer ago than this starts a new ticket that names the old one;
    /// a reply to a ticket closed more recently (or resolved) reopens it.
    public var reopenWithinDays: Int = 30
    /// A message from a ticket's customer naming the same order number joins that open ticket when it was
    /// active within this many days (0 turns the fallback off).
    public var matchOrderWithinDays: Int = 7
    /// Rules, staff, service levels and calendar for triage; `nil` falls back to the built-in keyword rules.
    public var triage: TriageConfiguration?
    /// Crash points for the crash-safety tests (set only from `INTAKE_FAULT`); `nil` in normal operation.
    public var faultInjection: FaultInjection?

    public init(
        timeZone: TimeZone, supportAddress: String, supportName: String, storePath: String, templatesPath: String,
        pollInterval: Int, mailboxes: [MailboxConfiguration], smtp: SMTPConfiguration,
        serviceLevel: ServiceLevel = ServiceLevel(),
        outboxMaxAttempts: Int = 8, outboxRetryBase: Int = 60
    ) {
        self.timeZone = timeZone
        self.supportAddress = supportAddress
        self.supportName = supportName
        self.storePath = storePath
        self.templatesPath = templatesPath
        self.pollInterval = pollInterval
        self.mailboxes = mailboxes
        self.smtp = smtp
        self.serviceLevel = serviceLevel
        self.outboxMaxAttempts = outboxMaxAttempts
        self.outboxRetryBase = outboxRetryBase
    }

    /// The domain used in generated Message-IDs: the support address's.
    public var messageIDDomain: String {
        supportAddress.split(separator: "@").last.map(String.init) ?? "intake.invalid"
    }
}

/// Where a test may make the process kill itself, to prove that a crash there loses and duplicates nothing.
public enum FaultInjection: String, Sendable {
    /// After the first new ticket and its acknowledgement are durable, before the server flag is set.
    case killBeforeFlag = "kill-before-flag"
    /// After the flag and checkpoint, before any acknowledgement is sent.
    case killBeforeSend = "kill-before-send"
}

/// One mailbox to poll.
public struct MailboxConfiguration: Sendable {
    /// What to do with a message on the server once its ticket is durably stored.
    public enum AfterProcessing: Sendable, Equatable {
        /// Set `\Seen` and leave it in place.
        case markSeen
        /// Move it to this folder.
        case move(String)

        /// `mark \Seen` or `move to FOLDER`, for people.
        public var summary: String {
            switch self {
            case .markSeen: "mark \\Seen"
            case .move(let folder): "move to \(folder)"
            }
        }
    }

    /// A short name for logs, checkpoints and ticket sources.
    public var name: String
    public var imap: IMAPConfiguration
    public var folder: String
    public var afterProcessing: AfterProcessing
    /// Messages fetched per round trip.
    public var fetchBatch: Int

    public init(
        name: String, imap: IMAPConfiguration, folder: String = "INBOX", afterProcessing: AfterProcessing = .markSeen,
        fetchBatch: Int = 20
    ) {
        self.name = name
        self.imap = imap
        self.folder = folder
        self.afterProcessing = afterProcessing
        self.fetchBatch = fetchBatch
    }
}
