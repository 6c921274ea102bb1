/// A failure talking to a mail server. `description` never holds personal data or secrets.
public struct TransportError: Error, Sendable, CustomStringConvertible {
    /// Bounded set of error kinds; the only error label used in metrics.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        public let rawValue: String
        public var description: String { rawValue }
        /// The server could not be reached (refused, unresolvable, timed out while connecting).
        public static let connect = Code(rawValue: "connect")
        /// TLS failed: certificate not trusted, handshake error, STARTTLS not offered.
        public static let tls = Code(rawValue: "tls")
        /// The server refused the credentials.
        public static let login = Code(rawValue: "login")
        /// The server answered NO or BAD.
        public static let rejected = Code(rawValue: "rejected")
        /// The server's bytes could not be read as the protocol.
        public static let protocolError = Code(rawValue: "protocol")
        /// No answer in time.
        public static let timeout = Code(rawValue: "timeout")
        /// The connection broke.
        public static let connectionLost = Code(rawValue: "connection_lost")
        /// A setting was not accepted by libcurl.
        public static let configuration = Code(rawValue: "configuration")
    }

    public var code: Code
    /// What happened, without personal data.
    public var message: String
    /// libcurl's code, when libcurl reported the failure.
    public var curlCode: Int?
    /// The server's reply code (SMTP), when it sent one.
    public var serverCode: Int?

    public init(_ code: Code, _ message: String, curlCode: Int? = nil, serverCode: Int? = nil) {
        self.code = code
        self.message = message
        self.curlCode = curlCode
        self.serverCode = serverCode
    }

    public var description: String {
        var s = "\(code): \(message)"
        if let serverCode { s += " (server reply \(serverCode))" }
        if let curlCode { s += " [curl \(curlCode)]" }
        return s
    }
}
