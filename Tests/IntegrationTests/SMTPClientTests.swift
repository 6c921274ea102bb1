import Foundation
import Logging
import Testing
import Transport

/// The SMTP client against the real SMTP server on 127.0.0.1.
extension Integration {
    @Suite struct SMTPClientTests {
        func message(_ id: String) -> [UInt8] {
            Array(
                "From: support@example.test\r\nTo: customer@example.test\r\nSubject: test \(id)\r\nMessage-ID: <\(id)@example.test>\r\n\r\nline one\r\n.line starting with a dot\r\n"
                    .utf8)
        }

        @Test("submits byte-exact over STARTTLS and implicit TLS with AUTH", arguments: ["smtp", "smtps"])
        func submit(scheme: String) async throws {
            guard let servers = TestServers.require() else { return }
            let port = scheme == "smtps" ? servers.smtpsPort : servers.smtpPort
            let client = SMTPClient(
                SMTPConfiguration(
                    url: ServerURL("\(scheme)://127.0.0.1:\(port)")!, user: servers.smtpUser,
                    password: servers.smtpPassword, tls: TLSPolicy(caFile: servers.smtpCA)),
                logger: Logger(label: "test"))
            let before = Set(servers.sentMessages())
            let id = UUID().uuidString
            let bytes = message(id)
            try await client.send(from: "support@example.test", to: ["customer@example.test"], message: bytes)
            let new = servers.sentMessages().filter { !before.contains($0) }
            #expect(new.count == 1)
            let received = try [UInt8](Data(contentsOf: URL(fileURLWithPath: try #require(new.first))))
            #expect(received == bytes)
        }

        @Test("a refused recipient surfaces the server's reply code")
        func rejectedRecipient() async throws {
            guard let servers = TestServers.require() else { return }
            let client = SMTPClient(
                SMTPConfiguration(
                    url: ServerURL("smtp://127.0.0.1:\(servers.smtpPort)")!, user: servers.smtpUser,
                    password: servers.smtpPassword, tls: TLSPolicy(caFile: servers.smtpCA)),
                logger: Logger(label: "test"))
            do {
                try await client.send(
                    from: "support@example.test", to: ["reject-me@example.test"], message: message(UUID().uuidString))
                Issue.record("a rejected recipient must throw")
            } catch {
                #expect(error.serverCode == 550, "\(error)")
            }
            // The client recovers for the next message.
            try await client.send(
                from: "support@example.test", to: ["customer@example.test"], message: message(UUID().uuidString))
        }

        @Test("wrong SMTP credentials fail with a login error")
        func badCredentials() async throws {
            guard let servers = TestServers.require() else { return }
            let client = SMTPClient(
                SMTPConfiguration(
                    url: ServerURL("smtp://127.0.0.1:\(servers.smtpPort)")!, user: servers.smtpUser, password: "nope",
                    tls: TLSPolicy(caFile: servers.smtpCA)),
                logger: Logger(label: "test"))
            await #expect(throws: TransportError.self) {
                try await client.send(
                    from: "support@example.test", to: ["customer@example.test"], message: message(UUID().uuidString))
            }
        }
    }
}
