import CCurl
import Logging

/// How to reach and log in to an IMAP server.
public struct IMAPConfiguration: Sendable {
    /// `imaps://host[:port]` (implicit TLS) or `imap://host[:port]` (STARTTLS required unless plaintext is allowed).
    public var url: ServerURL
    public var user: String
    public var password: String
    public var tls: TLSPolicy
    /// Seconds to wait for the connection and login.
    public var connectTimeout: Int
    /// Seconds to wait for any answer once connected.
    public var responseTimeout: Int
    /// Command tag prefix; random per session unless a test fixes it to prove that guessable tags do no harm.
    public var tagPrefix: String?

    public init(
        url: ServerURL, user: String, password: String, tls: TLSPolicy = TLSPolicy(), connectTimeout: Int = 30,
        responseTimeout: Int = 120,
        tagPrefix: String? = nil
    ) {
        self.url = url
        self.user = user
        self.password = password
        self.tls = tls
        self.connectTimeout = connectTimeout
        self.responseTimeout = responseTimeout
        self.tagPrefix = tagPrefix
    }
}

/// What `SELECT` tells about a mailbox (RFC 3501 §6.3.1).
public struct MailboxStatus: Sendable, Equatable {
    public var uidValidity: UInt32
    public var uidNext: UInt32?
    public var exists: Int
}

/// A message fetched by UID.
public struct FetchedMessage: Sendable {
    public var uid: UInt32
    public var bytes: [UInt8]
}

