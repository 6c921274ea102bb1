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
    /// Finer type within the category (`logistics`, `account_security`, …), when the rules found one.
    public var subcategory: String?
    /// The staff member who owns the ticket.
    public var assignee: String?
    /// Order numbers the customer gave.
    public var orderIDs: [String]
    /// What the customer wants (`refund`, `repair`, `apology`, …).
    public var demand: [String]
    /// Resolution deadline, when the rules set one.
    public var resolutionDue: Date?
    /// Every inbound message of the ticket, oldest first (the first is `source`).
    public var messages: [MessageRecord]
    /// Attachments saved beside the ticket, under sanitized names.
    public var attachments: [AttachmentRecord]
    /// Last change of any kind.
    public var updatedAt: Date?
    /// When staff first answered, resolved and closed it (for SLA reports).
    public var firstRespondedAt: Date?
    public var resolvedAt: Date?
    public var closedAt: Date?

    public init(
        number: TicketNumber, status: TicketStatus = .new, receivedAt: Date, customer: Customer, subject: String,
        text: String, category: TicketCategory, priority: Priority, language: String, department: String?,
        firstResponseDue: Date, explanations: [String], source: Source, warnings: [String] = [],
        subcategory: String? = nil, assignee: String? = nil, orderIDs: [String] = [], demand: [String] = [],
        resolutionDue: Date? = nil
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
        self.subcategory = subcategory
        self.assignee = assignee
        self.orderIDs = orderIDs
        self.demand = demand
        self.resolutionDue = resolutionDue
        self.messages = [
            MessageRecord(
                file: source.rawFile, messageID: source.messageID, messageKey: source.messageKey,
                receivedAt: receivedAt,
                from: customer.address, subject: subject)
        ]
        self.attachments = []
        self.updatedAt = receivedAt
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        number = try c.decode(TicketNumber.self, forKey: .number)
        status = try c.decode(TicketStatus.self, forKey: .status)
        receivedAt = try c.decode(Date.self, forKey: .receivedAt)
        customer = try c.decode(Customer.self, forKey: .customer)
        subject = try c.decode(String.self, forKey: .subject)
        text = try c.decode(String.self, forKey: .text)
        category = try c.decode(TicketCategory.self, forKey: .category)
        priority = try c.decode(Priority.self, forKey: .priority)
        language = try c.decode(String.self, forKey: .language)
        department = try c.decodeIfPresent(String.self, forKey: .department)
        firstResponseDue = try c.decode(Date.self, forKey: .firstResponseDue)
        explanations = try c.decodeIfPresent([String].self, forKey: .explanations) ?? []
        source = try c.decode(Source.self, forKey: .source)
        warnings = try c.decodeIfPresent([String].self, forKey: .warnings) ?? []
        subcategory = try c.decodeIfPresent(String.self, forKey: .subcategory)
        assignee = try c.decodeIfPresent(String.self, forKey: .assignee)
        orderIDs = try c.decodeIfPresent([String].self, forKey: .orderIDs) ?? []
        demand = try c.decodeIfPresent([String].self, forKey: .demand) ?? []
        resolutionDue = try c.decodeIfPresent(Date.self, forKey: .resolutionDue)
        messages = try c.decodeIfPresent([MessageRecord].self, forKey: .messages) ?? []
        attachments = try c.decodeIfPresent([AttachmentRecord].self, forKey: .attachments) ?? []
        updatedAt = try c.decodeIfPresent(Date.self, forKey: .updatedAt)
        firstRespondedAt = try c.decodeIfPresent(Date.self, forKey: .firstRespondedAt)
        resolvedAt = try c.decodeIfPresent(Date.self, forKey: .resolvedAt)
        closedAt = try c.decodeIfPresent(Date.self, forKey: .closedAt)
    }

    /// One inbound message of the ticket, kept as a raw `.eml` file in the ticket folder.
    public struct MessageRecord: Sendable, Codable, Equatable {
        /// File name in the ticket folder (`message-2.eml`).
        public var file: String
        public var messageID: String?
        public var messageKey: String
        public var receivedAt: Date
        public var from: String
        public var subject: String
        public init(
            file: String, messageID: String?, messageKey: String, receivedAt: Date, from: String, subject: String
        ) {
            self.file = file
            self.messageID = messageID
            self.messageKey = messageKey
            self.receivedAt = receivedAt
            self.from = from
            self.subject = subject
        }
    }

    /// An attachment saved in the ticket's `attachments/` folder.
    public struct AttachmentRecord: Sendable, Codable, Equatable {
        /// The sanitized file name on disk, relative to `attachments/`.
        public var file: String
        /// The name the sender gave, for display only (never used as a path).
        public var originalName: String?
        public var contentType: String
        public var size: Int
        public var sha256: String
        /// The message it came with (`message-1.eml`).
        public var message: String
        public init(
            file: String, originalName: String?, contentType: String, size: Int, sha256: String, message: String
        ) {
            self.file = file
            self.originalName = originalName
            self.contentType = contentType
            self.size = size
            self.sha256 = sha256
            self.message = message
        }
    }

    /// Who wrote in.
    public struct Customer: Sendable, Codable, Equatable {
        public var name: String?
        public var address: String
        /// The customer's phone as digits, when they gave one.
        public var phone: String?
        /// The company's own customer number (`C20240501001`), when given.
        public var customerID: String?
        public init(name: String?, address: String, phone: String? = nil, customerID: String? = nil) {
            self.name = name
            self.address = address
            self.phone = phone
            self.customerID = customerID
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
