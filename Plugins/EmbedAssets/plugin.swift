import Foundation
import PackagePlugin

/// Embeds the package's `Assets/` folder into the target as generated Swift source.
@main
struct EmbedAssets: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let assets = context.package.directoryURL.appending(path: "Assets")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedAssets.swift")
        // Folders are inputs too, so that adding a file re-runs the embedder.
        var inputs: [URL] = [assets]
        if let walker = FileManager.default.enumerator(at: assets, includingPropertiesForKeys: nil) {
            for case let url as URL in walker {
                inputs.append(url)
            }
        }
        return [
            .buildCommand(
                displayName: "Embedding Assets",
                executable: try context.tool(named: "AssetEmbedder").url,
                arguments: [assets.path, output.path],
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
