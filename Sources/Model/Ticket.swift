import Foundation

/// The ticket document: what a ticket file on disk holds. Readable JSON; the raw message is kept beside it.
public struct Ticket: Sendable, Codable, Equatable {
    public var number: TicketNumber
    public var status: TicketStatus
    /// When the gateway received the message (the SLA clock starts here).
    public var receivedAt: Date
    public var customer: Customer
    public var subject: String
    /// The customer's text (plain text body, or HTML rendered as text).
    public var text: String
    public var category: TicketCategory
    public var priority: Priority
    /// `zh-Hans`, `zh-Hant` or `en`: the language replies are written in.
    public var language: String
    /// Where the rules sent the ticket.
    public var department: String?
    /// First-response deadline.
    public var firstResponseDue: Date
    /// Why the rules decided what they did, for a supervisor to read.
    public var explanations: [String]
    /// The message the ticket came from.
    public var source: Source
    /// Parser warnings about the message (malformed MIME and the like).
    public var warnings: [String]

    public init(
        number: TicketNumber, status: TicketStatus = .new, receivedAt: Date, customer: Customer, subject: String,
        text: String, category: TicketCategory, priority: Priority, language: String, department: String?,
        firstResponseDue: Date, explanations: [String], source: Source, warnings: [String] = []
    ) {
        self.number = number
        self.status = status
        self.receivedAt = receivedAt
        self.customer = customer
        self.subject = subject
        self.text = text
        self.category = category
        self.priority = priority
        self.language = language
        self.department = department
        self.firstResponseDue = firstResponseDue
        self.explanations = explanations
        self.source = source
        self.warnings = warnings
    }

    /// Who wrote in.
    public struct Customer: Sendable, Codable, Equatable {
        public var name: String?
        public var address: String
        public init(name: String?, address: String) {
            self.name = name
            self.address = address
        }
    }

    /// Where the message came from: mailbox, IMAP identity and Message-ID.
    public struct Source: Sendable, Codable, Equatable {
        /// The configured mailbox name.
        public var mailbox: String
        public var folder: String
        public var uidValidity: UInt32
        public var uid: UInt32
        /// The Message-ID without angle brackets, if the message had one.
        public var messageID: String?
        /// The key the gateway deduplicates on: the Message-ID, or `sha256:` of the raw bytes.
        public var messageKey: String
        /// The raw message file, relative to the ticket folder.
        public var rawFile: String

        public init(
            mailbox: String, folder: String, uidValidity: UInt32, uid: UInt32, messageID: String?, messageKey: String,
            rawFile: String
        ) {
            self.mailbox = mailbox
            self.folder = folder
            self.uidValidity = uidValidity
            self.uid = uid
            self.messageID = messageID
            self.messageKey = messageKey
            self.rawFile = rawFile
        }
    }
}
