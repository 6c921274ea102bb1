import Foundation
import Model
import Testing
import TicketStore

@testable import IntakeCLI

#if canImport(Glibc)
import Glibc
#endif

/// Kills the real `intake` write path (`intake store import`, the same `MessageProcessor` and `TicketStore`
/// code the poller uses) with SIGKILL at random moments, hundreds of times, then checks that every ticket
/// it had reported as stored is intact, that no number was issued twice, and that a final run completes
/// the store with exactly one ticket per message and an index that agrees with the files.
@Suite("crash safety under SIGKILL")
struct StoreCrashTests {
    static let iterations = 200

    @Test func killedAtRandomPointsTheStoreStaysWhole() throws {
        let f = try StaffFixture()
        var generator = SplitMix64(seed: 20_240_501)
        var files: [String] = []
        var bytes: [String: [UInt8]] = [:]
        for k in 0..<(Self.iterations * 3) {
            let path = try f.message(
                "m\(k).eml", subject: k % 2 == 0 ? "退款申请 \(k)" : "Order \(k) missing",
                body: "第\(k)封邮件，订单号 DD2024\(100_000 + k)", from: "客户\(k) <c\(k)@example.test>",
                messageID: k % 7 == 0 ? nil : "crash-\(k)@x.test")
            files.append(path)
            bytes[path] = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        }
        var acknowledged: [String: String] = [:]  // file → number, as printed before the kill
        var killed = 0
        for i in 0..<Self.iterations {
            // Three new messages and two old ones each round, so kills land while tickets are being created.
            var batch = Array(files[(i * 3)..<(i * 3 + 3)])
            if i > 0 { batch += (0..<2).map { _ in files[Int.random(in: 0..<(i * 3), using: &generator)] } }
            let delay = UInt32.random(in: 0...60_000, using: &generator)
            let run = try Self.runAndKill(f, ["store", "import"] + batch, afterMicroseconds: delay)
            if run.killed { killed += 1 }
            for line in run.stdout.split(separator: "\n") {
                let parts = line.split(separator: " ", maxSplits: 2).map(String.init)
                guard parts.count == 3 else { continue }
                if let earlier = acknowledged[parts[2]] {
                    #expect(earlier == parts[1], "\(parts[2]) was reported as \(earlier) and later as \(parts[1])")
                }
                acknowledged[parts[2]] = parts[1]
            }
        }
        #expect(killed > Self.iterations / 4, "the kills should mostly land mid-run (\(killed) did)")

        // Every acknowledged ticket is intact right now, before any repair run.
        let store = try TicketStore(root: f.store)
        for (file, text) in acknowledged {
            let n = try #require(TicketNumber(text))
            let t = try #require(try store.ticket(n), "acknowledged ticket \(n) is missing")
            #expect(try store.rawMessage(t) == bytes[file], "raw message of \(n) differs from \(file)")
        }

        // A final, uninterrupted run completes the rest.
        let final = try f.intake(["store", "import"] + files)
        #expect(final.status == 0, "\(final.stderr)")
        let reopened = try TicketStore(root: f.store)
        let numbers = reopened.allNumbers()
        #expect(numbers.count == files.count, "one ticket per message")
        // No number twice. A kill between reserving a number and recording it for its message leaves a gap:
        // that number is skipped, never reused.
        #expect(Set(numbers).count == numbers.count)
        let counter = try String(contentsOfFile: f.store + "/counters/" + numbers[0].monthKey, encoding: .utf8)
        #expect((Int(counter) ?? 0) >= numbers.map(\.serial).max()!)
        var seen: [[UInt8]: TicketNumber] = [:]
        for n in numbers {
            let t = try #require(try reopened.ticket(n))
            let raw = try #require(try reopened.rawMessage(t))
            #expect(seen[raw] == nil, "\(n) and \(seen[raw]?.description ?? "") hold the same message")
            seen[raw] = n
        }
        for (file, text) in acknowledged { #expect(seen[bytes[file]!]?.description == text) }
        #expect(try reopened.index.count() == files.count, "the index was repaired to match the files")
        #expect(try reopened.index.search("退款申请").count == min(200, files.count / 2))
        let leftovers = try FileManager.default.subpathsOfDirectory(atPath: f.store + "/tickets").filter {
            $0.contains(".tmp-")
        }
        #expect(leftovers.isEmpty, "\(leftovers.prefix(3))")
    }

    struct KilledRun {
        var stdout: String
        var killed: Bool
    }

    /// Starts `intake`, sends SIGKILL after the delay (if it is still running), and returns what it printed.
    static func runAndKill(
        _ f: StaffFixture, _ arguments: [String], afterMicroseconds delay: UInt32
    ) throws
        -> KilledRun
    {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: IntakeBinary.path)
        p.arguments = arguments + ["--config", f.config]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        usleep(delay)
        var killed = false
        if p.isRunning {
            kill(p.processIdentifier, SIGKILL)
            killed = true
        }
        let data = readToEnd(out)
        p.waitUntilExit()
        killed = killed && p.terminationReason == .uncaughtSignal
        return KilledRun(stdout: String(decoding: data, as: UTF8.self), killed: killed)
    }
}
