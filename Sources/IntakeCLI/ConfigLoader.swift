import Foundation
import Gateway
import Model
import Transport
import Yams

/// Reads `config/intake.yaml` (YAML via Yams' node API, so every error can name its line) plus secrets from the
/// environment or files, and builds a validated `GatewayConfiguration`.
public struct ConfigLoader {
    public let path: String
    public let environment: [String: String]
    /// `false` for commands that never connect (the staff CLI): missing secrets are then not an error.
    public var requireSecrets = true

    public init(path: String, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.path = path
        self.environment = environment
    }

    /// Keys allowed at each level; anything else is reported as a likely typo.
    static let topKeys: Set<String> = [
        "timezone", "support", "store", "templates", "poll_interval", "mailboxes", "smtp", "sla", "outbox", "threading",
        "triage",
    ]
    static let mailboxKeys: Set<String> = [
        "name", "url", "user", "password_env", "password_file", "folder", "after_processing", "move_to", "ca_file",
        "allow_plaintext", "fetch_batch",
    ]
    static let smtpKeys: Set<String> = [
        "url", "user", "password_env", "password_file", "ca_file", "allow_plaintext", "helo", "timeout",
    ]

    public func load() throws(ConfigError) -> GatewayConfiguration {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigError(
                file: path, line: nil, key: "(file)", problem: "cannot be read", fix: "check the path given to --config"
            )
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigError(
                file: path, line: nil, key: "(file)", problem: "is not UTF-8", fix: "save the file as UTF-8")
        }
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw ConfigError(
                    file: path, line: nil, key: "(file)", problem: "is empty",
                    fix: "start from the shipped config/intake.yaml")
            }
            root = node
        } catch let e as ConfigError {
            throw e
        } catch let e as YamlError {
            throw ConfigError(
                file: path, line: Self.line(of: e), key: "(syntax)",
                problem: "is not valid YAML: \(Self.problem(of: e))", fix: "fix the YAML syntax at that line")
        } catch {
            throw ConfigError(
                file: path, line: nil, key: "(syntax)", problem: "is not valid YAML: \(error)",
                fix: "fix the YAML syntax")
        }
        let top = try mapping(root, key: "(top level)", allowed: Self.topKeys)

        let zoneName = try string(top, "timezone", in: "", default: "Asia/Shanghai")
        guard let zone = TimeZone(identifier: zoneName) else {
            throw err(
                top["timezone"], "timezone", "\"\(zoneName)\" is not a time zone",
                "use an IANA name such as Asia/Shanghai")
        }
        let support = try mapping(try required(top, "support", in: ""), key: "support", allowed: ["address", "name"])
        let supportAddress = try string(support, "address", in: "support.")
        guard Self.isAddress(supportAddress) else {
            throw err(
                support["address"], "support.address", "\"\(supportAddress)\" is not an email address",
                "write it as name@domain")
        }
        let supportName = try string(support, "name", in: "support.", default: "Customer Service")
        let store = resolve(try string(top, "store", in: "", default: "../var/store"))
        let templates = resolve(try string(top, "templates", in: "", default: "../templates"))
        let interval = try integer(top, "poll_interval", in: "", default: 60, range: 5...86_400)

        guard let boxesNode = top["mailboxes"] else {
            throw err(
                root, "mailboxes", "is missing", "add a list with at least one mailbox (name, url, user, password_env)")
        }
        guard let list = boxesNode.sequence, !list.isEmpty else {
            throw err(
                boxesNode, "mailboxes", "must be a non-empty list",
                "write each mailbox as a list item starting with \"- name:\"")
        }
        var mailboxes: [MailboxConfiguration] = []
        var names: Set<String> = []
        for (i, item) in list.enumerated() {
            let mailbox = try loadMailbox(item, prefix: "mailboxes[\(i)].")
            guard names.insert(mailbox.name).inserted else {
                throw err(
                    item, "mailboxes[\(i)].name", "\"\(mailbox.name)\" is used twice", "give every mailbox its own name"
                )
            }
            mailboxes.append(mailbox)
        }
        let smtp = try loadSMTP(
            try mapping(try required(top, "smtp", in: ""), key: "smtp", allowed: Self.smtpKeys),
            supportAddress: supportAddress)

        var level = ServiceLevel()
        if let slaNode = top["sla"] {
            let sla = try mapping(slaNode, key: "sla", allowed: ["urgent", "normal", "low"])
            level.urgent = try duration(sla, "urgent", in: "sla.", default: level.urgent)
            level.normal = try duration(sla, "normal", in: "sla.", default: level.normal)
            level.low = try duration(sla, "low", in: "sla.", default: level.low)
        }
        var maxAttempts = 8
        var retryBase = 60
        if let outboxNode = top["outbox"] {
            let outbox = try mapping(outboxNode, key: "outbox", allowed: ["max_attempts", "retry_base"])
            maxAttempts = try integer(outbox, "max_attempts", in: "outbox.", default: 8, range: 1...100)
            retryBase = Int(try duration(outbox, "retry_base", in: "outbox.", default: .seconds(60)).wholeSeconds)
        }
        var reopenWithinDays = 30
        var matchOrderWithinDays = 7
        if let threadingNode = top["threading"] {
            let threading = try mapping(
                threadingNode, key: "threading", allowed: ["reopen_within_days", "match_order_within_days"])
            reopenWithinDays = try integer(
                threading, "reopen_within_days", in: "threading.", default: 30, range: 0...3650)
            matchOrderWithinDays = try integer(
                threading, "match_order_within_days", in: "threading.", default: 7, range: 0...365)
        }
        var configuration = GatewayConfiguration(
            timeZone: zone, supportAddress: supportAddress, supportName: supportName, storePath: store,
            templatesPath: templates,
            pollInterval: interval, mailboxes: mailboxes, smtp: smtp, serviceLevel: level,
            outboxMaxAttempts: maxAttempts,
            outboxRetryBase: retryBase)
        configuration.reopenWithinDays = reopenWithinDays
        configuration.matchOrderWithinDays = matchOrderWithinDays
        // Triage rules: named under `triage:`, or `rules.yaml` beside this file; else the built-in keywords.
        if top["triage"] != nil || FileManager.default.fileExists(atPath: resolve("rules.yaml")) {
            configuration.triage = try TriageConfigLoader(path: path).load()
        }
        return configuration
    }

    // MARK: - Sections

    private func loadMailbox(_ node: Node, prefix: String) throws(ConfigError) -> MailboxConfiguration {
        let m = try mapping(node, key: String(prefix.dropLast()), allowed: Self.mailboxKeys)
        let name = try string(m, "name", in: prefix)
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
            throw err(
                m["name"], prefix + "name", "\"\(name)\" is not a usable name", "use letters, digits, - and _ only")
        }
        let (url, tls) = try server(m, prefix: prefix, schemes: ["imap", "imaps"])
        let user = try string(m, "user", in: prefix)
        let password = try secret(m, prefix: prefix)
        let folder = try string(m, "folder", in: prefix, default: "INBOX")
        try checkFolder(m["folder"], prefix + "folder", folder)
        let action = try string(m, "after_processing", in: prefix, default: "seen")
        let after: MailboxConfiguration.AfterProcessing
        switch action {
        case "seen": after = .markSeen
        case "move":
            let target = try string(m, "move_to", in: prefix, default: "Processed")
            try checkFolder(m["move_to"], prefix + "move_to", target)
            after = .move(target)
        default:
            throw err(
                m["after_processing"], prefix + "after_processing", "\"\(action)\" is not an action",
                "use seen or move (with move_to: FOLDER)")
        }
        let batch = try integer(m, "fetch_batch", in: prefix, default: 20, range: 1...500)
        return MailboxConfiguration(
            name: name, imap: IMAPConfiguration(url: url, user: user, password: password, tls: tls), folder: folder,
            afterProcessing: after, fetchBatch: batch)
    }

    private func loadSMTP(_ m: Node.Mapping, supportAddress: String) throws(ConfigError) -> SMTPConfiguration {
        let (url, tls) = try server(m, prefix: "smtp.", schemes: ["smtp", "smtps"])
        let user = m["user"] == nil ? nil : try string(m, "user", in: "smtp.")
        let password = user == nil ? nil : try secret(m, prefix: "smtp.")
        let helo = try string(
            m, "helo", in: "smtp.", default: String(supportAddress.split(separator: "@").last ?? "localhost"))
        let timeout = try integer(m, "timeout", in: "smtp.", default: 60, range: 5...600)
        return SMTPConfiguration(url: url, user: user, password: password, tls: tls, heloName: helo, timeout: timeout)
    }

    private func server(
        _ m: Node.Mapping, prefix: String, schemes: [String]
    ) throws(ConfigError) -> (ServerURL, TLSPolicy) {
        let text = try string(m, "url", in: prefix)
        guard let url = ServerURL(text), schemes.contains(url.scheme) else {
            throw err(
                m["url"], prefix + "url", "\"\(text)\" is not a \(schemes.joined(separator: "/")) URL",
                "write \(schemes[1])://host:port (TLS) or \(schemes[0])://host:port (STARTTLS); no user or password in the URL"
            )
        }
        let plaintext = try bool(m, "allow_plaintext", in: prefix, default: false)
        if plaintext, !TLSPolicy.isLoopback(url.host) {
            throw err(
                m["allow_plaintext"], prefix + "allow_plaintext",
                "plaintext is only allowed to a loopback host, not \(url.host)",
                "remove allow_plaintext and use TLS")
        }
        var ca: String?
        if m["ca_file"] != nil {
            let file = resolve(try string(m, "ca_file", in: prefix))
            guard FileManager.default.isReadableFile(atPath: file) else {
                throw err(
                    m["ca_file"], prefix + "ca_file", "\(file) cannot be read",
                    "point it at a PEM CA bundle, or remove it to use the system's")
            }
            ca = file
        }
        return (url, TLSPolicy(caFile: ca, allowPlaintext: plaintext))
    }

    /// The password, from `password_env` (an environment variable's name) or `password_file`; never from the file itself.
    private func secret(_ m: Node.Mapping, prefix: String) throws(ConfigError) -> String {
        if m["password"] != nil {
            throw err(
                m["password"], prefix + "password", "secrets are not allowed in the config file",
                "use password_env: VARIABLE or password_file: PATH")
        }
        if !requireSecrets { return "" }
        if m["password_env"] != nil {
            let name = try string(m, "password_env", in: prefix)
            guard let value = environment[name], !value.isEmpty else {
                throw err(
                    m["password_env"], prefix + "password_env", "environment variable \(name) is not set",
                    "export \(name)=… before starting, or use password_file")
            }
            return value
        }
        if m["password_file"] != nil {
            let file = resolve(try string(m, "password_file", in: prefix))
            guard let data = FileManager.default.contents(atPath: file), let value = String(data: data, encoding: .utf8)
            else {
                throw err(
                    m["password_file"], prefix + "password_file", "\(file) cannot be read",
                    "create it (mode 0600) with the password on one line")
            }
            return value.trimmingCharacters(in: .newlines)
        }
        throw err(
            nil, prefix + "password_env", "is missing",
            "add password_env: VARIABLE (or password_file: PATH) under \(prefix.dropLast())", nodeFallback: m)
    }

    private func checkFolder(_ node: Node?, _ key: String, _ folder: String) throws(ConfigError) {
        guard !folder.isEmpty, folder.unicodeScalars.allSatisfy({ $0.value >= 32 && $0.value < 127 }) else {
            throw err(
                node, key, "\"\(folder)\" is not a usable folder name",
                "use a printable ASCII folder name such as INBOX or Processed")
        }
    }

    // MARK: - Typed access with line numbers

    private func err(
        _ node: Node?, _ key: String, _ problem: String, _ fix: String, nodeFallback: Node.Mapping? = nil
    ) -> ConfigError {
        let line = node?.mark?.line ?? nodeFallback?.mark?.line
        return ConfigError(file: path, line: line, key: key, problem: problem, fix: fix)
    }

    private func mapping(_ node: Node, key: String, allowed: Set<String>) throws(ConfigError) -> Node.Mapping {
        guard let m = node.mapping else {
            throw err(node, key, "must be a mapping (key: value lines)", "indent its keys under \(key)")
        }
        for (k, _) in m {
            let name = k.string ?? "?"
            if !allowed.contains(name), !(name == "password") {
                throw err(
                    k, key == "(top level)" ? name : "\(key).\(name)", "is not a known key",
                    "remove it or use one of: \(allowed.sorted().joined(separator: ", "))")
            }
        }
        return m
    }

    private func required(_ m: Node.Mapping, _ key: String, in prefix: String) throws(ConfigError) -> Node {
        guard let n = m[key] else {
            throw err(nil, prefix + key, "is missing", "add \(key): to the file", nodeFallback: m)
        }
        return n
    }

    private func string(
        _ m: Node.Mapping, _ key: String, in prefix: String, default def: String? = nil
    ) throws(ConfigError) -> String {
        guard let n = m[key] else {
            if let def { return def }
            throw err(
                nil, prefix + key, "is missing",
                "add \(key): VALUE under \(prefix.isEmpty ? "the top level" : String(prefix.dropLast()))",
                nodeFallback: m)
        }
        guard let s = n.scalar?.string else {
            throw err(n, prefix + key, "must be a single value", "write it as \(key): VALUE")
        }
        return s
    }

    private func integer(
        _ m: Node.Mapping, _ key: String, in prefix: String, default def: Int, range: ClosedRange<Int>
    ) throws(ConfigError) -> Int {
        guard let n = m[key] else { return def }
        guard let v = n.int, range.contains(v) else {
            throw err(
                n, prefix + key,
                "\"\(n.string ?? "?")\" is not a whole number from \(range.lowerBound) to \(range.upperBound)",
                "write a number in that range")
        }
        return v
    }

    private func bool(
        _ m: Node.Mapping, _ key: String, in prefix: String, default def: Bool
    ) throws(ConfigError) -> Bool {
        guard let n = m[key] else { return def }
        guard let v = n.bool else {
            throw err(n, prefix + key, "\"\(n.string ?? "?")\" is not true or false", "write true or false")
        }
        return v
    }

    /// `90s`, `15m`, `2h`, `3d`, or a bare number of seconds.
    private func duration(
        _ m: Node.Mapping, _ key: String, in prefix: String, default def: Duration
    ) throws(ConfigError) -> Duration {
        guard let n = m[key] else { return def }
        let text = (n.string ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        let units: [Character: Int64] = ["s": 1, "m": 60, "h": 3600, "d": 86400]
        var seconds: Int64?
        if let last = text.last, let unit = units[last], let v = Int64(text.dropLast()) {
            seconds = v * unit
        } else if let v = Int64(text) {
            seconds = v
        }
        guard let s = seconds, s > 0 else {
            throw err(n, prefix + key, "\"\(text)\" is not a duration", "write it like 90s, 15m, 2h or 3d")
        }
        return .seconds(s)
    }

    /// Paths in the file are relative to the file's own folder.
    private func resolve(_ p: String) -> String {
        if p.hasPrefix("/") { return p }
        let base = URL(fileURLWithPath: path).deletingLastPathComponent()
        return base.appendingPathComponent(p).standardizedFileURL.path
    }

    static func isAddress(_ s: String) -> Bool {
        let parts = s.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".")
            && !s.contains(where: { $0 == " " || $0 == "<" || $0 == ">" || $0.isNewline })
    }

    static func line(of e: YamlError) -> Int? {
        switch e {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
        case .duplicatedKeysInMapping(_, let context): return context.mark.line
        default: return nil
        }
    }

    static func problem(of e: YamlError) -> String {
        switch e {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
            return problem
        case .duplicatedKeysInMapping(let duplicates, _): return "duplicated key \(duplicates.joined(separator: ", "))"
        default: return "\(e)"
        }
    }
}
