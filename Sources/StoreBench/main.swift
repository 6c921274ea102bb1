// StoreBench: the ticket store at scale, in one invocation (run by bench/store/run).
//
//   StoreBench [--count N] [--dir DIR] [--batch N]
//
// Creates N realistic tickets on disk with full durability (group commit, `--batch` tickets per round), then
// measures against that store: `tickets list --status new` and `--overdue`, lookup by Message-ID and by
// customer, search for a Chinese and an English term, `store reindex`, and disk bytes per ticket. The
// reference in the same run is one-ticket-at-a-time durable ingest (five fsyncs per ticket), so the
// group-commit ratio holds on a noisy machine. Peak RSS comes from /proc/self/status.
import Foundation
import Model
import TicketStore

#if canImport(Glibc)
import Glibc
#endif

struct Options {
    var count = 200_000
    var dir = ".bench-store"
    var batch = 200
    init(_ args: [String]) {
        var i = 1
        while i < args.count {
            let value = i + 1 < args.count ? args[i + 1] : ""
            switch args[i] {
            case "--count": count = Int(value) ?? count
            case "--dir": dir = value
            case "--batch": batch = max(1, Int(value) ?? batch)
            default:
                FileHandle.standardError.write(Data("usage: StoreBench [--count N] [--dir DIR] [--batch N]\n".utf8))
                exit(2)
            }
            i += 2
        }
    }
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// Median of `runs` timings, in milliseconds.
func latency(runs: Int = 7, _ body: () throws -> Void) rethrows -> Double {
    var times: [Double] = []
    for _ in 0..<runs { times.append(try seconds(body) * 1000) }
    return times.sorted()[runs / 2]
}

func peakRSSMegabytes() -> Double {
    guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in text.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        return Double(line.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0) / 1024
    }
    return 0
}

