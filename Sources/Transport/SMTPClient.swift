import CCurl
import Logging

/// How to reach and authenticate to the SMTP submission server.
public struct SMTPConfiguration: Sendable {
    /// `smtps://host[:port]` (implicit TLS) or `smtp://host[:port]` (STARTTLS required unless plaintext is allowed).
    public var url: ServerURL
    public var user: String?
    public var password: String?
    public var tls: TLSPolicy
    /// The name sent in EHLO.
    public var heloName: String
    /// Seconds for the whole submission.
    public var timeout: Int

    public init(
        url: ServerURL, user: String? = nil, password: String? = nil, tls: TLSPolicy = TLSPolicy(),
        heloName: String = "localhost", timeout: Int = 60
    ) {
        self.url = url
        self.user = user
        self.password = password
        self.tls = tls
        self.heloName = heloName
        self.timeout = timeout
    }
}

/// Submits messages over SMTP (RFC 5321) through libcurl: STARTTLS or implicit TLS, AUTH, dot-stuffing.
/// The connection is reused between messages while the server keeps it open.
public actor SMTPClient {
    private let executor = BlockingExecutor(label: "intake.smtp")
    public nonisolated var unownedExecutor: UnownedSerialExecutor { executor.asUnownedSerialExecutor() }

    private let configuration: SMTPConfiguration
    private let logger: Logger
    private var easy: CurlEasy?

    public init(_ configuration: SMTPConfiguration, logger: Logger) {
        self.configuration = configuration
        self.logger = logger
    }

    /// Sends `message` (CRLF bytes) from `sender` to `recipients`. On failure the error carries the server's
    /// reply code when there was one (e.g. 550 for a refused recipient).
    public func send(from sender: String, to recipients: [String], message: [UInt8]) throws(TransportError) {
        for address in [sender] + recipients
        where address.contains(where: { $0 == "\r" || $0 == "\n" || $0 == "<" || $0 == ">" }) {
            throw TransportError(.configuration, "an envelope address contains forbidden characters")
        }
        guard !recipients.isEmpty else { throw TransportError(.configuration, "no recipients") }
        let easy: CurlEasy
        if let existing = self.easy {
            easy = existing
        } else {
            easy = try CurlEasy()
            try easy.set(CURLOPT_URL, configuration.url.description + "/" + configuration.heloName)
            try easy.applyTLS(configuration.tls, url: configuration.url)
            if let user = configuration.user {
                try easy.set(CURLOPT_USERNAME, user)
                try easy.set(CURLOPT_PASSWORD, configuration.password ?? "")
            }
            try easy.set(CURLOPT_UPLOAD, 1)
            try easy.set(CURLOPT_TIMEOUT, configuration.timeout)
            try easy.set(CURLOPT_CONNECTTIMEOUT, min(30, configuration.timeout))
            self.easy = easy
        }
        try easy.set(CURLOPT_MAIL_FROM, "<" + sender + ">")
        try easy.set(CURLOPT_MAIL_RCPT, list: recipients.map { "<" + $0 + ">" })
        try easy.set(CURLOPT_INFILESIZE, message.count)
        let source = UploadSource(message)
        let unmanaged = Unmanaged.passRetained(source)
        defer { unmanaged.release() }
        _ = ccurl_setopt_ptr(easy.handle, CURLOPT_READDATA, unmanaged.toOpaque())
        _ = ccurl_setopt_readcb(easy.handle) { buffer, size, count, userdata in
            guard let buffer, let userdata else { return 0 }
            let source = Unmanaged<UploadSource>.fromOpaque(userdata).takeUnretainedValue()
            return source.read(into: buffer, capacity: size * count)
        }
        do {
            try easy.perform()
        } catch {
            self.easy = nil  // start over on a fresh connection next time
            throw error
        }
        logger.debug(
            "smtp message accepted", metadata: ["smtp.code": "\(easy.responseCode)", "smtp.bytes": "\(message.count)"])
    }
}

/// The bytes libcurl's read callback hands out.
private final class UploadSource {
    let bytes: [UInt8]
    var position = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func read(into buffer: UnsafeMutablePointer<CChar>, capacity: Int) -> Int {
        let n = min(capacity, bytes.count - position)
        guard n > 0 else { return 0 }
        bytes.withUnsafeBytes { p in
            UnsafeMutableRawPointer(buffer).copyMemory(from: p.baseAddress! + position, byteCount: n)
        }
        position += n
        return n
    }
}
