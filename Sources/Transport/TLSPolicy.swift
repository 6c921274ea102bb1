/// How a connection is secured. TLS is required unless plaintext is explicitly allowed, and plaintext is only
/// ever allowed to a loopback address.
public struct TLSPolicy: Sendable, Equatable {
    /// CA bundle to trust instead of the system's (e.g. a test server's self-signed certificate).
    public var caFile: String?
    /// Allow an unencrypted session. Honoured only for 127.0.0.0/8, `::1` and `localhost`.
    public var allowPlaintext: Bool

    public init(caFile: String? = nil, allowPlaintext: Bool = false) {
        self.caFile = caFile
        self.allowPlaintext = allowPlaintext
    }

    /// Whether `host` is a loopback address.
    public static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host == "[::1]" || host.hasPrefix("127.")
    }
}

/// A server address parsed from an `imap://`, `imaps://`, `smtp://` or `smtps://` URL.
public struct ServerURL: Sendable, Equatable, CustomStringConvertible {
    public var scheme: String
    public var host: String
    public var port: Int?

    /// Parses `scheme://host[:port][/...]`; `nil` for anything else.
    public init?(_ text: String) {
        guard let sep = text.range(of: "://") else { return nil }
        let scheme = text[..<sep.lowerBound].lowercased()
        guard ["imap", "imaps", "smtp", "smtps"].contains(scheme) else { return nil }
        var rest = text[sep.upperBound...]
        if let slash = rest.firstIndex(of: "/") { rest = rest[..<slash] }
        if rest.contains("@") { return nil }  // credentials never belong in the URL
        var host = String(rest)
        var port: Int?
        if let colon = rest.lastIndex(of: ":"), !rest.hasSuffix("]") {
            guard let p = Int(rest[rest.index(after: colon)...]), (1...65535).contains(p) else { return nil }
            port = p
            host = String(rest[..<colon])
        }
        guard !host.isEmpty else { return nil }
        self.scheme = scheme
        self.host = host
        self.port = port
    }

    /// `true` for `imaps`/`smtps` (TLS from the first byte).
    public var isImplicitTLS: Bool { scheme.hasSuffix("s") }

    public var description: String { "\(scheme)://\(host)" + (port.map { ":\($0)" } ?? "") }
}

extension String {
    fileprivate func range(of needle: String) -> Range<String.Index>? { firstRange(of: needle) }
}
