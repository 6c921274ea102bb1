import Model
import Testing

@testable import MIME

/// Outgoing messages: encoding, folding, injection safety, and the build → parse round trip.
@Suite("Message builder")
struct MessageBuilderTests {
    static let alphabet: [String] = [
        "a", "Z", "0", " ", " ", ".", ",", "\"", "\\", "=", "?", "=?", "?=", "_", ":", ";", "<", ">", "@", "(", ")",
        "你", "好", "订", "单", "號", "é", "ß", "😀", "𠀀", "\r\n", "\n", "\r", "\t", "-", "From: x", "\r\nBcc: y",
    ]

    static func text(_ rng: inout SplitMix64, maxLength: Int) -> String {
        let n = Int.random(in: 0...maxLength, using: &rng)
        return (0..<n).map { _ in alphabet.randomElement(using: &rng)! }.joined()
    }

    /// What header text becomes: controls as spaces, white space runs collapsed, trimmed.
    static func headerForm(_ s: String) -> String {
        HeaderEncoder.sanitize(s).split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    @Test func headerFormIsCollapsedSpaces() {
        #expect(Self.headerForm(" a \r\n b\t") == "a b")
        #expect(HeaderEncoder.collapsedSpaces(" a \r\n b\t") == "a b")
    }

    /// What body text becomes: CRLF and lone CR read back as LF.
    static func bodyForm(_ s: String) -> String {
        String(decoding: MIMEPart.normalizingLineBreaks(Array(s.utf8)), as: UTF8.self)
    }

    @Test func roundTripProperty() {
        var rng = SplitMix64(seed: 20_240_501)
        for iteration in 0..<400 {
            let subject = Self.text(&rng, maxLength: 60)
            let name = Self.text(&rng, maxLength: 20)
            let body = Self.text(&rng, maxLength: 300)
            let html: String? = Bool.random(using: &rng) ? "<p>" + Self.text(&rng, maxLength: 100) + "</p>" : nil
            let fileName = Self.text(&rng, maxLength: 30) + ".pdf"
            let data = (0..<Int.random(in: 0...200, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
            let withFile = Bool.random(using: &rng)
            let outgoing = OutgoingMessage(
                from: Address(name: name, address: "support@intake.example"),
                to: [Address(name: "客户 \(iteration)", address: "c\(iteration)@example.com")], subject: subject,
                date: 1_714_530_600 + Int64(iteration) * 86_399, dateOffsetMinutes: 480,
                messageID: "m\(iteration)@intake.example", inReplyTo: "in\(iteration)@example.com",
                references: ["r\(iteration)@example.com", "in\(iteration)@example.com"],
                extraHeaders: [("X-Intake-Ticket", "T-\(iteration)\r\nBcc: victim@example.com")], text: body,
                html: html,
                attachments: withFile
                    ? [OutgoingAttachment(filename: fileName, contentType: "application/pdf", data: data)] : [])
            let raw = outgoing.render()
            let parsed = Message(parsing: raw)
            let context = Comment(rawValue: "iteration \(iteration)")
            #expect(parsed.subject ?? "" == Self.headerForm(subject), context)
            #expect(parsed.from?.address == "support@intake.example", context)
            #expect(parsed.from?.name ?? "" == Self.headerForm(name), context)
            #expect(parsed.to == [Address(name: "客户 \(iteration)", address: "c\(iteration)@example.com")], context)
            #expect(parsed.date == 1_714_530_600 + Int64(iteration) * 86_399, context)
            #expect(parsed.messageID == "m\(iteration)@intake.example", context)
            #expect(parsed.inReplyTo == "in\(iteration)@example.com", context)
            #expect(parsed.references == ["r\(iteration)@example.com", "in\(iteration)@example.com"], context)
            if let html, Self.bodyForm(body).utf8.allSatisfy(ASCII.isSpace) {
                // A blank text part next to HTML: the HTML, rendered, is the text.
                #expect(parsed.text == HTMLText.render(Self.bodyForm(html)), context)
            } else {
                #expect(parsed.text == Self.bodyForm(body), context)
            }
            #expect(parsed.html == html.map(Self.bodyForm), context)
            #expect(parsed.warnings.isEmpty, "\(parsed.warnings) \(context)")
            if withFile {
                #expect(parsed.attachments.count == 1, context)
                #expect(parsed.attachments.first?.data == data, context)
                #expect(parsed.attachments.first?.filename == Self.headerForm(fileName), context)
            } else {
                #expect(parsed.attachments.isEmpty, context)
            }
            // No value can start a header: the only fields are the ones the builder writes.
            let names = Set(parsed.headers.fields.map { $0.name })
            #expect(
                names
                    == Set(
                        [
                            "From", "To", "Subject", "Date", "Message-ID", "In-Reply-To", "References",
                            "X-Intake-Ticket",
                            "MIME-Version", "Content-Type", "Content-Transfer-Encoding",
                        ].filter { $0 != "Content-Transfer-Encoding" || (html == nil && !withFile) }), context)
            #expect(parsed.headers["X-Intake-Ticket"] == "T-\(iteration) Bcc: victim@example.com", context)
            // Every header line fits in 78 octets (RFC 5322 §2.1.1) and is ASCII.
            let headerEnd = raw.firstIndex(of: Array("\r\n\r\n".utf8), from: 0) ?? raw.count
            for line in raw[0..<headerEnd].split(separator: ASCII.lf) {
                #expect(line.count <= 79, "\(String(decoding: line, as: UTF8.self)) \(context)")
                #expect(line.allSatisfy { $0 < 128 }, context)
            }
        }
    }

    @Test func asciiIsNotEncodedAndNonASCIIIs() {
        #expect(HeaderEncoder.unstructured("Subject", "Order 123 shipped") == "Subject: Order 123 shipped")
        let zh = HeaderEncoder.unstructured("Subject", "回复：订单 123")
        #expect(zh.hasPrefix("Subject: =?utf-8?B?"))
        #expect(zh.hasSuffix(" 123"))
        // Text that looks like an encoded word is encoded so that it reads back literally.
        #expect(
            EncodedWords.decode(Array(HeaderEncoder.unstructured("S", "=?utf-8?B?5Lit?=").dropFirst(3).utf8))
                == "=?utf-8?B?5Lit?=")
    }

    @Test func foldingNeverSplitsACharacter() {
        let long = String(repeating: "客服中心😀", count: 40)
        let field = HeaderEncoder.unstructured("Subject", long)
        for line in field.split(separator: "\r\n") {
            #expect(line.utf8.count <= 78)
        }
        // Each encoded word decodes alone to whole characters.
        for word in field.split(separator: " ") where word.hasPrefix("=?") {
            let decoded = EncodedWords.decode(String(word))
            #expect(!decoded.contains("\u{FFFD}"))
        }
        #expect(EncodedWords.decode(Array(field.dropFirst(9).utf8)) == long)
    }

    @Test func dateIsRFC5322AndLocaleIndependent() {
        #expect(MailDate.format(1_714_530_600, offsetMinutes: 480) == "Wed, 1 May 2024 10:30:00 +0800")
        #expect(MailDate.format(0, offsetMinutes: -300) == "Wed, 31 Dec 1969 19:00:00 -0500")
        #expect(MailDate.parse(MailDate.format(1_714_530_600, offsetMinutes: 345)) == 1_714_530_600)
    }

    @Test(arguments: [
        ("plain ascii\n", "7bit"), ("no final newline", "quoted-printable"),
        ("mostly ascii with é\n", "quoted-printable"),
        ("全是中文的正文内容", "base64"), ("a\u{1}b\n", "quoted-printable"),
    ])
    func bodyEncodingIsChosenByContent(_ body: String, _ encoding: String) {
        let raw = OutgoingMessage(
            from: Address(name: nil, address: "a@example.com"), to: [], subject: "s", date: 0, messageID: "x@y",
            text: body
        ).render()
        let m = Message(parsing: raw)
        #expect(m.headers["Content-Transfer-Encoding"] == encoding)
        #expect(m.text == body)
    }

    @Test func quotedPrintableLinesStayShort() {
        let body = String(repeating: "The quick brown fox jumps over the lazy dog = é ", count: 20)
        let encoded = QuotedPrintable.encode(Array(body.utf8))
        for line in encoded.split(separator: ASCII.lf) { #expect(line.count <= 77) }
        #expect(TransferEncoding.decodeQuotedPrintable(encoded).bytes == Array(body.utf8))
    }
}
