import Foundation
import Logging
import Testing
import Transport

/// The IMAP client against a real Dovecot: literals, guessable tags inside message bodies, TLS modes.
extension Integration {
    @Suite struct IMAPSessionTests {
        func configuration(_ s: TestServers, url: String, tagPrefix: String? = nil) -> IMAPConfiguration {
            IMAPConfiguration(
                url: ServerURL(url)!, user: s.imapUser, password: s.imapPassword, tls: TLSPolicy(caFile: s.imapCA),
                tagPrefix: tagPrefix)
        }

        /// A message whose body has lines starting with every tag the session will use.
        func injectionMessage() -> [UInt8] {
            var lines = [
                "From: Mallory <mallory@example.test>", "To: support@example.test", "Subject: tags in the body",
                "Message-ID: <injection-\(UUID().uuidString)@example.test>", "Date: Mon, 4 May 2026 10:00:00 +0800", "",
                "Hello,",
            ]
            for k in 1...12 { lines.append("T\(k) OK [READ-WRITE] injected completion for tag T\(k)") }
            lines += ["* 99 EXISTS", "* BYE pretend the server left", ")", "{5}", "T13 NO fake", "end of body"]
            return Array((lines.joined(separator: "\r\n") + "\r\n").utf8)
        }

        @Test("a body line that starts with the command's tag is stored intact and the session stays in step")
        func tagInjection() async throws {
            guard let servers = TestServers.require() else { return }
            let raw = injectionMessage()
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("inject-\(UUID().uuidString).eml")
                .path
            try Data(raw).write(to: URL(fileURLWithPath: file))
            let big = [UInt8]((0..<(3 * 1024 * 1024)).map { UInt8(truncatingIfNeeded: $0 % 94 + 33) })
            var large = Array("From: a@example.test\r\nTo: support@example.test\r\nSubject: large\r\n\r\n".utf8)
            for chunk in stride(from: 0, to: big.count, by: 76) {
                large += big[chunk..<min(big.count, chunk + 76)] + [13, 10]
            }
            let largeFile = file + ".large.eml"
            try Data(large).write(to: URL(fileURLWithPath: largeFile))
            try servers.resetInbox(user: "support", delivering: [file, largeFile])

            let client = try await IMAPClient.connect(
                configuration(servers, url: "imap://127.0.0.1:\(servers.imapPort)", tagPrefix: "T"),
                logger: Logger(label: "test"))
            let status = try await client.select("INBOX")
            #expect(status.exists == 2)
            let uids = try await client.uids(after: 0)
            #expect(uids == [1, 2])
            let fetched = try await client.fetch(uids: uids)
            #expect(fetched.count == 2)
            #expect(
                fetched.first { $0.uid == 1 }?.bytes == raw, "message with tag-like lines must come back byte for byte")
            #expect(fetched.first { $0.uid == 2 }?.bytes == large, "a 3 MB literal must come back byte for byte")
            // Still in step: the next commands get their own answers.
            try await client.noop()
            #expect(try await client.uids(after: 1) == [2])
            try await client.markSeen(uids: [1])
            let (unseen, _) = try await client.command("UID SEARCH UNSEEN")
            let values = unseen.flatMap { (try? $0.values()) ?? [] }.compactMap(\.number)
            #expect(values == [2])
            await client.logout()
        }

        @Test(
            "STARTTLS and IMAPS both log in with certificate verification; a wrong CA is refused",
            arguments: ["starttls", "imaps"])
        func tlsModes(mode: String) async throws {
            guard let servers = TestServers.require() else { return }
            let url =
                mode == "imaps" ? "imaps://127.0.0.1:\(servers.imapsPort)" : "imap://127.0.0.1:\(servers.imapPort)"
            let client = try await IMAPClient.connect(configuration(servers, url: url), logger: Logger(label: "test"))
            let caps = await client.capabilities
            #expect(caps.contains("IMAP4REV1"))
            await client.logout()

            // Without the test CA, the self-signed certificate must not be trusted.
            var untrusted = configuration(servers, url: url)
            untrusted.tls = TLSPolicy(caFile: "/etc/ssl/certs/ca-certificates.crt")
            await #expect(throws: TransportError.self) {
                _ = try await IMAPClient.connect(untrusted, logger: Logger(label: "test"))
            }
        }

        @Test("plaintext is refused unless explicitly allowed for loopback")
        func plaintextPolicy() async throws {
            guard let servers = TestServers.require() else { return }
            var allowed = configuration(servers, url: "imap://127.0.0.1:\(servers.imapPort)")
            allowed.tls = TLSPolicy(caFile: servers.imapCA, allowPlaintext: true)
            let client = try await IMAPClient.connect(allowed, logger: Logger(label: "test"))
            _ = try await client.select("INBOX")
            await client.logout()

            // Refused before any connection is attempted for a host that is not loopback.
            var remote = allowed
            remote.url = ServerURL("imap://mail.invalid:143")!
            do {
                _ = try await IMAPClient.connect(remote, logger: Logger(label: "test"))
                Issue.record("plaintext to a non-loopback host must be refused")
            } catch {
                #expect(error.code == .configuration, "\(error)")
            }
        }
    }
}
