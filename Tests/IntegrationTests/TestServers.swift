import Foundation
import Testing

/// Every integration suite nests in this one, so that they run one at a time: they share the servers'
/// `support` mailbox and the SMTP sink.
@Suite(.serialized, .enabled(if: TestServers.available, "start the servers with scripts/servers (scripts/test does)"))
enum Integration {}

/// The real servers started by `scripts/servers`, found through the environment variables it writes.
struct TestServers {
    let dir: String
    let imapPort: Int
    let imapsPort: Int
    let imapCA: String
    let imapUser: String
    let imapPassword: String
    let smtpPort: Int
    let smtpsPort: Int
    let smtpCA: String
    let smtpUser: String
    let smtpPassword: String
    let smtpOut: String

    static let environment = ProcessInfo.processInfo.environment

    /// Whether a missing server must fail the run (CI) rather than skip.
    static var required: Bool { environment["INTAKE_REQUIRE_SERVERS"] == "1" }

    /// The servers, or `nil` when they are not running (then tests are disabled unless required).
    static let current: TestServers? = {
        let e = environment
        guard let dir = e["INTAKE_SERVERS_DIR"], let imap = e["INTAKE_IMAP_PORT"].flatMap(Int.init),
            let imaps = e["INTAKE_IMAPS_PORT"].flatMap(Int.init), let smtp = e["INTAKE_SMTP_PORT"].flatMap(Int.init),
            let smtps = e["INTAKE_SMTPS_PORT"].flatMap(Int.init)
        else { return nil }
        return TestServers(
            dir: dir, imapPort: imap, imapsPort: imaps, imapCA: e["INTAKE_IMAP_CA"] ?? "",
            imapUser: e["INTAKE_IMAP_USER"] ?? "support",
            imapPassword: e["INTAKE_IMAP_PASSWORD"] ?? "", smtpPort: smtp, smtpsPort: smtps,
            smtpCA: e["INTAKE_SMTP_CA"] ?? "",
            smtpUser: e["INTAKE_SMTP_USER"] ?? "intake", smtpPassword: e["INTAKE_SMTP_PASSWORD"] ?? "",
            smtpOut: e["INTAKE_SMTP_OUT"] ?? "")
    }()

    /// Servers for a test: records a failure (and returns nil) when they are required but missing.
    static func require() -> TestServers? {
        if let current { return current }
        if required {
            Issue.record(
                "INTAKE_REQUIRE_SERVERS=1 but the servers are not running: start them with scripts/servers (scripts/test does)"
            )
        }
        return nil
    }

    /// Enabled when the servers run, or when they are required (so that their absence fails).
    static var available: Bool { current != nil || required }

    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    static func sample(_ name: String) -> String { repositoryRoot + "/samples/" + name }

    /// Every sample message, sorted by name.
    static var sampleFiles: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: repositoryRoot + "/samples")) ?? []
        return names.filter { $0.hasSuffix(".eml") }.sorted().map(sample)
    }

    /// Runs `scripts/servers ARGS…`, failing the test on a non-zero exit.
    func servers(_ arguments: [String]) throws {
        let result = try run(TestServers.repositoryRoot + "/scripts/servers", arguments)
        #expect(
            result.status == 0, "scripts/servers \(arguments.prefix(2).joined(separator: " ")) failed: \(result.stderr)"
        )
    }

    /// Empties `user`'s INBOX under a new UIDVALIDITY and delivers `files` in order.
    func resetInbox(user: String, delivering files: [String]) throws {
        try servers(["recreate-inbox", dir, user])
        if !files.isEmpty { try servers(["deliver", dir, user] + files) }
    }

    /// Sink output files (`NNNNNN.eml`) in order.
    func sentMessages() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: smtpOut)) ?? []
        return names.filter { $0.hasSuffix(".eml") }.sorted().map { smtpOut + "/" + $0 }
    }

    /// A configuration file for `intake` against these servers, in a new temporary folder.
    func writeConfiguration(
        user: String = "support", password: String? = nil, imapTLS: String = "starttls", extra: String = "",
        afterProcessing: String = "seen"
    ) throws -> (config: String, store: String) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("intake-it-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let imapURL = imapTLS == "imaps" ? "imaps://127.0.0.1:\(imapsPort)" : "imap://127.0.0.1:\(imapPort)"
        let passwordFile = dir + "/imap-password"
        try (password ?? imapPassword).write(toFile: passwordFile, atomically: true, encoding: .utf8)
        try smtpPassword.write(toFile: dir + "/smtp-password", atomically: true, encoding: .utf8)
        let yaml = """
            timezone: Asia/Shanghai
            support:
              address: support@example.test
              name: 客户服务中心
            store: store
            templates: \(TestServers.repositoryRoot)/templates
            poll_interval: 5
            mailboxes:
              - name: support
                url: \(imapURL)
                user: \(user)
                password_file: imap-password
                ca_file: \(imapCA)
                after_processing: \(afterProcessing)
                move_to: Processed
            smtp:
              url: smtp://127.0.0.1:\(smtpPort)
              user: \(smtpUser)
              password_file: smtp-password
              ca_file: \(smtpCA)
            triage:
              rules: \(TestServers.repositoryRoot)/config/rules.yaml
              staff: \(TestServers.repositoryRoot)/config/staff.yaml
              holidays: \(TestServers.repositoryRoot)/config/holidays
            \(extra)
            """
        try yaml.write(toFile: dir + "/intake.yaml", atomically: true, encoding: .utf8)
        return (dir + "/intake.yaml", dir + "/store")
    }
}

/// The result of running a program.
struct ProcessResult {
    var status: Int32
    var stdout: String
    var stderr: String
    var signaled: Bool
}

/// Runs a program to completion, capturing its output.
func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) throws -> ProcessResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    for (k, v) in environment { env[k] = v }
    process.environment = env
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return ProcessResult(
        status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
        stderr: String(decoding: errData, as: UTF8.self),
        signaled: process.terminationReason == .uncaughtSignal)
}

/// The built `intake` executable.
var intakeBinary: String {
    if let path = TestServers.environment["INTAKE_BINARY"] { return path }
    return TestServers.repositoryRoot + "/.build/debug/intake"
}
