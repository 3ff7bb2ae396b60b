// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Dossier",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "dossier", targets: ["ReaderUI"]),
        .library(name: "ReaderModel", targets: ["ReaderModel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Article formats: Markdown front matter (YAML) and CSV dumps.
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", exact: "0.10.0"),
    ],
    targets: [
        // ncursesw through pkg-config, with a header shim for macros Swift cannot import.
        .systemLibrary(
            name: "CNcurses",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"]), .brew(["ncurses"])]
        ),
        // libxml2's HTML and XML parsers, for saved web pages and feeds.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        // Build-time tool: turns the files under Assets/ into Swift source, so the
        // binary carries its corpus and knowledge wherever it is copied.
        .executableTarget(name: "AssetEmbedder", path: "Sources/AssetEmbedder"),
        .plugin(
            name: "EmbedAssets",
            capability: .buildTool(),
            dependencies: ["AssetEmbedder"],
            path: "Plugins/EmbedAssets"
        ),
        .target(
            name: "ReaderModel",
            dependencies: [
                "CLibXML2",
                .product(name: "Yams", package: "Yams"),
                .product(name: "SwiftCSV", package: "SwiftCSV"),
            ],
            path: "Sources/ReaderModel",
            plugins: ["EmbedAssets"]
        ),
        .executableTarget(
            name: "ReaderUI",
            dependencies: [
                "ReaderModel", "CNcurses",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/ReaderUI"
        ),
        .testTarget(name: "ReaderModelTests", dependencies: ["ReaderModel"], path: "Tests/ReaderModelTests"),
        .testTarget(name: "ReaderUITests", dependencies: ["ReaderUI", "ReaderModel", "CNcurses"], path: "Tests/ReaderUITests"),
    ]
)
