import Testing

@testable import Transport

@Suite("ServerURL and TLSPolicy")
struct ServerURLTests {
    @Test(
        "parses imap, imaps, smtp and smtps URLs",
        arguments: [
            ("imap://mail.example.test", "imap", "mail.example.test", nil, false, "imap://mail.example.test"),
            ("imaps://mail.example.test:993", "imaps", "mail.example.test", 993, true, "imaps://mail.example.test:993"),
            ("smtp://127.0.0.1:2525/", "smtp", "127.0.0.1", 2525, false, "smtp://127.0.0.1:2525"),
            (
                "smtps://smtp.example.test:465/submit", "smtps", "smtp.example.test", 465, true,
                "smtps://smtp.example.test:465"
            ),
            ("IMAPS://Mail.Example.Test", "imaps", "Mail.Example.Test", nil, true, "imaps://Mail.Example.Test"),
            ("imap://[::1]:1143", "imap", "[::1]", 1143, false, "imap://[::1]:1143"),
            ("imap://[::1]", "imap", "[::1]", nil, false, "imap://[::1]"),
            ("imap://localhost:1", "imap", "localhost", 1, false, "imap://localhost:1"),
            ("smtp://localhost:65535", "smtp", "localhost", 65535, false, "smtp://localhost:65535"),
            ("imap://host/INBOX/a@b", "imap", "host", nil, false, "imap://host"),
        ] as [(String, String, String, Int?, Bool, String)])
    func parses(text: String, scheme: String, host: String, port: Int?, implicitTLS: Bool, description: String) throws {
        let url = try #require(ServerURL(text))
        #expect(url.scheme == scheme)
        #expect(url.host == host)
        #expect(url.port == port)
        #expect(url.isImplicitTLS == implicitTLS)
        #expect(url.description == description)
        #expect(ServerURL(url.description) == url)
    }

    @Test(
        "rejects other schemes, bad ports, missing hosts and credentials",
        arguments: [
            "", "mail.example.test", "imap:/mail.example.test", "imap:mail.example.test", "http://mail.example.test",
            "ftp://mail.example.test", "imapx://mail.example.test", "pop3://mail.example.test", "imap://",
            "imap:///INBOX", "imap://:993", "imap://host:", "imap://host:0", "imap://host:65536", "imap://host:99999",
            "imap://host:-1", "imap://host:abc", "imap://host:99 3", "imap://user@host",
            "imaps://user:secret@mail.example.test:993", "smtp://:password@host", "smtps://a%40b@host",
        ])
    func rejects(text: String) {
        #expect(ServerURL(text) == nil, "\(text) should be rejected")
    }

    @Test(
        "loopback hosts",
        arguments: [
            ("localhost", true), ("127.0.0.1", true), ("127.1.2.3", true), ("127.255.255.254", true), ("::1", true),
            ("[::1]", true), ("example.test", false), ("128.0.0.1", false), ("10.0.0.1", false), ("0.0.0.0", false),
            ("::2", false), ("localhost.example.test", false), ("1127.0.0.1", false), ("", false),
            ("192.0.2.127", false),
        ])
    func loopback(host: String, expected: Bool) {
        #expect(TLSPolicy.isLoopback(host) == expected)
    }

    /// The doc promises plaintext only for 127.0.0.0/8, ::1 and localhost; a DNS name that merely starts with
    /// "127." can resolve anywhere, and plaintext would send the password there in clear.
    @Test(
        "a DNS name starting with 127. is not loopback",
        arguments: ["127.example.test", "127.0.0.1.nip.io", "127.attacker"])
    func dnsNameStartingWith127(host: String) {
        #expect(TLSPolicy.isLoopback(host) == false)
    }

    @Test("TLS is required by default")
    func defaults() {
        let policy = TLSPolicy()
        #expect(policy.allowPlaintext == false)
        #expect(policy.caFile == nil)
    }
}
