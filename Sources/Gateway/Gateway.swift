import Foundation
import Logging
import ServiceLifecycle
import TicketStore
import Transport

/// The wired gateway: store, outbox, templates, one poller per mailbox, and the SMTP sender.
public struct Gateway: Sendable {
    public let configuration: GatewayConfiguration
    public let store: TicketStore
    public let outbox: MailOutbox
    public let processor: MessageProcessor
    public let sender: OutboxSender
    public let pollers: [Poller]
    public let logger: Logger

    /// Opens the store and loads the templates; fails with a message naming what to fix.
    public init(configuration: GatewayConfiguration, logger: Logger) async throws(GatewayError) {
        self.configuration = configuration
        self.logger = logger
        do {
            store = try TicketStore(root: configuration.storePath)
            outbox = try MailOutbox(root: configuration.storePath)
        } catch {
            throw GatewayError(.store, "cannot open the store at \(configuration.storePath): \(error)")
        }
        let templates = try await TemplateRenderer(directory: configuration.templatesPath)
        try templates.validate(kinds: ["acknowledgement"])
        let processor = MessageProcessor(
            configuration: configuration, store: store, outbox: outbox, templates: templates, logger: logger)
        self.processor = processor
        sender = OutboxSender(
            outbox: outbox, store: store, smtp: SMTPClient(configuration.smtp, logger: logger),
            configuration: configuration, logger: logger)
        pollers = configuration.mailboxes.map { Poller(mailbox: $0, processor: processor, logger: logger) }
    }

    /// Polls every mailbox once, then delivers the outbox. Mailbox errors are collected, not fatal to the others.
    public func pollOnce(
        shouldStop: @Sendable () -> Bool = { false }, onMessage: (Poller.Report) -> Void = { _ in }
    ) async -> (reports: [Poller.Report], delivery: OutboxSender.Round, errors: [GatewayError]) {
        var reports: [Poller.Report] = []
        var errors: [GatewayError] = []
        for poller in pollers {
            if shouldStop() { break }
            do {
                // Collected as they happen, so a poll that fails half-way still reports what it stored.
                _ = try await poller.pollOnce(shouldStop: shouldStop) { report in
                    reports.append(report)
                    onMessage(report)
                }
            } catch {
                logger.error("poll failed", metadata: ["mailbox": "\(poller.mailbox.name)", "error": "\(error)"])
                errors.append(error)
            }
        }
        if configuration.faultInjection == .killBeforeSend, !outbox.pending().isEmpty { FaultPoint.kill() }
        let delivery = await sender.deliverDue()
        return (reports, delivery, errors)
    }
}

/// `intake run`: polls every `pollInterval` seconds until SIGTERM/SIGINT, then finishes the message in hand.
public struct GatewayService: Service {
    public let gateway: Gateway

    public init(gateway: Gateway) { self.gateway = gateway }

    public func run() async throws {
        let stopping = StopFlag()
        await withGracefulShutdownHandler {
            while !stopping.isSet {
                let (reports, delivery, _) = await gateway.pollOnce(shouldStop: { stopping.isSet })
                if !reports.isEmpty || delivery.sent > 0 {
                    gateway.logger.info(
                        "poll finished", metadata: ["messages": "\(reports.count)", "mail.sent": "\(delivery.sent)"])
                }
                if stopping.isSet { break }
                // Shutdown cuts the wait short; it never interrupts a message in hand.
                try? await cancelWhenGracefulShutdown {
                    try await Task.sleep(for: .seconds(gateway.configuration.pollInterval))
                }
            }
        } onGracefulShutdown: {
            stopping.set()
        }
    }
}

/// A flag set once from a shutdown handler and read by the loop.
final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}
