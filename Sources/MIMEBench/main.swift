import MIME

// Parse-only benchmark of the MIME parser: `MIMEBench DIR [--dump FILE]`.
//
// Reads every `.eml` file in DIR (sorted by name) one at a time and does the work bench/mime/run compares
// across tools: decode subject and sender, pick the text body (or render the HTML), list every attachment
// with its fully decoded size. Prints messages, bytes, seconds and a checksum (FNV-1a over the per-message
// result lines); `--dump FILE` writes those lines so outputs can be compared with the other tools.
#if canImport(Glibc)
import Glibc
#endif

/// The per-message result line; the same format as bench/mime/gmime_bench.c and python_bench.py.
func resultLine(name: String, message: Message) -> String {
    let subject = (message.subject ?? "").filter { !$0.isWhitespace }
    let sender = message.from?.address ?? ""
    let body = message.text.unicodeScalars.filter { !$0.properties.isWhitespace }
    var hash = FNV1a()
    for s in body { hash.add(String(s).utf8) }
    let attachments = message.attachments.map { "\($0.size)" }.joined(separator: ",")
    return "\(name)\t\(subject)\t\(sender)\t\(hash.hex)\t\(attachments)"
}

/// 64-bit FNV-1a.
struct FNV1a {
    var value: UInt64 = 0xcbf2_9ce4_8422_2325
    mutating func add(_ bytes: some Sequence<UInt8>) {
        for b in bytes {
            value ^= UInt64(b)
            value = value &* 0x100_0000_01b3
        }
    }
    var hex: String {
        let s = String(value, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
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
var checksum = FNV1a()
var totalBytes = 0
let start = now()
for name in names {
    guard let bytes = readFile(directory + "/" + name) else { continue }
    totalBytes += bytes.count
    let line = resultLine(name: name, message: Message(parsing: bytes)) + "\n"
    checksum.add(line.utf8)
    if let dump { fputs(line, dump) }
}
let seconds = now() - start
if let dump { fclose(dump) }
print("messages=\(names.count) bytes=\(totalBytes) seconds=\(seconds) checksum=\(checksum.hex)")
