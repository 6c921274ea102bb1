// swift-tools-version:6.1
import PackageDescription

/// One settings list for every target (Swift 6 language mode, strict memory safety off).
let swiftSettings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "intake",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "intake", targets: ["intake"]),
        .library(name: "IntakeCLI", targets: ["IntakeCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // The one C door: libcurl, with typed shims for its variadic calls. Only Transport imports it.
        .systemLibrary(
            name: "CCurl",
            path: "Sources/CCurl",
            pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"])]
        ),
        // Pure domain values: no I/O.
        .target(name: "Model", swiftSettings: swiftSettings),
        // Message parsing and building: bytes in, model out. No I/O.
        .target(
            name: "MIME",
            dependencies: ["Model", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: swiftSettings
        ),
        // Extraction, classification, priority, routing, SLA math. No I/O.
        .target(
            name: "Triage",
            dependencies: ["Model", "MIME", .product(name: "Yams", package: "Yams")],
            swiftSettings: swiftSettings
        ),
        // The durable file store.
        .target(
            name: "TicketStore",
            dependencies: [
                "Model", .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"), .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: swiftSettings
        ),
        // IMAP and SMTP over libcurl.
        .target(
            name: "Transport",
            dependencies: ["CCurl", .product(name: "Logging", package: "swift-log")],
            swiftSettings: swiftSettings
        ),
        // Services that wire everything together.
        .target(
            name: "Gateway",
            dependencies: [
                "Model", "MIME", "Triage", "TicketStore", "Transport",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            swiftSettings: swiftSettings
        ),
        // The command tree, testable as a library.
        .target(
            name: "IntakeCLI",
            dependencies: [
                "Model", "MIME", "Triage", "TicketStore", "Transport", "Gateway",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(name: "intake", dependencies: ["IntakeCLI"], swiftSettings: swiftSettings),
        // libFuzzer driver for the MIME parser (scripts/fuzz); built normally it replays crash files.
        .executableTarget(name: "MIMEFuzz", dependencies: ["MIME"], swiftSettings: swiftSettings),
        // Parse-only benchmark of the MIME parser (bench/mime/run).
        .executableTarget(name: "MIMEBench", dependencies: ["MIME"], swiftSettings: swiftSettings),
        // The ticket store at scale (bench/store/run).
        .executableTarget(name: "StoreBench", dependencies: ["TicketStore", "Model"], swiftSettings: swiftSettings),

        .testTarget(name: "ModelTests", dependencies: ["Model"], swiftSettings: swiftSettings),
        .testTarget(
            name: "MIMETests", dependencies: ["MIME", "Model"], resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings),
        .testTarget(name: "TriageTests", dependencies: ["Triage", "MIME", "Model"], swiftSettings: swiftSettings),
        .testTarget(name: "TicketStoreTests", dependencies: ["TicketStore", "Model"], swiftSettings: swiftSettings),
        .testTarget(name: "TransportTests", dependencies: ["Transport", "Model"], swiftSettings: swiftSettings),
        .testTarget(
            name: "GatewayTests",
            dependencies: ["Gateway", "MIME", "Model", "Triage", "TicketStore"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "IntakeCLITests",
            dependencies: ["IntakeCLI", "Gateway", "Model", "Triage"],
            swiftSettings: swiftSettings
        ),
        // Against real Dovecot and SMTP servers on 127.0.0.1, started by scripts/servers.
        .testTarget(
            name: "IntegrationTests",
            dependencies: ["Transport", "Gateway", "TicketStore", "MIME", "Model", "IntakeCLI"],
            swiftSettings: swiftSettings
        ),
    ]
)
