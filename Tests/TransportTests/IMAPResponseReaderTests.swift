import Model
import Testing

@testable import Transport

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }

/// Feeds `stream` in pieces of the given sizes (the rest at once) and collects every complete response.
func readAll(_ stream: [UInt8], chunks: [Int]? = nil) throws(IMAPProtocolError) -> [IMAPResponse] {
    var reader = IMAPResponseReader()
    var responses: [IMAPResponse] = []
    var offset = 0
    for size in chunks ?? [] where offset < stream.count {
        let end = min(stream.count, offset + size)
        reader.feed(stream[offset..<end])
        offset = end
        while let r = try reader.next() { responses.append(r) }
    }
    if offset < stream.count {
        reader.feed(stream[offset...])
        while let r = try reader.next() { responses.append(r) }
    }
    #expect(reader.pendingByteCount == 0, "bytes left over after the last response")
    return responses
}

func randomChunks(total: Int, maxChunk: Int, seed: UInt64) -> [Int] {
    var rng = SplitMix64(seed: seed)
    var sizes: [Int] = []
    var sum = 0
    while sum < total {
        let s = Int.random(in: 1...maxChunk, using: &rng)
        sizes.append(s)
        sum += s
    }
    return sizes
}

@Suite("IMAPResponseReader")
struct IMAPResponseReaderTests {
    // MARK: status responses

    @Test(
        "status responses: word, response code and text",
        arguments: [
            (
                "A1 OK [READ-WRITE] SELECT completed\r\n", IMAPResponse.Kind.tagged("A1"), "OK", "READ-WRITE",
                "SELECT completed"
            ),
            (
                "A2 NO [AUTHENTICATIONFAILED] Invalid credentials\r\n", .tagged("A2"), "NO", "AUTHENTICATIONFAILED",
                "Invalid credentials"
            ),
            ("A0003 BAD Command unknown\r\n", .tagged("A0003"), "BAD", nil, "Command unknown"),
            ("* OK [UIDVALIDITY 3857529045] UIDs valid\r\n", .untagged, "OK", "UIDVALIDITY 3857529045", "UIDs valid"),
            ("* BYE Logging out\r\n", .untagged, "BYE", nil, "Logging out"),
            ("* PREAUTH [CAPABILITY IMAP4rev1] ready\r\n", .untagged, "PREAUTH", "CAPABILITY IMAP4rev1", "ready"),
            ("a4 ok done\r\n", .tagged("a4"), "OK", nil, "done"),
            ("A5 OK\r\n", .tagged("A5"), "OK", nil, ""),
            ("A6 NO [TRYCREATE]\r\n", .tagged("A6"), "NO", "TRYCREATE", ""),
            ("A7 OK bare line feed\n", .tagged("A7"), "OK", nil, "bare line feed"),
        ] as [(String, IMAPResponse.Kind, String, String?, String)])
    func status(line: String, kind: IMAPResponse.Kind, word: String, code: String?, text: String) throws {
        let responses = try readAll(bytes(line))
        try #require(responses.count == 1)
        let r = responses[0]
        #expect(r.kind == kind)
        let status = try #require(r.status)
        #expect(status.word == word)
        #expect(status.code == code)
        #expect(status.text == text)
    }

    @Test(
        "non-status responses have no status",
        arguments: ["* 3 EXISTS\r\n", "* CAPABILITY IMAP4rev1 IDLE\r\n", "+ go\r\n"])
    func noStatus(line: String) throws {
        let r = try #require(try readAll(bytes(line)).first)
        #expect(r.status == nil)
    }

