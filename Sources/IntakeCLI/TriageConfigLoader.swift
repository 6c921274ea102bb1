import Foundation
import Model
import Triage
import Yams

/// Builds the ``TriageConfiguration`` from the main configuration file: its `timezone`, its `sla` first-response
/// times, and the rule, staff, holiday and model files it names under `triage:` (default: `rules.yaml`, `staff.yaml`,
/// `holidays/` and, when it exists, `model.json` beside it; `model: off` classifies by the rules alone). Every error names the file, the line where known, the key and the fix.
public struct TriageConfigLoader {
    /// The main configuration file (`config/intake.yaml`).
    public let path: String

    public init(path: String) { self.path = path }

    /// The keys read under `triage:`.
    static let triageKeys: Set<String> = ["rules", "staff", "holidays", "model"]

    public func load() throws(ConfigError) -> TriageConfiguration {
        let text = try read(path)
        let root: Node
        do {
            root = try Yams.compose(yaml: text) ?? Node.mapping(Node.Mapping([]))
        } catch {
            throw ConfigError(
                file: path, line: nil, key: "(syntax)", problem: "is not valid YAML", fix: "run intake check-config")
        }
        guard let top = root.mapping else {
            throw ConfigError(
                file: path, line: root.mark?.line, key: "(top level)", problem: "must be a mapping",
                fix: "start from config/intake.yaml")
        }
        let zoneName = top["timezone"]?.string ?? "Asia/Shanghai"
        guard let zone = TimeZone(identifier: zoneName) else {
            throw ConfigError(
                file: path, line: top["timezone"]?.mark?.line, key: "timezone",
                problem: "\"\(zoneName)\" is not a time zone", fix: "use an IANA name such as Asia/Shanghai")
        }
        var rulesPath = resolve("rules.yaml")
        var staffPath = resolve("staff.yaml")
        var holidaysPath = resolve("holidays")
        var modelPath: String? = resolve("model.json")
        var modelNamed = false
        if let node = top["triage"] {
            guard let m = node.mapping else {
                throw ConfigError(
                    file: path, line: node.mark?.line, key: "triage", problem: "must be a mapping",
                    fix: "indent rules:, staff:, holidays: and model: under triage:")
            }
            for (k, v) in m {
                let key = k.string ?? "?"
                guard Self.triageKeys.contains(key), let value = v.string, !value.isEmpty else {
                    throw ConfigError(
                        file: path, line: k.mark?.line, key: "triage.\(key)", problem: "is not a known key or is empty",
                        fix: "use rules: FILE, staff: FILE, holidays: FOLDER and model: FILE (or off)")
                }
                switch key {
                case "rules": rulesPath = resolve(value)
                case "staff": staffPath = resolve(value)
                case "model":
                    modelPath = value == "off" ? nil : resolve(value)
                    modelNamed = true
                default: holidaysPath = resolve(value)
                }
            }
        }
        let ruleText = try read(rulesPath)
        let ruleFile = try RuleFile.parse(ruleText, file: rulesPath)
        var serviceLevels = ruleFile.serviceLevels
        // The main file's `sla:` first-response times (the ones the acknowledgement promises) take precedence.
        if let sla = top["sla"]?.mapping {
            for p in Priority.allCases {
                guard let node = sla[p.rawValue] else { continue }
                guard let text = node.string, let d = SLADuration(text) else {
                    throw ConfigError(
                        file: path, line: node.mark?.line, key: "sla.\(p.rawValue)",
                        problem: "\"\(node.string ?? "?")\" is not a duration", fix: "write it like 90s, 15m, 2h or 3d")
                }
                serviceLevels.firstResponse[p] = d
            }
        }
        var staff = StaffDirectory()
        if FileManager.default.fileExists(atPath: staffPath) {
            let staffText = try read(staffPath)
            staff = try StaffDirectory.parse(staffText, file: staffPath)
        }
        var schedules: [HolidaySchedule] = []
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: holidaysPath)) ?? []).filter {
            $0.hasSuffix(".yaml") || $0.hasSuffix(".yml")
        }.sorted()
        for name in files {
            let file = holidaysPath + "/" + name
            let holidayText = try read(file)
            let schedule = try HolidaySchedule.parse(holidayText, file: file)
            guard name.hasPrefix(String(schedule.year)) else {
                throw ConfigError(
                    file: file, line: nil, key: "year", problem: "\(schedule.year) does not match the file name",
                    fix: "name the file \(schedule.year).yaml")
            }
            schedules.append(schedule)
        }
        let calendar = BusinessCalendar(
            timeZone: zone, workdayStart: ruleFile.workdayStart, workdayEnd: ruleFile.workdayEnd,
            weekendDays: ruleFile.weekendDays, schedules: schedules)
        var model: TriageModel?
        if let modelPath, modelNamed || FileManager.default.fileExists(atPath: modelPath) {
            guard let data = FileManager.default.contents(atPath: modelPath) else {
                throw ConfigError(
                    file: modelPath, line: nil, key: "(file)", problem: "cannot be read",
                    fix: "check triage.model in \(path), or write it with intake train --out \(modelPath)")
            }
            model = try TriageModel.parse(data, file: modelPath)
        }
        return TriageConfiguration(
            rules: ruleFile.rules, staff: staff, serviceLevels: serviceLevels, calendar: calendar, model: model)
    }

    func read(_ file: String) throws(ConfigError) -> String {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ConfigError(
                file: file, line: nil, key: "(file)", problem: "cannot be read",
                fix: file == path ? "check the path given to --config" : "check the path under triage: in \(path)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigError(
                file: file, line: nil, key: "(file)", problem: "is not UTF-8", fix: "save the file as UTF-8")
        }
        return text
    }

    /// Paths are relative to the main file's folder.
    func resolve(_ p: String) -> String {
        if p.hasPrefix("/") { return p }
        let base = URL(fileURLWithPath: path).deletingLastPathComponent()
        return base.appendingPathComponent(p).standardizedFileURL.path
    }
}
