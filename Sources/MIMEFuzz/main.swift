import MIME

// The MIME parser under libFuzzer.
//
// Built with `-Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING` (see `scripts/fuzz`), libFuzzer drives
// `LLVMFuzzerTestOneInput`. Built normally, it replays the files named on the command line through the same entry
// point, so a crash file from the fuzzer can be reproduced and debugged without the sanitizer.
#if canImport(Glibc)
import Glibc
#endif

/// One fuzz iteration: parse, touch every derived field, build a reply from the result and parse that.
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let message = Message(parsing: bytes)
    var sink = message.text.utf8.count &+ message.newText.utf8.count &+ (message.html?.utf8.count ?? 0)
    for a in message.attachments { sink &+= a.size &+ (a.filename?.utf8.count ?? 0) }
    if let d = message.date { sink &+= MailDate.iso8601(d).utf8.count }
    let reply = OutgoingMessage(
        from: Address(name: message.from?.name, address: message.from?.address ?? "a@example.com"),
        to: message.to, subject: message.subject ?? "", date: message.date ?? 0, messageID: "x@example.com",
        references: message.references, text: message.newText, html: message.html)
    let reparsed = Message(parsing: reply.render())
    sink &+= reparsed.text.utf8.count
    return sink == Int.min ? 1 : 0
}

/// libFuzzer's entry point, for drivers that look it up by name.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    fuzzOne(data, size)
}

#if FUZZING
// The executable's own `main` wins over libFuzzer's, so hand control to libFuzzer's driver explicitly.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

var argc = CommandLine.argc
var argv = Optional(CommandLine.unsafeArgv)
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzOne(data, size) })
#else
var failures = 0
for path in CommandLine.arguments.dropFirst() {
    guard let file = fopen(path, "rb") else {
        print("cannot open \(path)")
        failures += 1
        continue
    }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = fread(&buffer, 1, buffer.count, file)
        if n <= 0 { break }
        bytes.append(contentsOf: buffer[0..<n])
    }
    fclose(file)
    _ = bytes.withUnsafeBufferPointer { fuzzOne($0.baseAddress, $0.count) }
    print("ok \(path)")
}
exit(failures == 0 ? 0 : 1)
#endif
