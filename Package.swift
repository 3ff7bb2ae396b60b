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
    ],
    targets: [
        // ncursesw through pkg-config, with a header shim for macros Swift cannot import.
        .systemLibrary(
            name: "CNcurses",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"]), .brew(["ncurses"])]
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
