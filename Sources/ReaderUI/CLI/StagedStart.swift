import Foundation
import ReaderModel

/// The whole analysis of a collection on other threads while the reader shows its first
/// screen; what it has done reaches the reader as `StagingEvent`s, polled by the key loop.
final class BackgroundAnalysis: @unchecked Sendable {
    /// The analysis before and after corrections, and the reader's world over it.
    struct Whole: Sendable {
        var base: Analysis
        var corrected: CorrectedAnalysis
        var world: ReaderWorld
        /// A cache found damaged (rebuilt) or that could not be written, said once the reader has the world.
        var cacheNotices: [String]
    }

    let progress = AnalysisProgress()
    private let work: @Sendable () -> Whole
    private var whole: Background<Whole>?
    private var delivered = false
    private var shown: AnalysisProgress.Snapshot?
    private var shownAt = Date.distantPast
    /// The collection once read (for the cache saved at an early quit, and the report at the end).
    private final class Read: @unchecked Sendable {
        let lock = NSLock()
        var corpus: Corpus?
        var cache: AnalysisCache?
        /// Whether the cache was written once every article was analysed (no save at an early quit then).
        var saved = false
    }
    private let read = Read()

    /// Will start (see `start`) with `load` (the files, read on this thread already or to be read there), then
    /// analyses through `cache`, links, corrects and weighs; the collection's `directory` file
    /// is rewritten when what it lists changed.
    init(expected: Int, load: @escaping @Sendable () -> Corpus, alreadyRead: Bool, openCache: (@Sendable () -> AnalysisCache)?,
         corrections: CorrectionsFile,
         directory: (file: URL, known: CollectionDirectory?)?) {
        let progress = self.progress
        progress.begin(total: expected)
        if !alreadyRead { progress.enter(.reading) }
        let read = self.read
        work = {
            var corpus = load()
            let cache = openCache?()
            read.lock.withLock { read.corpus = corpus; read.cache = cache }
            var cacheNotices = cache?.notices ?? []
            if let directory {
                let now = CollectionDirectory(corpus)
                if now != directory.known { try? now.write(to: directory.file) }
            }
            let articles = ArticleAnalyzer().analyseAll(corpus.documents, cache: cache, progress: progress)
            // Saved before linking: a reader quitting now still leaves every article's analysis for the next start.
            if let cache {
                do { try cache.save(documents: corpus.documents) } catch {
                    cacheNotices.append("could not write the analysis cache \(cache.file.path): \(error.localizedDescription)")
                }
            }
            // Each article analysed: its text is let go, read again by the stages that need it and by the reader.
            corpus.releaseTexts()
            let base = Analysis(corpus: corpus, articles: consume articles, events: false, progress: progress)
            // The documents are the analysis's now: not kept here as well while the events are linked
            // (the report at the end needs only the skipped files and warnings).
            corpus = corpus.withoutDocuments
            read.lock.withLock { read.corpus = corpus; read.saved = true }
            let corrected = corrections.apply(to: base)
            progress.enter(.related)
            let world = ReaderWorld(analysis: corrected.analysis)
            progress.enter(.done)
            return Whole(base: base, corrected: corrected, world: world, cacheNotices: cacheNotices)
        }
    }

    /// Starts the work, once: after the first frame, so the two do not share the cores.
    func start() {
        if whole == nil, !delivered { whole = Background(work) }
    }

    /// The collection's cache, once opened.
    var cache: AnalysisCache? { read.lock.withLock { read.cache } }

    /// The collection as read, once it is (its documents let go once the analysis holds them).
    var corpus: Corpus? { read.lock.withLock { read.corpus } }

    /// The collection read but its analysis not yet saved to the cache (for a save at an early quit).
    var unsaved: Corpus? { read.lock.withLock { read.saved ? nil : read.corpus } }

    /// The whole analysis, once it is done (nil before, and after it was taken).
    func takeWhole() -> Whole? {
        guard !delivered, let done = whole?.ready else { return nil }
        delivered = true
        // Not kept here as well: a world the reader replaces later (after a correction) is let go.
        whole = nil
        return done
    }

    /// Whether the reader has taken the whole analysis.
    var isDelivered: Bool { delivered }

