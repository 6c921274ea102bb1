/// A gateway failure. `description` holds no personal data.
public struct GatewayError: Error, Sendable, CustomStringConvertible {
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        public let rawValue: String
        public var description: String { rawValue }
        public static let configuration = Code(rawValue: "configuration")
        public static let store = Code(rawValue: "store")
        public static let transport = Code(rawValue: "transport")
    }

    public var code: Code
    public var message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
