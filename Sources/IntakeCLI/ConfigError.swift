import Triage

/// A configuration problem, reported as one line naming the file, the line where known, the key, what is wrong
/// and how to fix it. The same type the triage data files (rules, staff, holidays) report their problems with.
public typealias ConfigError = RuleFileError
