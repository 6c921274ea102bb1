/// A problem in a configuration or triage data file (intake.yaml, rules, staff, holidays): the file, the line where
/// known, the key, what is wrong and how to fix it. Never contains message text. IntakeCLI calls it `ConfigError`.
public struct RuleFileError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var key: String
    public var problem: String
    public var fix: String

    public init(file: String, line: Int?, key: String, problem: String, fix: String) {
        self.file = file
        self.line = line
        self.key = key
        self.problem = problem
        self.fix = fix
    }

    public var description: String {
        let location = line.map { "\(file):\($0)" } ?? file
        return "\(location): \(key): \(problem) — \(fix)"
    }
}