func diskBytes(_ path: String) -> Int {
    guard let e = FileManager.default.enumerator(atPath: path) else { return 0 }
    var total = 0
    while let name = e.nextObject() as? String {
        var st = stat()
        if lstat(path + "/" + name, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG { total += Int(st.st_blocks) * 512 }
    }
    return total
}

/// A deterministic, realistic ticket: Chinese and English subjects and texts, phones, orders, due times.
struct Corpus {
    static let subjects = [
        "申请退款：收到的商品与描述不符", "售后维修申请：扫地机器人无法充电", "咨询：订单什么时候发货？", "投诉：客服三次承诺回电都没有兑现",
        "詢問保固期限與維修據點", "Where is my order?", "Refund request for damaged item", "App login problem",
        "建议增加夜间配送选项", "紧急！账户异常登录，请立即冻结",
    ]
    static let texts = [
        "您好，我上周购买的空气净化器今天送到，打开后发现外壳有明显裂痕，屏幕也有划痕。请尽快处理退款或者换货。",
        "扫地机器人放在充电座上一整晚，指示灯一直闪红灯，无法充电。已经按说明书重启过，还是不行，希望安排上门维修。",
        "Hello, I ordered a blender two weeks ago and the tracking page has not changed for five days. Please tell me when it ships.",
        "The package arrived with the box crushed and the glass lid broken. I would like a refund or a replacement as soon as possible.",
        "我的账户今天凌晨在外地有登录记录，不是我本人操作，余额也少了，请立即冻结账户并联系我。",
        "產品使用三個月後出現異音，想請問保固期限多久，附近是否有維修據點可以送修？",
    ]

    static func ticket(_ k: Int, number: TicketNumber, now: Date) -> Ticket {
        let priority: Priority = k % 10 == 0 ? .urgent : (k % 3 == 0 ? .low : .normal)
        let received = now.addingTimeInterval(-Double(k % 50_000) * 60)
        var t = Ticket(
            number: number, receivedAt: received,
            customer: .init(
                name: ["王女士", "李先生", "张伟", "Li Na", "Bob Smith"][k % 5], address: "customer\(k % 40_000)@example.test",
                phone: "138\(String(format: "%08d", k % 40_000))"),
            subject: subjects[k % subjects.count] + " #\(k)", text: texts[k % texts.count] + " 订单号 DD2024\(k)",
            category: [.afterSales, .inquiry, .complaint, .suggestion, .emergency][k % 5], priority: priority,
            language: k % 3 == 1 ? "en" : "zh-Hans", department: ["after_sales", "customer_service", "quality"][k % 3],
            firstResponseDue: received.addingTimeInterval(priority == .urgent ? 7200 : 86_400),
            explanations: ["bench"],
            source: .init(
                mailbox: "support", folder: "INBOX", uidValidity: 1, uid: UInt32(k + 1),
                messageID: "bench-\(k)@example.test",
                messageKey: "bench-\(k)@example.test", rawFile: "message-1.eml"),
            orderIDs: ["DD2024\(k)"])
        if k % 4 == 1 { t.status = .assigned }
        if k % 4 == 2 { t.status = .closed }
        return t
    }

    static func raw(_ k: Int) -> [UInt8] {
        let body = texts[k % texts.count]
        return Array(
            """
            From: customer\(k % 40_000)@example.test\r
            To: support@example.test\r
            Subject: ticket \(k)\r
            Message-ID: <bench-\(k)@example.test>\r
            MIME-Version: 1.0\r
            Content-Type: text/plain; charset=utf-8\r
            \r
            \(body)\r
            \(String(repeating: "这是一段较长的描述，用来让邮件大小接近真实客户邮件。", count: 40))\r

            """.utf8)
    }
}

let options = Options(CommandLine.arguments)
let root = options.dir.hasPrefix("/") ? options.dir : FileManager.default.currentDirectoryPath + "/" + options.dir

// Free disk first: about 12 KB per ticket on ext4 (4 KB blocks: document, message, events, index).
var fs = statvfs()
let parent = (root as NSString).deletingLastPathComponent
if statvfs(parent.isEmpty ? "." : parent, &fs) == 0 {
    let free = Int(fs.f_bavail) * Int(fs.f_frsize)
    let needed = options.count * 12 * 1024 + 200 * 1024 * 1024
    if free < needed {
        print(
            "needs about \(needed / 1_048_576) MB free in \(parent), has \(free / 1_048_576) MB; use --count or --dir")
        exit(1)
    }
}
try? FileManager.default.removeItem(atPath: root)
let store = try TicketStore(root: root + "/store")
let now = Date()

// Reference: one ticket at a time, every step fsynced (what a single poll does).
let referenceCount = min(500, max(50, options.count / 100))
let referenceStore = try TicketStore(root: root + "/reference")
let referenceTime = try seconds {
    for k in 0..<referenceCount {
        _ = try referenceStore.ingest(messageKey: "ref-\(k)", year: 2024, month: 5, raw: Corpus.raw(k)) { n in
            Corpus.ticket(k, number: n, now: now)
        }
    }
}
let referenceRate = Double(referenceCount) / referenceTime

// Group commit: `batch` tickets per round of syncs.
var created = 0
let createTime = try seconds {
    while created < options.count {
        let upper = min(options.count, created + options.batch)
        let items = (created..<upper).map { k in
            TicketStore.NewTicket(
                messageKey: "bench-\(k)@example.test", year: 2024, month: 5 + (k * 6 / max(1, options.count)),
                raw: Corpus.raw(k)
            ) { n in Corpus.ticket(k, number: n, now: now) }
        }
        _ = try store.ingestBatch(items)
        created = upper
    }
}
let createRate = Double(options.count) / createTime

var newFilter = TicketIndex.Filter()
newFilter.status = [.new]
var listed = 0
let listNew = try latency { listed = try store.index.list(newFilter).count }
var overdueFilter = TicketIndex.Filter()
overdueFilter.overdueAt = now
var overdue = 0
let listOverdue = try latency { overdue = try store.index.list(overdueFilter).count }
// A first page as the CLI shows it: the numbers, then 50 ticket documents read from disk.
var pageFilter = newFilter
pageFilter.limit = 50
let listPage = try latency { _ = try store.index.list(pageFilter).compactMap { try store.ticket($0) } }
let probe = options.count / 2
var overduePage = overdueFilter
overduePage.limit = 50
let listOverduePage = try latency { _ = try store.index.list(overduePage).compactMap { try store.ticket($0) } }
let byMessageID = try latency { _ = try store.ticketNumber(forMessageID: "bench-\(probe)@example.test") }
var customerFilter = TicketIndex.Filter()
customerFilter.customer = "customer\(probe % 40_000)@example.test"
let byCustomer = try latency { _ = try store.index.list(customerFilter) }
customerFilter.customer = "138\(String(format: "%08d", probe % 40_000))"
let byPhone = try latency { _ = try store.index.list(customerFilter) }
var chineseHits = 0
let searchChinese = try latency { chineseHits = try store.index.search("划痕", limit: 200).count }
var englishHits = 0
let searchEnglish = try latency { englishHits = try store.index.search("tracking", limit: 200).count }
var reindexed = 0
let reindexTime = try seconds { reindexed = try store.reindex() }
let bytes = diskBytes(root + "/store")

func row(_ name: String, _ value: String, _ target: String) {
    print(
        name.padding(toLength: 44, withPad: " ", startingAt: 0)
            + value.padding(toLength: 22, withPad: " ", startingAt: 0) + target)
}
print("ticket store benchmark: \(options.count) tickets in \(root)/store (batch \(options.batch))")
row("measure", "result", "target")
row("create, group commit (durable)", String(format: "%.0f tickets/s", createRate), "≥ 500/s")
row("create, one at a time (reference)", String(format: "%.0f tickets/s", referenceRate), "")
row("group commit / reference", String(format: "%.1f×", createRate / referenceRate), "")
row("list --status new (\(listed) numbers)", String(format: "%.1f ms", listNew), "< 100 ms")
row("list --status new, first 50 documents", String(format: "%.1f ms", listPage), "< 100 ms")
row("list --overdue (\(overdue) numbers)", String(format: "%.1f ms", listOverdue), "< 100 ms")
row("list --overdue, first 50 documents", String(format: "%.1f ms", listOverduePage), "< 100 ms")
row("lookup by Message-ID", String(format: "%.2f ms", byMessageID), "< 100 ms")
row("lookup by customer email", String(format: "%.2f ms", byCustomer), "< 100 ms")
row("lookup by customer phone", String(format: "%.2f ms", byPhone), "< 100 ms")
row("search 划痕 (\(chineseHits) shown)", String(format: "%.1f ms", searchChinese), "< 300 ms")
row("search tracking (\(englishHits) shown)", String(format: "%.1f ms", searchEnglish), "< 300 ms")
row("store reindex (\(reindexed) tickets)", String(format: "%.1f s", reindexTime), "< 60 s")
row("disk per ticket", "\(bytes / max(1, options.count)) bytes", "")
row("peak RSS", String(format: "%.0f MB", peakRSSMegabytes()), "")
