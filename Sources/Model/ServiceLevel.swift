/// First-response times promised per priority (SOP §3: urgent 2 h, normal 24 h, low 48 h).
public struct ServiceLevel: Sendable, Equatable {
    public var urgent: Duration
    public var normal: Duration
    public var low: Duration

    public init(
        urgent: Duration = .seconds(2 * 3600), normal: Duration = .seconds(24 * 3600),
        low: Duration = .seconds(48 * 3600)
    ) {
        self.urgent = urgent
        self.normal = normal
        self.low = low
    }

    /// The promised first-response time for a priority.
    public func firstResponse(for priority: Priority) -> Duration {
        switch priority {
        case .urgent: urgent
        case .normal: normal
        case .low: low
        }
    }
}

extension Duration {
    /// Whole seconds, rounding down.
    public var wholeSeconds: Int64 { components.seconds }
}
