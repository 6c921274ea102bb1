import Foundation
import Testing

@testable import MIME

/// Loads `.eml` fixtures from the test bundle's `Fixtures` folder.
enum Fixture {
    static let directory: URL = {
        guard let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            fatalError("Fixtures folder missing from the MIMETests bundle")
        }
        return url
    }()

    /// The raw bytes of `Fixtures/<name>`.
    static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: directory.appendingPathComponent(name)))
    }

    /// The parsed message in `Fixtures/<name>`.
    static func message(_ name: String) throws -> Message {
        Message(parsing: try bytes(name))
    }

    /// Every fixture file under `Fixtures/<folder>`, sorted.
    static func names(in folder: String) -> [String] {
        let url = directory.appendingPathComponent(folder)
        let files = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return files.filter { $0.hasSuffix(".eml") }.sorted().map { folder + "/" + $0 }
    }
}