/// An IMAP session (RFC 3501 / RFC 9051). libcurl opens the connection — TCP, TLS or STARTTLS, certificate
/// checks, login — with `CURLOPT_CONNECT_ONLY`; the client then speaks the protocol itself over
/// `curl_easy_send`/`curl_easy_recv`, reading responses with the literal-aware `IMAPResponseReader`.
///
/// Every blocking call runs on the actor's own dispatch queue, never on the cooperative thread pool.
public actor IMAPClient {
    private let executor: BlockingExecutor
    public nonisolated var unownedExecutor: UnownedSerialExecutor { executor.asUnownedSerialExecutor() }

    private let configuration: IMAPConfiguration
    private let logger: Logger
    private var easy: CurlEasy?
    private var reader = IMAPResponseReader()
    private var tagCounter = 0
    private let tagPrefix: String
    private var receiveBuffer = [UInt8](repeating: 0, count: 256 * 1024)
    /// Capabilities announced after login.
    public private(set) var capabilities: Set<String> = []
    /// The selected mailbox, if any.
    public private(set) var selected: String?

    private init(configuration: IMAPConfiguration, logger: Logger) {
        self.configuration = configuration
        self.logger = logger
        self.executor = BlockingExecutor(label: "intake.imap")
        // Random tag prefix: tags are not guessable from outside the session.
        let letters = Array("ABCDEFGHJKLMNPQRSTUVWXYZ")
        self.tagPrefix = configuration.tagPrefix ?? String((0..<3).map { _ in letters.randomElement()! })
    }

    /// Connects and logs in.
    public static func connect(
        _ configuration: IMAPConfiguration, logger: Logger
    ) async throws(TransportError) -> IMAPClient {
        let client = IMAPClient(configuration: configuration, logger: logger)
        try await client.open()
        return client
    }

    private func open() throws(TransportError) {
        let easy = try CurlEasy()
        let url = configuration.url
        try easy.set(CURLOPT_URL, url.description + "/")
        try easy.set(CURLOPT_CONNECT_ONLY, 1)
        try easy.set(CURLOPT_CONNECTTIMEOUT, configuration.connectTimeout)
        try easy.set(CURLOPT_USERNAME, configuration.user)
        try easy.set(CURLOPT_PASSWORD, configuration.password)
        try easy.applyTLS(configuration.tls, url: url)
        try easy.perform()
        self.easy = easy
        logger.debug("imap connected", metadata: ["imap.server": "\(url)"])
        let (untagged, _) = try command("CAPABILITY")
        for response in untagged {
            guard let values = try? response.values(), values.first?.atom?.uppercased() == "CAPABILITY" else {
                continue
            }
            capabilities = Set(values.dropFirst().compactMap { $0.atom?.uppercased() })
        }
    }

    /// Selects a mailbox read-write and reports UIDVALIDITY, UIDNEXT and EXISTS.
    public func select(_ mailbox: String) throws(TransportError) -> MailboxStatus {
        let (untagged, tagged) = try command("SELECT " + Self.quote(mailbox))
        var validity: UInt32?
        var uidNext: UInt32?
        var exists = 0
        for r in untagged + [tagged] {
            if let status = r.status, let code = status.code {
                let parts = code.split(separator: " ")
                if parts.first?.uppercased() == "UIDVALIDITY", parts.count > 1 { validity = UInt32(parts[1]) }
                if parts.first?.uppercased() == "UIDNEXT", parts.count > 1 { uidNext = UInt32(parts[1]) }
            } else if let values = try? r.values(), values.count >= 2, let n = values[0].number,
                values[1].atom?.uppercased() == "EXISTS"
            {
                exists = Int(n)
            }
        }
        guard let validity else { throw TransportError(.protocolError, "SELECT gave no UIDVALIDITY") }
        selected = mailbox
        return MailboxStatus(uidValidity: validity, uidNext: uidNext, exists: exists)
    }

    /// UIDs in the selected mailbox greater than `uid`, ascending.
    public func uids(after uid: UInt32) throws(TransportError) -> [UInt32] {
        // "n:*" always includes the highest UID even when it is below n (RFC 3501 §6.4.8): filter here.
        let (untagged, _) = try command("UID SEARCH UID \(uid &+ 1):*")
        var result: [UInt32] = []
        for r in untagged {
            guard let values = try? r.values(), values.first?.atom?.uppercased() == "SEARCH" else { continue }
            for v in values.dropFirst() {
                if let n = v.number, n > uid, n <= UInt64(UInt32.max) { result.append(UInt32(n)) }
            }
        }
        return result.sorted()
    }

    /// Fetches whole messages by UID without setting `\Seen` (`BODY.PEEK[]`). Messages expunged meanwhile are
    /// simply absent from the result.
    public func fetch(uids: [UInt32]) throws(TransportError) -> [FetchedMessage] {
        guard !uids.isEmpty else { return [] }
        let set = uids.map(String.init).joined(separator: ",")
        let (untagged, _) = try command("UID FETCH \(set) (UID BODY.PEEK[])")
        var messages: [FetchedMessage] = []
        for r in untagged {
            let values: [IMAPValue]
            do { values = try r.values() } catch {
                throw TransportError(.protocolError, "unreadable FETCH response: \(error)")
            }
            guard values.count >= 3, values[1].atom?.uppercased() == "FETCH", case .list(let items) = values[2] else {
                continue
            }
            var uid: UInt32?
            var body: [UInt8]?
            var k = 0
            while k + 1 < items.count {
                let key = items[k].atom?.uppercased() ?? ""
                if key == "UID", let n = items[k + 1].number { uid = UInt32(truncatingIfNeeded: n) }
                if key == "BODY[]" { body = items[k + 1].bytes ?? [] }
                k += 2
            }
            if let uid, let body, uids.contains(uid) { messages.append(FetchedMessage(uid: uid, bytes: body)) }
        }
        return messages
    }

    /// Marks messages `\Seen`.
    public func markSeen(uids: [UInt32]) throws(TransportError) {
        guard !uids.isEmpty else { return }
        _ = try command("UID STORE \(uids.map(String.init).joined(separator: ",")) +FLAGS.SILENT (\\Seen)")
    }

    /// Moves messages to another mailbox: `UID MOVE` (RFC 6851) when offered, else COPY, `\Deleted` and
    /// `UID EXPUNGE` (RFC 4315) of just those UIDs.
    public func move(uids: [UInt32], to mailbox: String) throws(TransportError) {
        guard !uids.isEmpty else { return }
        let set = uids.map(String.init).joined(separator: ",")
        if capabilities.contains("MOVE") {
            _ = try command("UID MOVE \(set) \(Self.quote(mailbox))")
        } else {
            _ = try command("UID COPY \(set) \(Self.quote(mailbox))")
            _ = try command("UID STORE \(set) +FLAGS.SILENT (\\Seen \\Deleted)")
            if capabilities.contains("UIDPLUS") { _ = try command("UID EXPUNGE \(set)") }
        }
    }

    /// `NOOP`: keeps the session alive and collects updates.
    public func noop() throws(TransportError) { _ = try command("NOOP") }

    /// Logs out and closes the connection; errors are ignored (the session is over either way).
    public func logout() {
        if easy != nil { _ = try? command("LOGOUT") }
        easy = nil
    }

    // MARK: - Protocol

    /// Sends one tagged command and reads until its tagged answer. NO and BAD become `.rejected` errors.
    @discardableResult
    public func command(_ text: String) throws(TransportError) -> (untagged: [IMAPResponse], tagged: IMAPResponse) {
        guard easy != nil else { throw TransportError(.connectionLost, "not connected") }
        precondition(!text.utf8.contains(13) && !text.utf8.contains(10), "IMAP command with a line break")
        tagCounter += 1
        let tag = tagPrefix + String(tagCounter)
        let verb = text.prefix { $0 != " " }
        try send(Array((tag + " " + text + "\r\n").utf8))
        var untagged: [IMAPResponse] = []
        while true {
            let response = try receive()
            switch response.kind {
            case .tagged(let t) where t == tag:
                guard let status = response.status else {
                    throw TransportError(.protocolError, "unreadable answer to \(verb): \(response.summary)")
                }
                if status.word != "OK" {
                    throw TransportError(.rejected, "\(verb) answered \(status.word): \(status.text)")
                }
                return (untagged, response)
            case .tagged(let other):
                throw TransportError(.protocolError, "answer with unknown tag \(other) while waiting for \(tag)")
            case .continuation:
                throw TransportError(.protocolError, "unexpected continuation request during \(verb)")
            case .untagged:
                if let status = response.status, status.word == "BYE", verb.uppercased() != "LOGOUT" {
                    logger.info("imap server is closing the session", metadata: ["imap.text": "\(status.text)"])
                }
                untagged.append(response)
            }
        }
    }

    private func send(_ bytes: [UInt8]) throws(TransportError) {
        guard let easy else { throw TransportError(.connectionLost, "not connected") }
        var offset = 0
        while offset < bytes.count {
            var sent = 0
            let rc = bytes.withUnsafeBytes { p in
                curl_easy_send(easy.handle, p.baseAddress! + offset, bytes.count - offset, &sent)
            }
            if rc == CURLE_AGAIN {
                try wait(forWrite: true)
                continue
            }
            try easy.check(rc, "sending to the IMAP server")
            offset += sent
        }
    }

    private func receive() throws(TransportError) -> IMAPResponse {
        guard let easy else { throw TransportError(.connectionLost, "not connected") }
        while true {
            do {
                if let r = try reader.next() { return r }
            } catch {
                self.easy = nil
                throw TransportError(.protocolError, error.description)
            }
            var received = 0
            let capacity = receiveBuffer.count
            let rc = receiveBuffer.withUnsafeMutableBytes { p in
                curl_easy_recv(easy.handle, p.baseAddress!, capacity, &received)
            }
            if rc == CURLE_AGAIN {
                try wait(forWrite: false)
                continue
            }
            try easy.check(rc, "receiving from the IMAP server")
            if received == 0 {
                self.easy = nil
                throw TransportError(.connectionLost, "the IMAP server closed the connection")
            }
            reader.feed(receiveBuffer[0..<received])
        }
    }

    private func wait(forWrite: Bool) throws(TransportError) {
        guard let socket = easy?.activeSocket else { throw TransportError(.connectionLost, "no socket") }
        let rc = ccurl_wait_socket(socket, forWrite ? 1 : 0, Int32(configuration.responseTimeout * 1000))
        if rc == 0 {
            throw TransportError(.timeout, "no answer from the IMAP server in \(configuration.responseTimeout) s")
        }
        if rc < 0 { throw TransportError(.connectionLost, "poll failed") }
    }

    /// An IMAP quoted string (RFC 3501 §4.3). Names with CR/LF are refused by configuration validation.
    static func quote(_ s: String) -> String {
        var out = "\""
        for ch in s {
            if ch == "\"" || ch == "\\" { out.append("\\") }
            out.append(ch)
        }
        return out + "\""
    }
}
