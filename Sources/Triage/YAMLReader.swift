import Model
import Yams

/// Reads a YAML document through Yams' node API so every error can name its line (Yams marks count from 1).
struct YAMLReader {
    let file: String

    func fail(_ node: Node?, _ key: String, _ problem: String, _ fix: String) -> RuleFileError {
        RuleFileError(file: file, line: node?.mark?.line, key: key, problem: problem, fix: fix)
    }

    func root(_ text: String) throws(RuleFileError) -> Node {
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw fail(nil, "(file)", "is empty", "start from the shipped file in config/")
            }
            return node
        } catch let e as RuleFileError {
            throw e
        } catch let e as YamlError {
            var line: Int?
            var problem = "\(e)"
            switch e {
            case .scanner(_, let p, let mark, _), .parser(_, let p, let mark, _), .composer(_, let p, let mark, _):
                line = mark.line
                problem = p
            case .duplicatedKeysInMapping(let duplicates, let context):
                line = context.mark.line
                problem = "duplicated key \(duplicates.joined(separator: ", "))"
            default: break
            }
            throw RuleFileError(
                file: file, line: line, key: "(syntax)", problem: "is not valid YAML: \(problem)",
                fix: "fix the YAML syntax at that line")
        } catch {
            throw fail(nil, "(syntax)", "is not valid YAML: \(error)", "fix the YAML syntax")
        }
    }

    func mapping(_ node: Node, _ key: String, allowed: Set<String>? = nil) throws(RuleFileError) -> Node.Mapping {
        guard let m = node.mapping else {
            throw fail(node, key, "must be a mapping (key: value lines)", "indent its entries under \(key):")
        }
        if let allowed {
            for (k, _) in m where !allowed.contains(k.string ?? "") {
                throw fail(
                    k, key.isEmpty ? (k.string ?? "?") : "\(key).\(k.string ?? "?")", "is not a known key",
                    "remove it or use one of: \(allowed.sorted().joined(separator: ", "))")
            }
        }
        return m
    }

    func string(_ node: Node, _ key: String) throws(RuleFileError) -> String {
        guard let s = node.scalar?.string, !s.isEmpty else {
            throw fail(node, key, "must be a non-empty single value", "write it as \(key): VALUE")
        }
        return s
    }

    func strings(_ node: Node, _ key: String) throws(RuleFileError) -> [String] {
        guard let seq = node.sequence else {
            throw fail(node, key, "must be a list", "write it as [a, b] or as lines starting with \"- \"")
        }
        var out: [String] = []
        for item in seq { out.append(try string(item, key)) }
        return out
    }

    func number(_ node: Node, _ key: String, range: ClosedRange<Double>) throws(RuleFileError) -> Double {
        guard let v = node.float ?? node.int.map(Double.init), range.contains(v) else {
            throw fail(
                node, key, "\"\(node.string ?? "?")\" is not a number from \(range.lowerBound) to \(range.upperBound)",
                "write a number in that range")
        }
        return v
    }

    func integer(_ node: Node, _ key: String, range: ClosedRange<Int>) throws(RuleFileError) -> Int {
        guard let v = node.int, range.contains(v) else {
            throw fail(
                node, key,
                "\"\(node.string ?? "?")\" is not a whole number from \(range.lowerBound) to \(range.upperBound)",
                "write a whole number in that range")
        }
        return v
    }

    /// `phrase: weight` lines, or a list of phrases (weight 1).
    func weightedPhrases(_ node: Node, _ key: String) throws(RuleFileError) -> [TriageRules.WeightedPhrase] {
        if let seq = node.sequence {
            var out: [TriageRules.WeightedPhrase] = []
            for item in seq { out.append(.init(try string(item, key), weight: 1, line: item.mark?.line)) }
            return out
        }
        guard let m = node.mapping else {
            throw fail(node, key, "must map phrases to weights", "write lines like  退款: 3")
        }
        var out: [TriageRules.WeightedPhrase] = []
        for (k, v) in m {
            let phrase = try string(k, key)
            out.append(.init(phrase, weight: try number(v, "\(key).\(phrase)", range: -100...100), line: k.mark?.line))
        }
        return out
    }

    func priority(_ node: Node, _ key: String) throws(RuleFileError) -> Priority {
        guard let s = node.string, let p = Priority(rawValue: s) else {
            throw fail(node, key, "\"\(node.string ?? "?")\" is not a priority", "write urgent, normal or low")
        }
        return p
    }

    func duration(_ node: Node, _ key: String) throws(RuleFileError) -> SLADuration {
        guard let s = node.string, let d = SLADuration(s) else {
            throw fail(
                node, key, "\"\(node.string ?? "?")\" is not a time limit",
                "write it like 30m, 2h, 1d (clock time), 4bh (business hours) or 3wd (working days)")
        }
        return d
    }

    /// `HH:MM` as minutes after midnight.
    func clock(_ node: Node, _ key: String) throws(RuleFileError) -> Int {
        let parts = (node.string ?? "").split(separator: ":")
        guard parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), (0...24).contains(h),
            (0...59).contains(m),
            h * 60 + m <= 24 * 60
        else {
            throw fail(node, key, "\"\(node.string ?? "?")\" is not a time of day", "write it as HH:MM, e.g. 09:00")
        }
        return h * 60 + m
    }
}
