import Foundation
import Testing

/// The compiler only checks that imports are declared; this checks their direction. Every target's
/// dependencies on other targets of this package must be in the allowed set below.
@Suite struct ArchitectureTests {
    /// The one-way layering (DEVELOPERS.md): pure modules at the bottom, Gateway wires, the CLI on top.
    static let allowed: [String: Set<String>] = [
        "CCurl": [],
        "Model": [],
        "MIME": ["Model"],
        "Triage": ["Model", "MIME"],
        "TicketStore": ["Model"],
        "Transport": ["CCurl"],
        "Gateway": ["Model", "MIME", "Triage", "TicketStore", "Transport"],
        "IntakeCLI": ["Model", "MIME", "Triage", "TicketStore", "Transport", "Gateway"],
        "intake": ["IntakeCLI"],
        "MIMEFuzz": ["MIME"],
        "MIMEBench": ["MIME"],
        "StoreBench": ["TicketStore", "Model"],
    ]

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test func targetDependenciesPointOneWay() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        // A scratch path of its own, so the test does not wait for the lock of the build that is running it.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "intake-describe-\(UUID().uuidString)"
        ).path
        process.arguments = [
            "swift", "package", "--package-path", Self.root.path, "--scratch-path", scratch, "describe", "--type",
            "json",
        ]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = Pipe()
        try process.run()
        let data = readToEnd(out)
        process.waitUntilExit()
        try? FileManager.default.removeItem(atPath: scratch)
        #expect(process.terminationStatus == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let targets = try #require(json["targets"] as? [[String: Any]])
        let names = Set(targets.compactMap { $0["name"] as? String })
        for target in targets {
            guard let name = target["name"] as? String, !name.hasSuffix("Tests") else { continue }
            let allowed = try #require(
                Self.allowed[name], "target \(name) is not in the layering table; add it with its allowed dependencies")
            let deps = Set((target["target_dependencies"] as? [String]) ?? []).intersection(names)
            #expect(
                deps.isSubset(of: allowed),
                "\(name) depends on \(deps.subtracting(allowed).sorted()), which the layering forbids")
        }
        #expect(names.isSuperset(of: Self.allowed.keys), "every layer exists as a target")
    }

    @Test func onlyTransportImportsCCurl() throws {
        let sources = Self.root.appendingPathComponent("Sources")
        let enumerator = try #require(FileManager.default.enumerator(atPath: sources.path))
        var importers: Set<String> = []
        for case let path as String in enumerator where path.hasSuffix(".swift") {
            let text = try String(contentsOf: sources.appendingPathComponent(path), encoding: .utf8)
            if text.split(separator: "\n").contains(where: { $0.hasPrefix("import CCurl") }) {
                importers.insert(String(path.split(separator: "/")[0]))
            }
        }
        #expect(importers == ["Transport"])
    }
}