    @Test("untagged data interleaved before the tagged answer")
    func interleaved() throws {
        let stream = bytes(
            "* 3 EXISTS\r\n* 1 EXPUNGE\r\n* 2 FETCH (FLAGS (\\Seen) UID 7)\r\n* 0 RECENT\r\nA4 OK FETCH completed\r\n")
        let responses = try readAll(stream)
        #expect(responses.map(\.kind) == [.untagged, .untagged, .untagged, .untagged, .tagged("A4")])
        #expect(try responses[0].values() == [.number(3), .atom("EXISTS")])
        #expect(try responses[1].values() == [.number(1), .atom("EXPUNGE")])
        #expect(
            try responses[2].values() == [
                .number(2), .atom("FETCH"),
                .list([.atom("FLAGS"), .list([.atom("\\Seen")]), .atom("UID"), .number(7)]),
            ])
        #expect(try responses[3].values() == [.number(0), .atom("RECENT")])
        #expect(responses[4].status?.text == "FETCH completed")
    }

    @Test("continuation request")
    func continuation() throws {
        let responses = try readAll(bytes("+ go ahead\r\n+\r\n+ \r\n"))
        #expect(responses.map(\.kind) == [.continuation, .continuation, .continuation])
        #expect(responses[0].segments == [.text(bytes("go ahead"))])
        #expect(responses[0].summary == "go ahead")
        #expect(responses[1].segments == [.text([])])
        #expect(responses[2].segments == [.text([])])
    }

    @Test("nothing is returned until the line is complete")
    func incomplete() throws {
        var reader = IMAPResponseReader()
        reader.feed(bytes("A1 OK do"))
        #expect(try reader.next() == nil)
        #expect(reader.pendingByteCount == 8)
        reader.feed(bytes("ne\r"))
        #expect(try reader.next() == nil)
        reader.feed(bytes("\n* 1 EX"))
        let r = try #require(try reader.next())
        #expect(r.kind == .tagged("A1"))
        #expect(r.status?.text == "done")
        #expect(try reader.next() == nil)
        #expect(reader.pendingByteCount == 6)
    }

    // MARK: literals

    @Test("two literals in one FETCH response")
    func twoLiterals() throws {
        let responses = try readAll(bytes("* 1 FETCH (BODY[HEADER] {5}\r\nabcde BODY[] {3}\r\nxyz)\r\nA1 OK done\r\n"))
        try #require(responses.count == 2)
        let r = responses[0]
        #expect(r.kind == .untagged)
        #expect(
            r.segments == [
                .text(bytes("1 FETCH (BODY[HEADER] ")), .literal(bytes("abcde")), .text(bytes(" BODY[] ")),
                .literal(bytes("xyz")), .text(bytes(")")),
            ])
        #expect(r.summary == "1 FETCH (BODY[HEADER] {5} BODY[] {3})")
        #expect(
            try r.values() == [
                .number(1), .atom("FETCH"),
                .list([.atom("BODY[HEADER]"), .string(bytes("abcde")), .atom("BODY[]"), .string(bytes("xyz"))]),
            ])
        #expect(responses[1].kind == .tagged("A1"))
    }

    @Test("a literal right after the tag, and one at the very end of the response")
    func literalPositions() throws {
        let responses = try readAll(bytes("* {3}\r\nabc\r\n* 5 FETCH (UID 9 BODY[] {4}\r\nwxyz)\r\n* X {2}\r\nhi\r\n"))
        try #require(responses.count == 3)
        #expect(responses[0].segments == [.text([]), .literal(bytes("abc")), .text([])])
        #expect(try responses[0].values() == [.string(bytes("abc"))])
        #expect(
            try responses[1].values() == [
                .number(5), .atom("FETCH"), .list([.atom("UID"), .number(9), .atom("BODY[]"), .string(bytes("wxyz"))]),
            ])
        #expect(try responses[2].values() == [.atom("X"), .string(bytes("hi"))])
    }

    @Test("a literal whose data ends in a literal marker is still just data")
    func literalEndingInMarker() throws {
        let responses = try readAll(bytes("* 3 FETCH (BODY[] {3}\r\n{1}\r\nA1 OK\r\n"))
        try #require(responses.count == 2)
        #expect(responses[0].segments == [.text(bytes("3 FETCH (BODY[] ")), .literal(bytes("{1}")), .text([])])
        #expect(responses[1].kind == .tagged("A1"))
    }

    @Test("a zero-byte literal")
    func emptyLiteral() throws {
        let responses = try readAll(bytes("* 1 FETCH (BODY[] {0}\r\n UID 4)\r\nA1 OK\r\n"))
        try #require(responses.count == 2)
        #expect(responses[0].segments == [.text(bytes("1 FETCH (BODY[] ")), .literal([]), .text(bytes(" UID 4)"))])
        #expect(
            try responses[0].values() == [
                .number(1), .atom("FETCH"), .list([.atom("BODY[]"), .string([]), .atom("UID"), .number(4)]),
            ])
    }

    @Test("literal+ markers ({n+}) are literals too")
    func literalPlus() throws {
        let responses = try readAll(bytes("* 2 FETCH (BODY[] {5+}\r\nA OK\n)\r\nA2 OK\r\n"))
        try #require(responses.count == 2)
        #expect(responses[0].segments[1] == .literal(bytes("A OK\n")))
        #expect(try responses[0].values()[2] == .list([.atom("BODY[]"), .string(bytes("A OK\n"))]))
    }

    @Test("literal content that looks like a tagged response does not end the response")
    func injectedTagInsideLiteral() throws {
        let body = bytes("line 1\r\nA7 OK done\r\n* 3 EXISTS\r\n)\r\n{5}\r\n* BYE bye\r\n")
        var stream = bytes("* 1 FETCH (UID 4 BODY[] {\(body.count)}\r\n")
        stream += body
        stream += bytes(")\r\nA7 OK FETCH completed\r\n")
        for chunks in [nil, [1], [7, 3, 11]] as [[Int]?] {
            let chunkSizes = chunks.map { c in Array(repeating: c, count: stream.count).flatMap { $0 } }
            let responses = try readAll(stream, chunks: chunkSizes)
            try #require(responses.count == 2)
            #expect(
                responses[0].segments == [.text(bytes("1 FETCH (UID 4 BODY[] ")), .literal(body), .text(bytes(")"))])
            #expect(responses[1].kind == .tagged("A7"))
            #expect(responses[1].status?.text == "FETCH completed")
        }
    }

    @Test("the IMAP-injection sample travels as literal data")
    func injectionSample() throws {
        let path = #filePath.split(separator: "/").dropLast(3).joined(separator: "/")
        let url = "/" + path + "/samples/11-en-imap-tag-injection.eml"
        let message = try #require(readFileBytes(url), "cannot read \(url)")
        var stream = bytes("* 11 FETCH (UID 11 BODY[] {\(message.count)}\r\n")
        stream += message
        stream += bytes(")\r\nA0001 OK UID FETCH completed\r\n")
        let responses = try readAll(stream, chunks: randomChunks(total: stream.count, maxChunk: 97, seed: 11))
        try #require(responses.count == 2)
        #expect(try responses[0].values()[2] == .list([.atom("UID"), .number(11), .atom("BODY[]"), .string(message)]))
        #expect(responses[1].kind == .tagged("A0001"))
    }

    @Test("a 5 MB literal of random bytes comes out byte-exact")
    func hugeLiteral() throws {
        var rng = SplitMix64(seed: 42)
        var body = [UInt8](repeating: 0, count: 5 * 1024 * 1024)
        body.withUnsafeMutableBytes { raw in
            let words = raw.bindMemory(to: UInt64.self)
            for i in 0..<words.count { words[i] = rng.next() }
        }
        // Protocol-looking lines at a few places inside the data.
        for (k, position) in [0, 1000, 65_536, 2_000_000, body.count - 40].enumerated() {
            let fake = bytes("\r\nA1 OK injected \(k)\r\n* BYE\r\n{5}\r\n")
            body.replaceSubrange(position..<(position + fake.count), with: fake)
        }
        var stream = bytes("* 1 FETCH (UID 77 BODY[] {\(body.count)}\r\n")
        stream += body
        stream += bytes(" FLAGS (\\Seen))\r\nA1 OK done\r\n")

        for chunks in [nil, randomChunks(total: stream.count, maxChunk: 256 * 1024, seed: 5)] {
            let responses = try readAll(stream, chunks: chunks)
            try #require(responses.count == 2)
            try #require(responses[0].segments.count == 3)
            guard case .literal(let got) = responses[0].segments[1] else {
                Issue.record("no literal")
                return
            }
            #expect(got.count == body.count)
            let identical = got == body
            #expect(identical)
            #expect(responses[0].summary == "1 FETCH (UID 77 BODY[] {\(body.count)} FLAGS (\\Seen))")
            #expect(responses[1].kind == .tagged("A1"))
            #expect(responses[1].status?.text == "done")
        }
    }

    // MARK: chunking

    static let mixedStream: [UInt8] = {
        var s = bytes("* OK [CAPABILITY IMAP4rev1 LITERAL+] ready\r\n")
        s += bytes("A1 OK [READ-WRITE] SELECT completed\r\n* 2 EXISTS\r\n")
        s += bytes(
            "* 1 FETCH (UID 1 BODY[HEADER.FIELDS (FROM TO)] {22}\r\nFrom: a@b\r\nTo: c@d\r\n\r\n BODY[] {0}\r\n)\r\n")
        s += bytes("* 2 FETCH (UID 2 BODY[] {12}\r\nA2 OK done\r\n FLAGS ())\r\n")
        s += bytes("+ go ahead\r\n* 3 FETCH (BODY[] {3+}\r\n{1} NIL \"q\\\"s\")\n")
        s += bytes("A2 OK FETCH completed\r\n")
        return s
    }()

    @Test("one byte at a time gives the same responses as all at once")
    func byteAtATime() throws {
        let whole = try readAll(Self.mixedStream)
        #expect(whole.count == 8)
        let single = try readAll(Self.mixedStream, chunks: Array(repeating: 1, count: Self.mixedStream.count))
        #expect(single == whole)
    }

    @Test("random chunk sizes give the same responses as all at once", arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func randomChunking(seed: UInt64) throws {
        let whole = try readAll(Self.mixedStream)
        let chunked = try readAll(
            Self.mixedStream, chunks: randomChunks(total: Self.mixedStream.count, maxChunk: 40, seed: seed))
        #expect(chunked == whole)
    }

    @Test("many responses past the compaction threshold, with a partial one left over")
    func compaction() throws {
        var reader = IMAPResponseReader()
        var stream: [UInt8] = []
        for i in 0..<5_000 { stream += bytes("* \(i) FETCH (UID \(i) BODY[] {3}\r\nab\n)\r\n") }
        let partial = bytes("* 5000 FETCH (UID 5000 BODY[] {10}\r\n01234")
        reader.feed(stream + partial)
        var count = 0
        while let r = try reader.next() {
            #expect(
                try r.values() == [
                    .number(UInt64(count)), .atom("FETCH"),
                    .list([.atom("UID"), .number(UInt64(count)), .atom("BODY[]"), .string(bytes("ab\n"))]),
                ])
            count += 1
        }
        #expect(count == 5_000)
        #expect(reader.pendingByteCount == partial.count)
        reader.feed(bytes("56789)\r\nA9 OK\r\n"))
        let last = try #require(try reader.next())
        #expect(
            try last.values() == [
                .number(5000), .atom("FETCH"),
                .list([.atom("UID"), .number(5000), .atom("BODY[]"), .string(bytes("0123456789"))]),
            ])
        #expect(try reader.next()?.kind == .tagged("A9"))
        #expect(reader.pendingByteCount == 0)
    }

    // MARK: errors

    @Test(
        "a line that does not start with a tag throws",
        arguments: ["(FLAGS) OK\r\n", "{x OK\r\n", "\r\n", "\n", "{3}\r\nabc\r\n", "标签 OK done\r\n", "\u{7F}A OK\r\n"])
    func notATag(line: String) {
        #expect(throws: IMAPProtocolError.self) {
            _ = try readAll(bytes(line))
        }
    }

    /// `makeResponse` checks the tag's characters with `allSatisfy`, which is true for an empty tag.
    @Test("a line starting with a space has no tag and throws")
    func leadingSpace() {
        #expect(throws: IMAPProtocolError.self) {
            let r = try readAll(bytes(" A1 OK done\r\n"))
            Issue.record("read as \(r.map(\.kind))")
        }
    }

    @Test("a literal larger than the limit throws")
    func literalTooLarge() throws {
        var reader = IMAPResponseReader()
        reader.feed(bytes("* 1 FETCH (BODY[] {\(IMAPResponseReader.maxLiteralSize + 1)}\r\n"))
        #expect(throws: IMAPProtocolError.self) { _ = try reader.next() }

        var ok = IMAPResponseReader()
        ok.feed(bytes("* 1 FETCH (BODY[] {\(IMAPResponseReader.maxLiteralSize)}\r\nabc"))
        #expect(try ok.next() == nil)  // waits for the data
    }

    @Test("a marker with more than twelve digits is text, not a literal")
    func hugeMarkerIsText() throws {
        let responses = try readAll(bytes("* OK {1234567890123}\r\n"))
        #expect(responses.count == 1)
        #expect(responses.first?.status?.text == "{1234567890123}")
    }

    @Test("an over-long line without a line feed throws")
    func overLongLine() throws {
        let limit = IMAPResponseReader.maxLineLength
        var reader = IMAPResponseReader()
        reader.feed(bytes("* OK "))
        reader.feed([UInt8](repeating: UInt8(ascii: "x"), count: limit - 5))
        #expect(try reader.next() == nil)  // exactly at the limit: still waiting
        reader.feed([UInt8(ascii: "x")])
        #expect(throws: IMAPProtocolError.self) { _ = try reader.next() }
    }

    @Test("an over-long line throws even when its line feed arrives in the same chunk")
    func overLongCompleteLine() {
        var stream = bytes("* OK ")
        stream += [UInt8](repeating: UInt8(ascii: "x"), count: IMAPResponseReader.maxLineLength + 10)
        stream += bytes("\r\n")
        #expect(throws: IMAPProtocolError.self) {
            var reader = IMAPResponseReader()
            reader.feed(stream)
            _ = try reader.next()
        }
    }

    // MARK: tokenizer

    @Test("FETCH values: numbers, literal strings, bracketed atoms, NIL and quoted strings")
    func fetchValues() throws {
        var stream = bytes("* 12 FETCH (UID 4827 RFC822.SIZE 2048 BODY[HEADER.FIELDS (FROM TO)] {16}\r\n")
        stream += bytes("From: a@b.test\r\n")
        stream += bytes(
            " BODY[]<0> {4}\r\nbody X-GM-LABELS NIL SUBJ \"say \\\"hi\\\" \\\\ bye\" EMPTY \"\" N 18446744073709551615")
        stream += bytes(" BIG 99999999999999999999 FLAGS (\\Seen $Junk) BODY[TEXT] NIL)\r\n")
        let r = try #require(try readAll(stream).first)
        let values = try r.values()
        try #require(values.count == 3)
        #expect(values[0] == .number(12))
        #expect(values[1] == .atom("FETCH"))
        guard case .list(let items) = values[2] else {
            Issue.record("not a list: \(values[2])")
            return
        }
        #expect(
            items == [
                .atom("UID"), .number(4827), .atom("RFC822.SIZE"), .number(2048),
                .atom("BODY[HEADER.FIELDS (FROM TO)]"), .string(bytes("From: a@b.test\r\n")),
                .atom("BODY[]<0>"), .string(bytes("body")),
                .atom("X-GM-LABELS"), .nil_,
                .atom("SUBJ"), .string(bytes("say \"hi\" \\ bye")),
                .atom("EMPTY"), .string([]),
                .atom("N"), .number(UInt64.max),
                .atom("BIG"), .atom("99999999999999999999"),
                .atom("FLAGS"), .list([.atom("\\Seen"), .atom("$Junk")]),
                .atom("BODY[TEXT]"), .nil_,
            ])
        #expect(items[1].number == 4827)
        #expect(items[5].bytes == bytes("From: a@b.test\r\n"))
        #expect(items[9].bytes == nil)
        #expect(items[0].atom == "UID")
        #expect(items[0].bytes == bytes("UID"))
    }

    @Test("nested lists and lower-case nil")
    func nestedLists() throws {
        let r = try #require(
            try readAll(bytes("* LIST (\\HasNoChildren) \"/\" \"INBOX\"\r\n* X ((a b) (c (d nil)) ())\r\n")).last)
        #expect(
            try r.values() == [
                .atom("X"),
                .list([.list([.atom("a"), .atom("b")]), .list([.atom("c"), .list([.atom("d"), .nil_])]), .list([])]),
            ])
    }

    @Test(
        "malformed values throw",
        arguments: ["* 1 FETCH (UID 1))\r\n", "* 1 FETCH (UID 1\r\n", "* 1 FETCH (SUBJ \"open)\r\n", "* )\r\n"])
    func malformedValues(line: String) throws {
        let r = try #require(try readAll(bytes(line)).first)
        #expect(throws: IMAPProtocolError.self) { _ = try r.values() }
    }
}

/// Reads a whole file with the C library (no Foundation needed).
func readFileBytes(_ path: String) -> [UInt8]? {
    guard let f = fopen(path, "rb") else { return nil }
    defer { fclose(f) }
    var out: [UInt8] = []
    var buf = [UInt8](repeating: 0, count: 65_536)
    while true {
        let n = fread(&buf, 1, buf.count, f)
        if n <= 0 { break }
        out += buf[0..<n]
    }
    return out
}
