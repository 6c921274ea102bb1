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
    /// Only literal addresses count: a DNS name that merely starts with `127.` can resolve anywhere.
    public static func isLoopback(_ host: String) -> Bool {
        if host == "localhost" || host == "::1" || host == "[::1]" { return true }
        let octets = host.split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4, octets[0] == "127" else { return false }
        return octets.allSatisfy { octet in
            !octet.isEmpty && octet.count <= 3 && octet.allSatisfy(\.isASCII) && octet.allSatisfy(\.isNumber)
                && (Int(octet) ?? 256) <= 255
        }
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
