import Foundation
import Testing

/// `intake classify` and `intake eval`, tested by running the built binary.
@Suite("intake classify and eval")
struct ClassifyCommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    static let config = root + "/config/intake.yaml"

    static func run(
        _ arguments: [String], stdin: String? = nil
    ) throws -> (status: Int32, stdout: String, stderr: String) {
        let r = try IntakeBinary.run(arguments, stdin: stdin.map { Data($0.utf8) })
        return (r.status, r.stdout, r.stderr)
    }

    static func temporaryDirectory() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("classify-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// A smoking heater, received on a Friday evening in Shanghai, with a quoted agent reply full of traps.
    static let smokingHeater = """
        From: =?UTF-8?B?546L5aWz5aOr?= <wang@example.com>\r
        To: support@example.com\r
        Subject: Re: =?UTF-8?B?6K6i5Y2V?= DD20240501123\r
        Date: Fri, 03 May 2024 19:30:00 +0800\r
        Message-ID: <heater@example.com>\r
        MIME-Version: 1.0\r
        Content-Type: text/plain; charset=UTF-8\r
        Content-Transfer-Encoding: 8bit\r
        \r
        你好，我是王女士。取暖器刚才冒烟了，还有很重的焦味，已经拔了插头。\r
        我的电话：１３８ １２３４ ５６７８，请尽快派人来检查。\r
        \r
        在 2024年5月2日 客服中心 写道：\r
        > 您好，我是客服小李，有问题请拨打 400-820-1234 或 13911112222。投诉请回复。\r

        """

    @Test func printsTheJSONObject() throws {
        let dir = try Self.temporaryDirectory()
        let file = dir + "/heater.eml"
        try Data(Self.smokingHeater.utf8).write(to: URL(fileURLWithPath: file))
        let r = try Self.run(["classify", file, "--config", Self.config])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(json["category"] as? String == "emergency")
        #expect(json["subcategory"] as? String == "safety")
        #expect(json["priority"] as? String == "urgent")
        #expect(json["department"] as? String == "supervisor")
        #expect(json["language"] as? String == "zh-Hans")
        // Safety answers within 1 h of the Date header, stricter than urgent's 2 h.
        #expect(json["due"] as? String == "2024-05-03T20:30:00+08:00")
        let customer = try #require(json["customer"] as? [String: Any])
        #expect(customer["name"] as? String == "王女士")
        #expect(customer["phone"] as? String == "13812345678")
        #expect(customer["email"] as? String == "wang@example.com")
        #expect(customer["order_ids"] as? [String] == ["DD20240501123"])
        #expect((customer["demand"] as? [String])?.contains("repair") == true)
        let explanations = try #require(json["explanations"] as? [String])
        #expect(explanations.contains { $0.contains("冒烟") })
        #expect(!r.stdout.contains("13911112222"))
    }

    @Test func readsStandardInputAndExplains() throws {
        let r = try Self.run(["classify", "-", "--config", Self.config, "--explain"], stdin: Self.smokingHeater)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("emergency (紧急) / safety, priority urgent"))
        #expect(r.stdout.contains("why:"))
        // Personal data is masked in the human report.
        #expect(r.stdout.contains("138****5678"))
        #expect(!r.stdout.contains("13812345678"))
    }

    @Test func badRuleFileStopsWithFileLineAndFix() throws {
        let dir = try Self.temporaryDirectory()
        try "timezone: Asia/Shanghai\ntriage:\n  rules: broken.yaml\n".write(
            toFile: dir + "/intake.yaml", atomically: true, encoding: .utf8)
        try "categories:\n  inquiry:\n    department: cs\n    keywords:\n      请问: many\n".write(
            toFile: dir + "/broken.yaml", atomically: true, encoding: .utf8)
        let r = try Self.run(["classify", "-", "--config", dir + "/intake.yaml"], stdin: Self.smokingHeater)
        #expect(r.status == 2)
        #expect(r.stderr.contains("broken.yaml:5: categories.inquiry.keywords.请问"))
        #expect(r.stderr.contains("write a number"))
    }

    @Test func evalScoresALabelledFolder() throws {
        let dir = try Self.temporaryDirectory()
        try Data(Self.smokingHeater.utf8).write(to: URL(fileURLWithPath: dir + "/001.eml"))
        let label = """
            {"file": "001.eml", "category": "emergency", "subcategory": "safety", "priority": "urgent", \
            "language": "zh-Hans", "name": "王女士", "phone": "13812345678", "customer_id": null, \
            "order_ids": ["DD20240501123"], "demand": ["repair"]}
            {"file": "001.eml", "category": "complaint", "subcategory": "product_quality", "priority": "normal", \
            "language": "zh-Hans", "name": null, "phone": null, "customer_id": null, "order_ids": [], "demand": []}

            """
        try label.write(toFile: dir + "/labels.jsonl", atomically: true, encoding: .utf8)
        let r = try Self.run(["eval", dir, "--config", Self.config])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("category accuracy     0.500"))
        #expect(r.stdout.contains("urgent recall         1.000"))
        #expect(r.stdout.contains("priority accuracy     0.500"))
    }

    /// A floor under the shipped rules on the three tune sets, so a rule edit that breaks classification fails CI.
    /// A configuration with the shipped rules and `model:` set as given (`off`, or a model file).
    static func configuration(model: String) throws -> String {
        let dir = try temporaryDirectory()
        let path = dir + "/intake.yaml"
        try """
        timezone: Asia/Shanghai
        triage:
          rules: \(root)/config/rules.yaml
          staff: \(root)/config/staff.yaml
          holidays: \(root)/config/holidays
          model: "\(model)"
        """.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// The rules alone, on the sets they were tuned on (the held-out sets stay out of the test suite: they are for
    /// reporting, not for passing tests).
    @Test(arguments: [
        ("eval/tune", 0.93, 0.97), ("eval/fresh/tune", 0.93, 0.97), ("eval/fresh2/tune", 0.85, 0.9),
        ("eval/fresh3/tune", 0.82, 0.9),
    ])
    func shippedRulesKeepTheirTuneScores(directory: String, macroF1: Double, urgentRecall: Double) throws {
        try expectScores(directory, config: try Self.configuration(model: "off"), macroF1, urgentRecall)
    }

    /// The shipped model on mail it was trained on: a model file that no longer fits the feature code (renamed
    /// features, a changed tokenizer) falls far below this.
    @Test(arguments: [("eval/fresh4/tune", 0.97, 0.97), ("eval/fresh6/tune", 0.97, 0.97)])
    func shippedModelKeepsItsTrainingScores(directory: String, macroF1: Double, urgentRecall: Double) throws {
        try expectScores(directory, config: Self.config, macroF1, urgentRecall)
    }

    func expectScores(_ directory: String, config: String, _ macroF1: Double, _ urgentRecall: Double) throws {
        let r = try Self.run(["eval", Self.root + "/" + directory, "--config", config])
        #expect(r.status == 0, "\(r.stderr)")
        func value(_ name: String) -> Double? {
            r.stdout.split(separator: "\n").first { $0.contains(name) }
                .flatMap { $0.split(separator: " ").compactMap { Double($0) }.first }
        }
        let f1 = try #require(value("category macro-F1"))
        let recall = try #require(value("urgent recall"))
        #expect(f1 >= macroF1, "\(directory): macro-F1 \(f1)")
        #expect(recall >= urgentRecall, "\(directory): urgent recall \(recall)")
    }

    /// `intake train` writes a model that `intake eval` then uses, and cross-validates by folder.
    @Test func trainWritesAModelThatEvalUses() throws {
        let dir = try Self.temporaryDirectory()
        let model = dir + "/model.json"
        let off = try Self.configuration(model: "off")
        let trained = try Self.run([
            "train", Self.root + "/eval/fresh4", "--config", off, "--out", model, "--iterations", "60",
        ])
        #expect(trained.status == 0, "\(trained.stderr)")
        #expect(trained.stdout.contains("trained on 150 labelled messages"), "\(trained.stdout)")
        let evaluated = try Self.run([
            "eval", Self.root + "/eval/fresh4/tune", "--config", Self.configuration(model: model),
        ])
        #expect(evaluated.status == 0, "\(evaluated.stderr)")
        let line = evaluated.stdout.split(separator: "\n").first { $0.contains("category macro-F1") } ?? ""
        #expect((line.split(separator: " ").compactMap { Double($0) }.first ?? 0) > 0.95, "\(line)")
        let explained = try Self.run(
            ["classify", "--explain", "--config", Self.configuration(model: model), "-"], stdin: Self.smokingHeater)
        #expect(explained.stdout.contains("learned category model:"), "\(explained.stdout)")

        let cv = try Self.run([
            "train", "--cross-validate", Self.root + "/eval/tune", Self.root + "/eval/holdout", "--config", off,
            "--iterations", "30",
        ])
        #expect(cv.status == 0, "\(cv.stderr)")
        #expect(cv.stdout.contains("eval/holdout") && cv.stdout.contains("all, pooled"), "\(cv.stdout)")
    }

    @Test func aBrokenModelFileStopsStartUpNamingIt() throws {
        let dir = try Self.temporaryDirectory()
        try "{\"format\": \"something else\"}".write(toFile: dir + "/model.json", atomically: true, encoding: .utf8)
        let r = try Self.run(
            ["classify", "--config", Self.configuration(model: dir + "/model.json"), "-"],
            stdin: "Subject: hi\r\n\r\nhello")
        #expect(r.status != 0)
        #expect(r.stderr.contains(dir + "/model.json") && r.stderr.contains("intake train"), "\(r.stderr)")
        let missing = try Self.run(
            ["classify", "--config", Self.configuration(model: dir + "/none.json"), "-"],
            stdin: "Subject: hi\r\n\r\nhello")
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("none.json"), "\(missing.stderr)")
    }
}
