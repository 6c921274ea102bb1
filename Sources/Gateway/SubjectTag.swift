import Model

/// Our ticket tag in a subject line: `[#202405-001]`, behind any `Re:`/`回复:`/`答复:`/`转发:`/`AW:`/`Fwd:`
/// prefixes (it is found anywhere in the subject, so prefixes in any language do not matter).
enum SubjectTag {
    /// The first well-formed `[#YYYYMM-NNN]` in `subject`.
    static func ticketNumber(in subject: String) -> TicketNumber? {
        var rest = Substring(subject)
        while let open = rest.firstRange(of: "[#") {
            let after = rest[open.upperBound...]
            guard let close = after.firstIndex(of: "]") else { return nil }
            if let n = TicketNumber(after[..<close]) { return n }
            rest = after
        }
        return nil
    }
}