    /// The progress for the reader when it moved, at most a few times a second.
    func progressEvent(now: Date = Date()) -> StagingEvent? {
        guard !delivered, now.timeIntervalSince(shownAt) >= 0.25 else { return nil }
        let snapshot = progress.snapshot
        guard snapshot.done != shown?.done || snapshot.phase != shown?.phase || shown == nil else { return nil }
        shown = snapshot
        shownAt = now
        return .progress(snapshot)
    }
}

/// How the reader starts: a small collection is analysed whole before the first screen; a
/// larger one shows its list and first articles at once, analysed alone, the rest following.
/// A collection opened before shows its list from the last session's directory, before any
/// file is read.
enum StagedStart {
    /// Up to this many articles, the analysis is quick enough to wait for: the first screen is whole.
    static let wholeUpTo = 100

    /// The documents the first screen opens: the first, and the one the last session ended on.
    static func firstDocuments(of corpus: Corpus, lastDocument: String?) -> [Int] {
        var first = corpus.documents.isEmpty ? [] : [0]
        if let id = lastDocument, let d = corpus.documents.firstIndex(where: { $0.id == id }), d != 0 { first.append(d) }
        return first
    }

    /// The world of the first screen: those documents analysed alone, linked among themselves,
    /// corrected; a document without its text (listed from the directory) is read first.
    static func provisionalWorld(_ corpus: Corpus, first: [Int], corrections: CorrectionsFile) -> Provisional {
        let provisional = Provisional(corpus: corpus, corrections: corrections)
        for d in first { provisional.read(d) }
        return provisional
    }

    /// The articles read and analysed one by one while the whole collection is still analysed:
    /// the first screen's, then each one the reader opens meanwhile.
    final class Provisional {
        private var corpus: Corpus
        private var analysed: [Int: ArticleAnalysis] = [:]
        private var tried: Set<Int> = []
        private let corrections: CorrectionsFile
        private let analyzer = ArticleAnalyzer()
        private(set) var world: ReaderWorld

        init(corpus: Corpus, corrections: CorrectionsFile) {
            self.corpus = corpus
            self.corrections = corrections
            world = ReaderWorld(provisional: Analysis.provisional(corpus: corpus, analysed: [:]))
        }

        /// Reads (when listed without its text) and analyses one article; true when the world changed.
        @discardableResult
        func read(_ d: Int) -> Bool {
            guard corpus.documents.indices.contains(d), !tried.contains(d) else { return false }
            tried.insert(d)
            if corpus.documents[d].scalars.isEmpty {
                guard let text = StagedStart.readOne(corpus.documents[d]) else { return false }
                corpus.documents[d] = text
            }
            // Analysed afresh: one article costs less than opening the cache, which is checked whole.
            analysed[d] = analyzer.analyse(corpus.documents[d])
            world = ReaderWorld(provisional: corrections.apply(to: Analysis.provisional(corpus: corpus, analysed: analysed)).analysis)
            return true
        }

        /// Lets go of the provisional world and its articles once the whole analysis replaced
        /// them (at 100,000 articles, a listing and world of their own: about 100 MB).
        func release() {
            corpus = Corpus(name: corpus.name, documents: [])
            analysed = [:]
            world = ReaderWorld(provisional: Analysis.provisional(corpus: corpus, analysed: [:]))
        }

        /// The world with the reader's open article read, when it was not yet; nil when nothing changed.
        func worldFor(_ reader: Reader) -> ReaderWorld? {
            guard reader.isAnalysing, let d = reader.state.openDocument, read(d) else { return nil }
            return world
        }
    }

    /// One listed article read from its file (the Nth of a file holding several, for `FILE#N`).
    static func readOne(_ listed: Document) -> Document? {
        guard let path = listed.path, let loaded = try? CorpusLoader().load(paths: [path]) else { return nil }
        let docs = loaded.documents
        var found: Document?
        if docs.count == 1 {
            found = docs[0]
        } else if let hash = listed.id.lastIndex(of: "#"), let n = Int(listed.id[listed.id.index(after: hash)...]), docs.indices.contains(n - 1) {
            found = docs[n - 1]
        }
        guard var document = found else { return nil }
        document.id = listed.id
        return document
    }
}

/// A value handed over once: the taker holds the only reference (a closure capturing the value
/// itself would keep it for as long as the closure lives).
final class HandOver<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value?

    init(_ value: Value) { self.value = value }

    /// The value, the first time; nil after.
    func take() -> Value? {
        lock.withLock {
            defer { value = nil }
            return value
        }
    }
}
