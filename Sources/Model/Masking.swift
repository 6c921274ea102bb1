/// Masks personal data for logs, listings and staff notifications (SOP §7).
public enum Masking {
    /// `13812345678` → `138****5678` (spaces and dashes dropped); numbers shorter than a mobile's eleven
    /// characters (local landlines, extensions) keep only their last two digits: `62345678` → `******78`.
    public static func phone(_ phone: String) -> String {
        let chars = Array(phone.filter { $0 != " " && $0 != "-" && $0 != "\u{3000}" })
        guard chars.count >= 11 else {
            return String(repeating: "*", count: max(0, chars.count - 2)) + String(chars.suffix(2))
        }
        return String(chars.prefix(3)) + "****" + String(chars.suffix(4))
    }

    /// `张三` → `张*`; a trailing honorific is kept and the surname hidden: `王女士` → `*女士`.
    /// Latin names keep their first letter per word: `Li Na` → `L* N*`.
    public static func name(_ name: String) -> String {
        let trimmed = name.trimmingSpaces
        guard let first = trimmed.first else { return "" }
        if first.isASCII {
            return trimmed.split(separator: " ").map { word in
                String(word.prefix(1) as Substring) + String(repeating: "*", count: max(1, word.count - 1))
            }.joined(separator: " ")
        }
        for honorific in ["先生", "女士", "小姐", "老师", "同学"]
        where trimmed.hasSuffix(honorific) && trimmed.count > honorific.count {
            return String(repeating: "*", count: trimmed.count - honorific.count) + honorific
        }
        return String(first) + String(repeating: "*", count: max(1, trimmed.count - 1))
    }

    /// `zhang.san@example.com` → `z***@example.com`.
    public static func email(_ address: String) -> String {
        guard let at = address.lastIndex(of: "@"), at != address.startIndex else { return "***" }
        return String(address[address.startIndex]) + "***" + String(address[at...])
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks (no Foundation needed).
    package var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" || $0 == "\u{3000}" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[start...end])
    }
}
