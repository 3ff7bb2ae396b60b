import ArgumentParser
import Foundation
import ReaderModel

/// `dossier cache clear`: the persistent analysis cache.
struct Cache: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Manage the analysis cache ($XDG_CACHE_HOME/dossier, default ~/.cache/dossier).",
        subcommands: [Clear.self, Where.self]
    )

    /// `dossier cache clear`.
    struct Clear: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove every collection's cached analysis.")

        func run() throws {
            let directory = AnalysisCache.defaultDirectory
            do {
                let removed = try AnalysisCache.clear(directory: directory)
                print("removed \(removed) cache file\(removed == 1 ? "" : "s") from \(TextSanitizer.clean(directory.path))")
            } catch {
                Diagnostics.fail("could not clear \(directory.path): \(error.localizedDescription)")
            }
        }
    }

    /// `dossier cache path`.
    struct Where: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "path", abstract: "Print the cache folder.")

        func run() throws { print(TextSanitizer.clean(AnalysisCache.defaultDirectory.path)) }
    }
}
