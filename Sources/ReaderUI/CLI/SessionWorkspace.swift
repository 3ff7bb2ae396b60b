import Foundation
import ReaderModel

/// What a reading session keeps beyond the screen: the reading state, loaded at the start
/// and saved (atomically) whenever marks change and at the end.
final class SessionWorkspace {
    let stateFile: ReadingStateFile
    private var stored: ReadingState
    private var saved: (revision: Int, read: Int, open: Int?) = (-1, -1, nil)
    /// Messages to show once the reader is up (corrections that did not apply…).
    var startMessages: [String] = []

    let config: ReaderConfig
    let corrections: CorrectionsFile
    /// The analysis before corrections, to apply them again after each one the reader writes.
    var base: Analysis?
    /// Corrections of the file that did not apply, reported once the screen is gone.
    var correctionProblems: [CorrectionProblem] = []
    /// Corrections written in this session, for undo.
    private var written: [Correction] = []

    init(collection: CollectionPaths, config: ReaderConfig = ReaderConfig()) {
        stateFile = ReadingStateFile(path: collection.stateFile)
        stored = stateFile.load()
        self.config = config
        corrections = CorrectionsFile(path: collection.correctionsFile)
        startMessages += config.problems.map(\.description)
    }

    /// The article the last session ended on.
    var lastDocument: String? { stored.lastDocument }

    /// The configuration: `-C FILE`, else the XDG one when it exists, else the defaults.
    static func loadConfig(_ file: String?, paths: WorkspacePaths) -> ReaderConfig {
        let path = file ?? paths.configFile
        if file == nil, !FileManager.default.fileExists(atPath: path) { return ReaderConfig() }
        let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
        return ReaderConfig.load(path: path, home: home, read: AtomicFile.read)
    }

    /// The key the reader gets for a key pressed: bindings apply except while text is typed.
    func translate(_ key: Key, _ reader: Reader) -> Key? {
        reader.acceptsBindings ? config.translate(key) : key
    }

    /// Takes back the marks and the last place, and the configuration's options.
    func begin(_ reader: inout Reader) {
        var settings = config.settings
        settings.boundKeys = config.helpEntries
        if settings != ReaderSettings() { reader.apply(settings: settings) }
        reader.restore(stored)
        saved = signature(reader)
        if let first = startMessages.first {
            reader.notify(startMessages.count == 1 ? first : "\(first) (+\(startMessages.count - 1) more on standard error)")
        }
    }

    private func signature(_ reader: Reader) -> (Int, Int, Int?) {
        (reader.state.marks.revision, reader.state.visited.count, reader.state.openDocument)
    }

    /// Saves when a mark changed or another article was opened.
    func afterKey(_ reader: inout Reader) {
        let now = signature(reader)
        guard now != saved else { return }
        save(&reader)
    }

    /// Saves the state, with the place in the open article.
    func save(_ reader: inout Reader) {
        let state = reader.readingState(over: stored)
        do {
            try stateFile.save(state)
            stored = state
            saved = signature(reader)
        } catch {
            reader.notify("reading state not saved: \(error)")
        }
    }
}

extension SessionWorkspace {
    /// Writes (or takes back) a correction asked for on an entity's card, and gives the reader
    /// the analysis corrected again, at the same place.
    func carryOut(_ request: WorkspaceRequest, _ reader: inout Reader) {
        guard let base else {
            if case .correct = request { reader.notify("corrections wait until the collection is analysed") }
            return
        }
        let message: String
        var show: String?
        do {
            switch request {
            case .correct(let correction, let name):
                try corrections.append(correction)
                written.append(correction)
                show = name
                message = "corrected: \(correction.line) · U undoes"
            case .edit, .browse, .pipe:
                return
            case .undo:
                guard let last = written.last else { reader.notify("no correction of this session to undo"); return }
                guard try corrections.removeLast(last) else {
                    written.removeLast()
                    reader.notify("“\(last.line)” is no longer in \(corrections.path)")
                    return
                }
                written.removeLast()
                show = reader.cardName
                message = "undone: \(last.line)"
            }
        } catch {
            reader.notify("corrections not written: \(error)")
            return
        }
        let result = corrections.apply(to: base)
        reader = reader.carried(to: ReaderWorld(analysis: result.analysis), show: show)
        reader.notify(message)
    }
}
