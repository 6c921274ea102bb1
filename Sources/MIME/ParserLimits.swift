/// Named limits that keep parsing linear and bounded. Beyond them the parser stops descending and says so
/// in the result's warnings; it never fails the message.
public struct ParserLimits: Sendable {
    /// Bytes in one header section (RFC 5322 sets no limit; 256 KiB is far beyond any real client).
    public var maxHeaderBytes = 256 * 1024
    /// Fields in one header section.
    public var maxHeaderFields = 2_000
    /// Octets in one line (RFC 5322 §2.1.1 allows 998). Longer lines are read anyway; the first one is reported.
    public var maxLineLength = 998
    /// Multipart and `message/rfc822` nesting depth (RFC 2046 §5.1 sets none; real mail rarely exceeds 5).
    public var maxDepth = 20
    /// Parts in one message.
    public var maxParts = 1_000
    /// Decoded bytes kept over all attachments; beyond it attachment data is dropped (its size is still counted).
    public var maxDecodedBytes = 64 * 1024 * 1024
    /// Warnings kept in one result; the rest are counted in a final warning.
    public var maxWarnings = 64

    public init() {}
}
