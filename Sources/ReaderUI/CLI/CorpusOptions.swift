import ArgumentParser
import Foundation
import ReaderModel

/// The `PATH…` argument every subcommand takes, and loading it.
struct CorpusOptions: ParsableArguments {
    @Argument(help: "Folders (read recursively) and files: .txt, .md, .html, .rss/.atom/.xml feeds, .jsonl/.json, .csv. Default: the bundled seed articles.")
    var paths: [String] = []

    @Flag(help: "Analyse every article afresh: neither read nor write the analysis cache ($XDG_CACHE_HOME/dossier).")
    var noCache = false

    /// Loads the corpus, printing skipped files and warnings to standard error.
    /// A missing path ends the program with status 2.
    func load(quiet: Bool = false) throws -> Corpus {
        let loader = CorpusLoader()
        let corpus: Corpus
        if paths.isEmpty {
            corpus = loader.loadBundled()
        } else {
            do {
                corpus = try loader.load(paths: paths)
            } catch {
                Diagnostics.fail("\(error)")
            }
        }
        if !quiet {
            for warning in corpus.warnings { Diagnostics.warn(warning) }
            for skipped in corpus.skipped where skipped.reason != CorpusLoader.notAnArticle {
                Diagnostics.warn("\(skipped.path): skipped: \(skipped.reason)")
            }
            let others = corpus.skipped.filter { $0.reason == CorpusLoader.notAnArticle }.count
            if others > 0 { Diagnostics.warn("skipped \(others) file\(others == 1 ? "" : "s") not in an article format") }
        }
        return corpus
    }

    /// Loads and analyses the corpus, through the collection's analysis cache unless `--no-cache`
    /// (the bundled seed articles are not cached), before any corrections. Cache problems are
    /// one-line notices, never fatal.
    func analyzeThroughCache(events: Bool = true, quiet: Bool = false, progress: StartupProgress? = nil) throws -> Analysis {
        progress?.begin("reading files")
        let loaded = try load(quiet: quiet)
        let n = loaded.documents.count
        progress?.begin("analysing \(StartupProgress.count(n)) article\(n == 1 ? "" : "s")")
        guard !noCache, !paths.isEmpty else { return Analysis(corpus: loaded, events: events) }
        let cache = AnalysisCache(collection: paths)
        for notice in cache.notices { Diagnostics.warn(notice) }
        let analysis = Analysis(corpus: loaded, events: events, cache: cache)
        do {
            try cache.save(documents: loaded.documents)
        } catch {
            Diagnostics.warn("could not write the analysis cache \(cache.file.path): \(error.localizedDescription)")
        }
        return analysis
    }
}

/// One-line messages on standard error.
enum Diagnostics {
    static func warn(_ message: String) {
        // Through the progress line, so a message never lands in the middle of it.
        StartupProgress.shared.write("dossier: \(message)\n")
    }

    /// Prints `dossier: message` and exits with status 2.
    static func fail(_ message: String, status: Int32 = 2) -> Never {
        warn(message)
        exit(status)
    }
}
