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
        // Events are found in the background once the first screen is up.
        let (base, corrected) = try corpus.analyzeKeepingBase(events: false, reportCorrections: false)
        let world = ReaderWorld(analysis: corrected.analysis)
        let workspace = SessionWorkspace(collection: corpus.collection, config: SessionWorkspace.loadConfig(config, paths: paths))
        workspace.base = base
        workspace.startMessages += corrected.problems.map { "corrections line \($0.line): \($0.message)" }
        let screen: CursesScreen
        do {
            screen = try CursesScreen(colors: workspace.config.colors)
        } catch {
            Diagnostics.fail(error.description)
        }
        ReaderSession(screen: screen, world: world, workspace: workspace).run()
        screen.end()
        corpus.warnCorrections(corrected.problems)
        for problem in workspace.config.problems { Diagnostics.warn(problem.description) }
        // Ended by SIGINT, SIGTERM or SIGHUP: the shell's convention, 128 + the signal.
        if TerminalSetup.pendingSignal != 0 { Foundation.exit(128 + TerminalSetup.pendingSignal) }
    }
}

/// The key loop: read a key, update the reader, draw.
struct ReaderSession {
    let screen: CursesScreen
    let world: ReaderWorld
    let workspace: SessionWorkspace

    func run() {
        var reader = Reader(world: world, width: screen.size.width, height: screen.size.height)
        workspace.begin(&reader)
        defer { workspace.save(&reader) }
        screen.draw(Renderer.frame(reader))
        while !reader.state.shouldQuit, TerminalSetup.pendingSignal == 0 {
            guard let key = screen.readKey() else {
                if reader.refreshWhenEventsArrive() { screen.draw(Renderer.frame(reader)) }
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
            screen.draw(Renderer.frame(reader))
        }
    }
}
