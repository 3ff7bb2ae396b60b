import ArgumentParser
import Foundation
import ReaderModel

/// The `PATH…` argument every subcommand takes, and loading it.
struct CorpusOptions: ParsableArguments {
    @Argument(help: "Folders (read recursively) and files: .txt, .md, .html, .rss/.atom/.xml feeds, .jsonl/.json, .csv. Default: the bundled seed articles.")
    var paths: [String] = []

    @Flag(help: "Analyse every article afresh: neither read nor write the analysis cache ($XDG_CACHE_HOME/dossier).")
    var noCache = false

    @Flag(help: "List every skipped path with its reason (otherwise ordinary skips are only counted).")
    var verbose = false

    /// Reasons too ordinary to list one by one unless asked: they are counted.
    static let countedReasons: Set<String> = [CorpusLoader.notAnArticle, "hidden"]

    /// Loads the corpus, printing skipped files and warnings to standard error.
    /// A missing path ends the program with status 2. With `textOnDemand`, the text of an
    /// article that is a file of its own can be let go and read again (the reader).
    func load(quiet: Bool = false, textOnDemand: Bool = false) throws -> Corpus {
        var loader = CorpusLoader()
        if textOnDemand { loader.textResidency = TextResidency() }
        let corpus: Corpus
        if paths.isEmpty {
            corpus = loader.loadBundled()
        } else {
            do {
                corpus = try loader.load(paths: paths.map(CommandLineBytes.path))
            } catch {
                Diagnostics.fail("\(error)")
            }
        }
        if !quiet { report(corpus) }
        return corpus
    }

    /// Whether every path given exists (a missing one is reported by `load`, before the screen).
    var pathsExist: Bool {
        paths.allSatisfy { FileManager.default.fileExists(atPath: $0) }
    }

    /// Loads the corpus on another thread, reporting nothing (the caller reports it later); an
    /// error (a path gone since `pathsExist`) gives an empty collection.
    func loadQuietly(textOnDemand: Bool = false) -> Corpus {
        var loader = CorpusLoader()
        if textOnDemand { loader.textResidency = TextResidency() }
        return (try? loader.load(paths: paths.map(CommandLineBytes.path))) ?? Corpus(name: "", documents: [])
    }

    /// Loads and analyses the corpus, through the collection's analysis cache unless `--no-cache`
    /// (the bundled seed articles are not cached), before any corrections. Cache problems are
    /// one-line notices, never fatal.
    func analyzeThroughCache(events: Bool = true, quiet: Bool = false, progress: StartupProgress? = nil) throws -> Analysis {
        progress?.begin("reading files")
        let loaded = try load(quiet: quiet)
        return analyze(loaded, cache: openCache(), events: events, progress: progress)
    }

    /// The collection's analysis cache, its notices warned; nil with `--no-cache` or for the bundled articles.
    func openCache() -> AnalysisCache? {
        guard !noCache, !paths.isEmpty else { return nil }
        let cache = AnalysisCache(collection: paths)
        for notice in cache.notices { Diagnostics.warn(notice) }
        return cache
    }

    /// Analyses a loaded corpus through `cache` (when given) and saves it, showing the counts on `progress`.
    func analyze(_ loaded: Corpus, cache: AnalysisCache?, events: Bool = true, progress: StartupProgress? = nil) -> Analysis {
        let n = loaded.documents.count
        progress?.begin("analysing \(AnalysisProgressText.count(n)) article\(n == 1 ? "" : "s")")
        // Articles done of N, rate and cache hits, on the progress line while the analysis runs.
        let counts = AnalysisProgress()
        let feed = progress.map { AnalysisProgressFeed(counts, into: $0) }
        defer { feed?.finish() }
        let analysis = Analysis(corpus: loaded, events: events, cache: cache, progress: counts)
        if let cache { Self.save(cache, loaded) }
        return analysis
    }

    /// Writes the cache; a failure is a one-line warning.
    static func save(_ cache: AnalysisCache, _ corpus: Corpus) {
        do {
            try cache.save(documents: corpus.documents)
        } catch {
            Diagnostics.warn("could not write the analysis cache \(cache.file.path): \(error.localizedDescription)")
        }
    }

    /// Warnings one a line; skipped paths listed (all with --verbose), then counted by reason.
    func report(_ corpus: Corpus) {
        for warning in corpus.warnings { Diagnostics.warn(warning) }
        for skipped in corpus.skipped where verbose || !Self.countedReasons.contains(skipped.reason) {
            Diagnostics.warn("\(skipped.path): skipped: \(skipped.reason)")
        }
        guard !corpus.skipped.isEmpty else { return }
        var counts: [String: Int] = [:]
        for skipped in corpus.skipped { counts[skipped.reason, default: 0] += 1 }
        let parts = counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { "\($0.value) \($0.key)" }
        let hidden = !verbose && corpus.skipped.contains { Self.countedReasons.contains($0.reason) }
        Diagnostics.warn("skipped \(corpus.skipped.count) path\(corpus.skipped.count == 1 ? "" : "s"): " + parts.joined(separator: "; ")
                         + (hidden ? " (--verbose lists them)" : ""))
    }
}

/// Arguments as the system passed them: a path that is not UTF-8 keeps its bytes.
enum CommandLineBytes {
    /// The bytes of the argument that decodes to `argument` (repaired UTF-8), else its UTF-8.
    static func path(_ argument: String) -> PathBytes {
        let utf8 = PathBytes(argument)
        guard argument.unicodeScalars.contains("\u{FFFD}") else { return utf8 }
        for i in 0..<Int(CommandLine.argc) {
            guard let pointer = CommandLine.unsafeArgv[i] else { continue }
            let bytes = Array(UnsafeBufferPointer(start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: strlen(pointer)))
            if String(decoding: bytes, as: UTF8.self) == argument { return PathBytes(bytes: bytes) }
        }
        return utf8
    }
}

/// One-line messages on standard error, made safe for a terminal: no control character,
/// escape sequence or line break from a file's name or text gets through.
enum Diagnostics {
    static func warn(_ message: String) {
        // Through the progress line, so a message never lands in the middle of it.
        StartupProgress.shared.write("dossier: \(SafeOutput.clean(message))\n")
    }

    /// Prints `dossier: message` and exits with status 2.
    static func fail(_ message: String, status: Int32 = 2) -> Never {
        warn(message)
        exit(status)
    }
}

/// Text for standard output made safe for a terminal by the one sanitiser.
enum SafeOutput {
    /// One line: a line break inside it (from a file name) is shown as "␊", never obeyed.
    static func line(_ text: String) { Swift.print(clean(text)) }

    /// One line made safe: controls (a line break too) shown as visible symbols.
    static func clean(_ text: String) -> String {
        var view = String.UnicodeScalarView()
        for s in text.unicodeScalars { view.append(contentsOf: TextSanitizer.display(s)) }
        return String(view)
    }

    /// Lines made by the program (a table), each line made safe.
    static func print(_ text: String) {
        Swift.print(text.split(separator: "\n", omittingEmptySubsequences: false).map { TextSanitizer.clean(String($0)) }
            .joined(separator: "\n"))
    }
}
