import ArgumentParser
import Foundation
import ReaderModel

/// `dossier [PATH…]`: the interactive reader.
struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open the reader (the default): article list, highlighted article, entity sidebar.",
        discussion: "Press ? in the reader for the keys."
    )

    @OptionGroup var corpus: CorpusOptions

    @Option(name: .customShort("C"), help: ArgumentHelp("Configuration file (default: $XDG_CONFIG_HOME/dossier/config).", valueName: "file"))
    var config: String?

    @Flag(help: "Print every default of the configuration file and exit.")
    var dumpConfig = false

    func run() throws {
        let paths = WorkspacePaths(environment: ProcessInfo.processInfo.environment)
        if dumpConfig {
            print(ConfigDump.text(configFile: paths.configFile))
            return
        }
        guard isatty(STDOUT_FILENO) == 1, isatty(STDIN_FILENO) == 1 else {
            Diagnostics.fail("the reader needs a terminal; use 'dossier export' or 'dossier entities' in scripts")
        }
        // The list and first article as soon as they are ready; the rest of the analysis, related
        // articles, the search index and events follow on other threads.
        let progress = StartupProgress.shared
        let workspace = SessionWorkspace(collection: corpus.collection, config: SessionWorkspace.loadConfig(config, paths: paths))
        let corrections = CorrectionsFile(path: corpus.collection.correctionsFile)
        let world: ReaderWorld
        var background: BackgroundAnalysis?
        var provisional: StagedStart.Provisional?
        var readHere = false
        // The cache is opened (mapped and checked whole) behind the first screen, except for a small collection.
        let caching = !corpus.noCache && !corpus.paths.isEmpty
        let collectionPaths = corpus.paths
        let openCache: (@Sendable () -> AnalysisCache)? = caching ? { @Sendable in AnalysisCache(collection: collectionPaths) } : nil
        let directoryFile = caching ? CollectionDirectory.file(for: corpus.paths) : nil
        let known = directoryFile.flatMap(CollectionDirectory.read)
        let options = corpus
        if let known, known.entries.count > StagedStart.wholeUpTo, corpus.pathsExist {
            // Opened before: the list as it was, the files read and checked behind it.
            let listed = known.corpus()
            let first = StagedStart.firstDocuments(of: listed, lastDocument: workspace.lastDocument)
            provisional = StagedStart.provisionalWorld(listed, first: first, corrections: corrections)
            world = provisional!.world
            background = BackgroundAnalysis(expected: listed.documents.count, load: { options.loadQuietly(textOnDemand: true) }, alreadyRead: false, openCache: openCache,
                                            corrections: corrections, directory: directoryFile.map { ($0, known) })
        } else {
            progress.begin("reading files")
            let corpus = try options.load(textOnDemand: true)
            readHere = true
            if corpus.documents.count <= StagedStart.wholeUpTo {
                let cache = options.openCache()
                let base = options.analyze(corpus, cache: cache, events: false, progress: progress)
                if let directoryFile { try? CollectionDirectory(corpus).write(to: directoryFile) }
                let corrected = corrections.apply(to: base)
                world = ReaderWorld(analysis: corrected.analysis)
                workspace.base = base
                workspace.correctionProblems = corrected.problems
                workspace.startMessages += corrected.problems.map { "corrections line \($0.line): \($0.message)" }
            } else {
                let first = StagedStart.firstDocuments(of: corpus, lastDocument: workspace.lastDocument)
                provisional = StagedStart.provisionalWorld(corpus, first: first, corrections: corrections)
                world = provisional!.world
                // Handed over, not captured: the background lets go of the documents once its analysis holds them.
                let handed = HandOver(corpus), slim = corpus.withoutDocuments
                background = BackgroundAnalysis(expected: corpus.documents.count, load: { handed.take() ?? slim }, alreadyRead: true, openCache: openCache,
                                                corrections: corrections, directory: directoryFile.map { ($0, nil) })
            }
        }
        progress.finish()
        let screen: CursesScreen
        do {
            screen = try CursesScreen(colors: workspace.config.colors)
        } catch {
            Diagnostics.fail(error.description)
        }
        // The first world handed over, not kept here: the whole analysis replaces it later.
        ReaderSession(screen: screen, workspace: workspace, background: background, provisional: provisional).run(world: consume world)
        screen.end()
        // Quit before the analysis was done: what was analysed so far is kept for the next start.
        if let background, !background.isDelivered, let cache = background.cache, let read = background.unsaved { CorpusOptions.save(cache, read) }
        for notice in background?.cache?.notices ?? [] { Diagnostics.warn(notice) }
        // Files skipped or read with a problem, when they were read behind the first screen.
        if !readHere, let read = background?.corpus { corpus.report(read) }
        corpus.warnCorrections(workspace.correctionProblems)
        for problem in workspace.config.problems { Diagnostics.warn(problem.description) }
        // Ended by SIGINT, SIGTERM or SIGHUP: the shell's convention, 128 + the signal.
        if TerminalSetup.pendingSignal != 0 { Foundation.exit(128 + TerminalSetup.pendingSignal) }
    }
}

/// The key loop: read a key, update the reader, draw.
struct ReaderSession {
    let screen: CursesScreen
    let workspace: SessionWorkspace
    /// The rest of the analysis, when the first screen came before it.
    var background: BackgroundAnalysis?
    /// The articles opened before the whole analysis arrives, read and analysed one by one.
    var provisional: StagedStart.Provisional?

    /// Runs the session from `world`, the first screen's, which it does not keep: once the
    /// whole analysis arrives, the provisional world it replaces is let go (at 100,000 articles,
    /// a listing and indexes of its own, about 100 MB).
    func run(world: consuming ReaderWorld) {
        var reader = Reader(world: consume world, width: screen.size.width, height: screen.size.height)
        workspace.begin(&reader)
        defer { workspace.save(&reader) }
        _ = takeStaging(&reader)
        screen.draw(Renderer.frame(reader))
        background?.start()
        while !reader.state.shouldQuit, TerminalSetup.pendingSignal == 0 {
            guard let key = screen.readKey() else {
                let staged = takeStaging(&reader)
                if reader.refreshWhenEventsArrive() || staged { screen.draw(Renderer.frame(reader)) }
                continue
            }
            if key == KeyDecoder.suspend { workspace.save(&reader); screen.suspend(); continue }
            guard let bound = workspace.translate(key, reader) else { continue }
            if bound == .control("l") { screen.forceRedraw() }
            reader.handle(bound)
            switch reader.takeRequest() {
            case .none: break
            case .some(let request) where request.isHandOff: reader.notify(HandOff.run(request, screen: screen))
            case .some(let request): workspace.carryOut(request, &reader)
            }
            workspace.afterKey(&reader)
            _ = takeStaging(&reader)
            screen.draw(Renderer.frame(reader))
        }
    }

    /// Gives the reader what the background analysis has done since; true when something changed.
    func takeStaging(_ reader: inout Reader) -> Bool {
        guard let background else { return false }
        if let whole = background.takeWhole() {
            reader.receive(.finished(whole.world))
            provisional?.release()
            workspace.base = whole.base
            workspace.correctionProblems = whole.corrected.problems
            let notes = whole.corrected.problems.map { "corrections line \($0.line): \($0.message)" } + whole.cacheNotices
            if let first = notes.first { reader.notify(notes.count == 1 ? first : "\(first) (+\(notes.count - 1) more on standard error)") }
            return true
        }
        if let world = provisional?.worldFor(reader) {
            reader.receive(.provisional(world))
            return true
        }
        if let event = background.progressEvent() {
            reader.receive(event)
            return true
        }
        return false
    }
}
