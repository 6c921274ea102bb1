import Testing

@testable import MIME

/// Broken mail of each kind: a best-effort result plus warnings, never a trap and never a lost body.
@Suite("Broken mail")
struct BrokenMailTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let fixture: String
        let text: String
        /// A substring one of the warnings must contain; `nil` when none is expected.
        let warning: String?
        var testDescription: String { fixture }
    }

    static let cases: [Case] = [
        Case(fixture: "missing-final-boundary", text: "正文内容", warning: "no close delimiter"),
        Case(fixture: "multipart-no-boundary-param", text: "没有边界参数的正文", warning: "without boundary"),
        Case(fixture: "multipart-no-delimiters", text: "boundary never appears", warning: "has no parts"),
        Case(fixture: "preamble-epilogue", text: "正文内容", warning: nil),
        Case(fixture: "duplicate-boundary-lines", text: "正文内容", warning: nil),
        Case(fixture: "duplicate-content-type", text: "重复的头", warning: nil),
        Case(fixture: "base64-junk", text: "正文内容", warning: "invalid base64"),
        Case(fixture: "qp-bad-escapes", text: "softbreak 你好 bad=ZZ escapeend 100%", warning: "quoted-printable"),
        Case(fixture: "no-blank-line", text: "This line is body text.\nSecond line.", warning: "without a blank line"),
        Case(fixture: "bare-lf", text: "第一行\n第二行", warning: nil),
        Case(fixture: "truncated-header", text: "", warning: nil),
        Case(fixture: "empty", text: "", warning: "no header fields"),
        Case(fixture: "header-space-before-colon", text: "body", warning: nil),
        Case(fixture: "nesting-30", text: "", warning: "nesting deeper than 20"),
        Case(fixture: "8bit-binary", text: "八位正文", warning: nil),
    ]

    @Test(arguments: cases)
    func bestEffort(_ c: Case) throws {
        let m = try Fixture.message("broken/\(c.fixture).eml")
        #expect(m.text.trimmingTrailingNewlines == c.text)
        if let w = c.warning {
            #expect(m.warnings.contains { $0.contains(w) }, "\(m.warnings)")
        } else {
            #expect(m.warnings.isEmpty, "\(m.warnings)")
        }
    }

    @Test func attachmentsSurviveBrokenStructure() throws {
        let missing = try Fixture.message("broken/missing-final-boundary.eml")
        #expect(missing.attachments.map(\.size) == [1024])
        #expect(missing.attachments.first?.filename == "a.pdf")
        let junk = try Fixture.message("broken/base64-junk.eml")
        #expect(junk.attachments.first?.data == Array(0...12))
        let binary = try Fixture.message("broken/8bit-binary.eml")
        #expect(binary.attachments.first?.data == [0, 1, 2, 0xFF, 0xFE])
        #expect(try Fixture.message("broken/duplicate-boundary-lines.eml").attachments.isEmpty)
        let deep = try Fixture.message("broken/nesting-30.eml")
        #expect(deep.attachments.count == 1)
    }

    @Test func headersOfBrokenMail() throws {
        #expect(try Fixture.message("broken/truncated-header.eml").subject == "cut off mid")
        #expect(try Fixture.message("broken/no-blank-line.eml").subject == "no blank line")
        let obsolete = try Fixture.message("broken/header-space-before-colon.eml")
        #expect(obsolete.from?.address == "old@example.com")
        #expect(obsolete.subject == "obsolete syntax")
        #expect(try Fixture.message("broken/duplicate-content-type.eml").html == nil)
    }

    /// Every fixture cut at many offsets and with bytes flipped parses without trapping and within the limits.
    @Test func truncatedAndMutatedFixturesNeverTrap() throws {
        let names = ["broken", "structure", "charset", "reply", "words", "fuzz"].flatMap(Fixture.names(in:))
        #expect(names.count >= 70)
        let limits = ParserLimits()
        for name in names {
            let bytes = try Fixture.bytes(name)
            var cuts = Array(stride(from: 0, to: bytes.count, by: max(1, bytes.count / 23)))
            cuts.append(bytes.count)
            for cut in cuts {
                var mutated = Array(bytes[0..<cut])
                if cut > 2 { mutated[cut / 2] ^= 0x80 }
                let m = Message(parsing: mutated)
                #expect(m.warnings.count <= limits.maxWarnings + 1)
                _ = m.newText
            }
        }
    }

    @Test func limitsStopDescendingAndSaySo() {
        var limits = ParserLimits()
        limits.maxParts = 3
        limits.maxHeaderFields = 5
        var raw = Array("Content-Type: multipart/mixed; boundary=b\r\n".utf8)
        for k in 0..<10 { raw += Array("X-\(k): v\r\n".utf8) }
        raw += Array("\r\n".utf8)
        for k in 0..<10 { raw += Array("--b\r\n\r\npart \(k)\r\n".utf8) }
        raw += Array("--b--\r\n".utf8)
        let m = Message(parsing: raw, limits: limits)
        #expect(m.headers.fields.count == 5)
        #expect(m.warnings.contains { $0.contains("more than 5 header fields") })
        #expect(m.warnings.contains { $0.contains("more than 3 parts") })
        #expect(m.root.children.count == 2)
        #expect(m.text == "part 0")
    }

    @Test func warningsAreCapped() {
        // Thousands of multiparts without delimiters would each warn.
        var raw = Array("Content-Type: multipart/mixed; boundary=b\r\n\r\n".utf8)
        for k in 0..<500 {
            raw += Array("--b\r\nContent-Type: multipart/mixed; boundary=c\(k)\r\n\r\nx\r\n".utf8)
        }
        let m = Message(parsing: raw)
        #expect(m.warnings.count == ParserLimits().maxWarnings + 1)
        #expect(m.warnings.last?.hasSuffix("more warnings not shown") == true)
    }

    @Test func decodedSizeLimitKeepsSizeDropsData() {
        var limits = ParserLimits()
        limits.maxDecodedBytes = 10
        let raw = Array(
            "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n\r\nhi\r\n--b\r\nContent-Type: application/octet-stream\r\n\r\n0123456789abcdef\r\n--b--\r\n"
                .utf8)
        let m = Message(parsing: raw, limits: limits)
        #expect(m.attachments.first?.size == 16)
        #expect(m.attachments.first?.data.isEmpty == true)
        #expect(m.warnings.contains { $0.contains("exceed 10 decoded bytes") })
    }

    /// Work grows linearly: a message of many small lines in a deep structure parses in bounded steps.
    @Test func pathologicalInputsFinish() {
        let manyWords = Array(String(repeating: "=?utf-8?B?5Lit?= ", count: 20_000).utf8)
        // The white space between words goes; the trailing space after the last word stays.
        #expect(EncodedWords.decode(manyWords) == String(repeating: "中", count: 20_000) + " ")
        let manyOpens = Array(String(repeating: "<", count: 200_000).utf8)
        _ = HTMLText.render(String(decoding: manyOpens, as: UTF8.self))
        _ = Message.messageIDs(in: manyOpens)
        _ = Address.parseList(Array(String(repeating: "(", count: 100_000).utf8))
    }
}
