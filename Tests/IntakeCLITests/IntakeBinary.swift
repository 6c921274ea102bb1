import Foundation

/// The built `intake` executable next to this test bundle (or `INTAKE_BINARY`), run to completion.
enum IntakeBinary {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static var path: String {
        if let path = ProcessInfo.processInfo.environment["INTAKE_BINARY"] { return path }
        return URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("intake").path
    }

    /// Runs `intake` with `arguments`, feeding `stdin` (closed at once when `nil`), with `environment` added to
    /// this process's environment.
    static func run(
        _ arguments: [String], stdin: Data? = nil, environment: [String: String] = [:]
    ) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let out = Pipe()
        let err = Pipe()
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let o = readToEnd(out)
        let e = readToEnd(err)
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
            stderr: String(decoding: e, as: UTF8.self))
    }
}

/// Reads a pipe to its end, retrying reads that a signal interrupted (Foundation's reader traps on EINTR).
func readToEnd(_ pipe: Pipe) -> Data {
    let fd = pipe.fileHandleForReading.fileDescriptor
    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
        let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        if n > 0 {
            data.append(contentsOf: buffer[0..<n])
        } else if n == 0 || errno != EINTR {
            return data
        }
    }
}
