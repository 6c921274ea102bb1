import Foundation
import Model

/// First-response and resolution limits per priority (SOP §3), with per-subcategory overrides of which the
/// stricter wins.
public struct SLAPolicy: Sendable {
    public var firstResponse: [Priority: SLADuration]
    public var resolution: [Priority: SLADuration]

    public init(
        firstResponse: [Priority: SLADuration] = SLAPolicy.defaultFirstResponse,
        resolution: [Priority: SLADuration] = SLAPolicy.defaultResolution
    ) {
        self.firstResponse = firstResponse
        self.resolution = resolution
    }

    /// Urgent 2 h, normal 24 h, low 48 h.
    public static let defaultFirstResponse: [Priority: SLADuration] = [
        .urgent: .elapsed(seconds: 2 * 3600), .normal: .elapsed(seconds: 24 * 3600), .low: .elapsed(seconds: 48 * 3600),
    ]
    /// Urgent 24 h, normal 3 working days, low 5 working days.
    public static let defaultResolution: [Priority: SLADuration] = [
        .urgent: .elapsed(seconds: 24 * 3600), .normal: .workingDays(3), .low: .workingDays(5),
    ]

    /// The deadlines of a message, with one explanation per deadline.
    public func deadlines(
        priority: Priority, override: (firstResponse: SLADuration?, resolution: SLADuration?, name: String)?,
        receivedAt: Date, calendar: BusinessCalendar
    ) -> Deadlines {
        var notes: [String] = []
        func pick(_ kind: String, _ base: SLADuration, _ special: SLADuration?) -> Date {
            let baseDue = calendar.add(base, to: receivedAt)
            guard let special, let name = override?.name else {
                notes.append("\(kind) within \(base) for \(priority.rawValue) priority")
                return baseDue
            }
            let specialDue = calendar.add(special, to: receivedAt)
            if specialDue < baseDue {
                notes.append(
                    "\(kind) within \(special) for subcategory \(name) (stricter than \(base) for \(priority.rawValue))"
                )
                return specialDue
            }
            notes.append(
                "\(kind) within \(base) for \(priority.rawValue) priority (stricter than \(special) for \(name))")
            return baseDue
        }
        let first = pick(
            "first response", firstResponse[priority] ?? Self.defaultFirstResponse[priority]!, override?.firstResponse)
        let resolved = pick(
            "resolution", resolution[priority] ?? Self.defaultResolution[priority]!, override?.resolution)
        let covered = calendar.local(receivedAt).day.year
        if !calendar.coveredYears.isEmpty, !calendar.coveredYears.contains(covered) {
            notes.append(
                "no holiday calendar for \(covered): only weekends count as days off; add config/holidays/\(covered).yaml"
            )
        }
        return Deadlines(firstResponse: max(first, receivedAt), resolution: max(resolved, first), explanations: notes)
    }
}

/// When a ticket must first be answered and when it must be resolved.
public struct Deadlines: Sendable, Equatable {
    public var firstResponse: Date
    public var resolution: Date
    public var explanations: [String]
}
