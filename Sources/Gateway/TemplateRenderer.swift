import Foundation
import Mustache

/// Renders mail from the Mustache templates in `templates/` (plain text: each template starts with the
/// `{{% CONTENT_TYPE: TEXT }}` pragma so nothing is HTML-escaped).
///
/// Template names are `<kind>.<language>` (`acknowledgement.zh-Hans`) plus `<kind>-subject.<language>` for the
/// subject line. A missing language falls back: `zh-Hant` → `zh-Hans` → `en`.
public struct TemplateRenderer: Sendable {
    private let library: MustacheLibrary
    public let directory: String

    public static let languages = ["zh-Hans", "zh-Hant", "en"]

    /// Loads every `.mustache` file under `directory`; a parse error names the file.
    public init(directory: String) async throws(GatewayError) {
        self.directory = directory
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDir), isDir.boolValue else {
            throw GatewayError(.configuration, "templates directory \(directory) does not exist")
        }
        do {
            library = try await MustacheLibrary(directory: directory)
        } catch let error as MustacheLibrary.ParserError {
            throw GatewayError(
                .configuration,
                "template \(directory)/\(error.filename) line \(error.context.lineNumber): \(error.error)")
        } catch {
            throw GatewayError(.configuration, "templates in \(directory): \(error)")
        }
    }

    /// Checks that `kind` and `kind-subject` exist for every language.
    public func validate(kinds: [String]) throws(GatewayError) {
        for kind in kinds {
            for name in [kind, kind + "-subject"] {
                for language in Self.languages where library.getTemplate(named: "\(name).\(language)") == nil {
                    throw GatewayError(
                        .configuration,
                        "template \(directory)/\(name).\(language).mustache is missing; add it (see templates/README.md)"
                    )
                }
            }
        }
    }

    /// Renders the subject and body for a language.
    public func render(
        _ kind: String, language: String, context: [String: String]
    ) throws(GatewayError) -> (subject: String, body: String) {
        let chain = [language, language == "zh-Hant" ? "zh-Hans" : "en", "en"]
        for lang in chain {
            if let body = library.render(context, withTemplate: "\(kind).\(lang)"),
                let subject = library.render(context, withTemplate: "\(kind)-subject.\(lang)")
            {
                let oneLine = subject.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).joined(separator: " ")
                return (oneLine.trimmingCharacters(in: .whitespaces), body)
            }
        }
        throw GatewayError(.configuration, "no template \(kind) for \(language) in \(directory)")
    }
}
