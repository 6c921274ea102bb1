import Foundation
import MIME

/// Decides whether a message may get an automatic reply (RFC 3834 §2): never to auto-submitted mail, bulk or
/// list mail, bounces, no-reply senders, or ourselves — so two autoresponders cannot talk to each other forever.
public struct LoopGuard: Sendable {
    public var ownAddresses: Set<String>

    public init(ownAddresses: [String]) {
        self.ownAddresses = Set(ownAddresses.map { $0.lowercased() })
    }

    /// `nil` when a reply is fine, else the reason not to reply.
    public func reasonNotToReply(_ message: Message) -> String? {
        guard let from = message.from?.address.lowercased(), from.contains("@") else { return "no sender address" }
        if ownAddresses.contains(from) { return "sent by our own address" }
        let local = from.split(separator: "@").first.map(String.init) ?? ""
        for prefix in ["mailer-daemon", "postmaster", "noreply", "no-reply", "donotreply", "do-not-reply", "bounce"]
        where local.hasPrefix(prefix) {
            return "sender \(prefix) is automated"
        }
        if let auto = message.headers["Auto-Submitted"]?.lowercased(),
            !auto.trimmingCharacters(in: .whitespaces).hasPrefix("no")
        {
            return "Auto-Submitted: \(auto)"
        }
        if let precedence = message.headers["Precedence"]?.lowercased(),
            ["bulk", "junk", "list", "auto_reply"].contains(precedence.trimmingCharacters(in: .whitespaces))
        {
            return "Precedence: \(precedence)"
        }
        if message.headers.first("List-Id") != nil || message.headers.first("List-Unsubscribe") != nil {
            return "mailing-list message"
        }
        if let suppress = message.headers["X-Auto-Response-Suppress"]?.lowercased(),
            suppress.contains("all") || suppress.contains("autoreply")
        {
            return "X-Auto-Response-Suppress: \(suppress)"
        }
        if message.headers.first("X-Autoreply") != nil || message.headers.first("X-Autorespond") != nil {
            return "autoreply header"
        }
        if let returnPath = message.headers["Return-Path"], returnPath.trimmingCharacters(in: .whitespaces) == "<>" {
            return "null return path (bounce)"
        }
        return nil
    }
}
