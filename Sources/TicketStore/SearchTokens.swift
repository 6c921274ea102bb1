/// Turns text into search tokens that work for Chinese as well as for space-separated languages: Latin words
/// and numbers become lower-cased words, and runs of Han, kana or Hangul become overlapping bigrams
/// (`退款申请` → `退款 款申 申请`), so a two-character term such as `退款` finds every text containing it without a
/// dictionary. Pure; the index stores these tokens in an FTS5 table with the `unicode61` tokenizer.
public enum SearchTokens {
    /// Tokens of `text`, space separated, in order.
    public static func document(_ text: some StringProtocol) -> String {
        runs(text).map { $0.joined(separator: " ") }.joined(separator: " ")
    }

    /// An FTS5 MATCH expression that finds texts containing every word of `query` (each Chinese run as a phrase
    /// of its bigrams). `nil` when the query has no searchable characters.
    public static func matchExpression(_ query: String) -> String? {
        let parts: [String] = runs(query).map { tokens in
            // A query run of two or more characters is matched by its bigrams alone.
            let run = tokens.count > 1 && tokens.last?.count == 1 ? Array(tokens.dropLast()) : tokens
            if run.count == 1, let only = run.first, only.count == 1, isCJK(only.unicodeScalars.first!) {
                return "\"\(only)\"*"  // a single Chinese character: any bigram starting with it
            }
            return "\"" + run.joined(separator: " ") + "\""
        }
        return parts.isEmpty ? nil : parts.joined(separator: " AND ")
    }

    /// Each run is the token list of one word or one CJK stretch.
    static func runs(_ text: some StringProtocol) -> [[String]] {
        var result: [[String]] = []
        var word = ""
        var cjk: [Character] = []
        func flushWord() {
            if !word.isEmpty { result.append([word]) }
            word = ""
        }
        func flushCJK() {
            if cjk.count == 1 {
                result.append([String(cjk[0])])
            } else if cjk.count > 1 {
                // Bigrams, plus the last character alone, so a one-character query finds it at the end of a run.
                var tokens: [String] = []
                for k in 0..<(cjk.count - 1) { tokens.append(String(cjk[k]) + String(cjk[k + 1])) }
                tokens.append(String(cjk[cjk.count - 1]))
                result.append(tokens)
            }
            cjk = []
        }
        for ch in text {
            guard let scalar = ch.unicodeScalars.first else { continue }
            if isCJK(scalar) {
                flushWord()
                cjk.append(ch)
            } else if ch.isLetter || ch.isNumber {
                flushCJK()
                word += ch.lowercased()
            } else {
                flushWord()
                flushCJK()
            }
        }
        flushWord()
        flushCJK()
        return result
    }

    static func isCJK(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0x20000...0x2FFFF:
            return true
        default:
            return false
        }
    }
}
