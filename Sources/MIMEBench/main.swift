import MIME

// Parse-only benchmark of the MIME parser: `MIMEBench DIR [--dump FILE]`.
//
// Reads every `.eml` file in DIR (sorted by name) one at a time and does the work bench/mime/run compares
// across tools: decode subject and sender, pick the text body (or render the HTML), list every attachment
// with its fully decoded size. Prints messages, bytes, seconds and a checksum (CRC-32 over the per-message
// result lines); `--dump FILE` writes those lines so outputs can be compared with the other tools.
#if canImport(Glibc)
import Glibc
#endif

/// The per-message result line; the same format as bench/mime/gmime_bench.c and python_bench.py:
/// name, subject without ASCII white space, first sender address, CRC-32 of the body text's UTF-8 without
/// ASCII white space, and the decoded size of every attachment.
func resultLine(name: String, message: Message) -> String {
    let subject = CRC32.withoutWhitespace(Array((message.subject ?? "").utf8))
    let sender = message.from?.address ?? ""
    var text = message.text
    let bodyCRC = text.withUTF8 { CRC32.checksumSkippingWhitespace($0) }
    let attachments = message.attachments.map { "\($0.size)" }.joined(separator: ",")
    let subjectText = String(decoding: subject, as: UTF8.self)
    return "\(name)\t\(subjectText)\t\(sender)\t\(CRC32.hex(bodyCRC))\t\(attachments)"
}

/// CRC-32 (IEEE 802.3, as zlib's `crc32`).
enum CRC32 {
    static let table: [UInt32] = (0..<256).map { i -> UInt32 in
        var c = UInt32(i)
        for _ in 0..<8 { c = (c & 1) != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    static func checksum(_ bytes: [UInt8], start: UInt32 = 0) -> UInt32 {
        var c = start ^ 0xFFFF_FFFF
        for b in bytes { c = table[Int((c ^ UInt32(b)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }

    static func checksumSkippingWhitespace(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        table.withUnsafeBufferPointer { t in
            var c: UInt32 = 0xFFFF_FFFF
            for b in bytes where !(b == 0x20 || (b >= 0x09 && b <= 0x0D)) {
                c = t[Int((c ^ UInt32(b)) & 0xFF)] ^ (c >> 8)
            }
            return c ^ 0xFFFF_FFFF
        }
    }

    static func withoutWhitespace(_ bytes: [UInt8]) -> [UInt8] {
        bytes.filter { !($0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D)) }
    }

    static func hex(_ v: UInt32) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: 8 - s.count) + s
    }
}

func readFile(_ path: String) -> [UInt8]? {
    guard let file = fopen(path, "rb") else { return nil }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = fread(&buffer, 1, buffer.count, file)
        if n <= 0 { break }
        bytes.append(contentsOf: buffer[0..<n])
    }
    return bytes
}

func listMessages(_ directory: String) -> [String] {
    guard let dir = opendir(directory) else { return [] }
    defer { closedir(dir) }
    var names: [String] = []
    while let entry = readdir(dir) {
        let name = withUnsafePointer(to: entry.pointee.d_name) {
            $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
        }
        if name.hasSuffix(".eml") { names.append(name) }
    }
    return names.sorted()
}

func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

var arguments = Array(CommandLine.arguments.dropFirst())
var dumpPath: String?
if let i = arguments.firstIndex(of: "--dump"), i + 1 < arguments.count {
    dumpPath = arguments[i + 1]
    arguments.removeSubrange(i...(i + 1))
}
guard let directory = arguments.first else {
    print("usage: MIMEBench DIR [--dump FILE]")
    exit(2)
}
let names = listMessages(directory)
let dump = dumpPath.flatMap { fopen($0, "w") }
var checksum: UInt32 = 0
var totalBytes = 0
let start = now()
for name in names {
    guard let bytes = readFile(directory + "/" + name) else { continue }
    totalBytes += bytes.count
    let line = resultLine(name: name, message: Message(parsing: bytes)) + "\n"
    checksum = CRC32.checksum(Array(line.utf8), start: checksum)
    if let dump { fputs(line, dump) }
}
let seconds = now() - start
if let dump { fclose(dump) }
print("messages=\(names.count) bytes=\(totalBytes) seconds=\(seconds) checksum=\(CRC32.hex(checksum))")
