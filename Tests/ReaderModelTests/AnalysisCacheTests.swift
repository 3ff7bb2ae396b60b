import Dispatch
import Foundation
import Testing
@testable import ReaderModel

/// A collection on disk and a cache folder, both temporary.
private struct Scratch {
    let root: URL
    var folder: URL { root.appendingPathComponent("articles") }
    var cacheDirectory: URL { root.appendingPathComponent("cache") }

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("articles/sub"), withIntermediateDirectories: true)
        let articles = [
            "a.txt": "Talks in Baghdad\n\nIraqi Prime Minister Mohammed Shia Al Sudani met Qais Khazali in Baghdad on Monday. Al Sudani said the Popular Mobilization Forces (PMF) would stay.",
            "b.txt": "Strike near Erbil\n\nA drone struck a base near Erbil, the Kurdistan Regional Government said. Qais Khazali denied that Kata’ib Hezbollah was involved.",
            "sub/c.md": "# Vote in parliament\n\nThe Iraqi parliament voted on January 5, 2020 to expel US troops. Khazali welcomed the vote.",
        ]
        for (name, text) in articles { try Data(text.utf8).write(to: root.appendingPathComponent("articles/\(name)")) }
    }

    func cache(knowledgeVersion: UInt64 = AnalysisVersion.knowledgeFingerprint) -> AnalysisCache {
        AnalysisCache(collection: [folder.path], directory: cacheDirectory, knowledgeVersion: knowledgeVersion)
    }

    /// Loads, analyses through a cache, saves; returns the export and the cache used.
    func open(knowledgeVersion: UInt64 = AnalysisVersion.knowledgeFingerprint) throws -> (ExportFormat, AnalysisCache) {
        let corpus = try CorpusLoader().load(paths: [folder.path])
        let cache = cache(knowledgeVersion: knowledgeVersion)
        let analysis = Analysis(corpus: corpus, cache: cache)
        try cache.save(documents: corpus.documents)
        return (ExportFormat(analysis), cache)
    }

    func uncached() throws -> ExportFormat {
        ExportFormat(Analysis(corpus: try CorpusLoader().load(paths: [folder.path])))
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}

@Suite struct AnalysisCacheTests {
    @Test func reopeningAnUnchangedCollectionReadsEveryArticleFromTheCache() throws {
        let s = try Scratch()
        defer { s.remove() }
        let (first, cold) = try s.open()
        #expect(cold.hits == 0 && cold.misses == 3)
        #expect(FileManager.default.fileExists(atPath: cold.file.path))
        let (second, warm) = try s.open()
        #expect(warm.hits == 3 && warm.misses == 0 && warm.notices.isEmpty)
        #expect(second == first)
        #expect(second == (try s.uncached()))
    }

    @Test func aChangedFileIsAnalysedAgainAndOnlyIt() throws {
        let s = try Scratch()
        defer { s.remove() }
        _ = try s.open()
        try Data("Strike near Mosul\n\nA drone struck a base near Mosul, Iraqi officials said.".utf8)
            .write(to: s.folder.appendingPathComponent("b.txt"))
        let (changed, cache) = try s.open()
        #expect(cache.hits == 2 && cache.misses == 1)
        #expect(changed == (try s.uncached()))
        #expect(changed.entities.contains { $0.name == "Mosul" })
    }

    @Test func sameContentWithANewModificationTimeIsAMiss() throws {
        let s = try Scratch()
        defer { s.remove() }
        _ = try s.open()
        let a = s.folder.appendingPathComponent("a.txt")
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: a.path)
        let (_, cache) = try s.open()
        #expect(cache.hits == 2 && cache.misses == 1)
    }

    @Test func addedAndRemovedFilesCostOnlyThemselves() throws {
        let s = try Scratch()
        defer { s.remove() }
        _ = try s.open()
        try FileManager.default.removeItem(at: s.folder.appendingPathComponent("sub/c.md"))
        try Data("New one\n\nNouri al-Maliki spoke in Najaf.".utf8).write(to: s.folder.appendingPathComponent("d.txt"))
        let (after, cache) = try s.open()
        #expect(cache.hits == 2 && cache.misses == 1)
        #expect(after == (try s.uncached()))
        let (_, again) = try s.open()
        #expect(again.hits == 3 && again.misses == 0)
    }

    @Test func otherKnowledgeInvalidatesTheCache() throws {
        let s = try Scratch()
        defer { s.remove() }
        _ = try s.open()
        let (_, other) = try s.open(knowledgeVersion: AnalysisVersion.knowledgeFingerprint &+ 1)
        #expect(other.hits == 0 && other.misses == 3)
        // An expected invalidation (knowledge edited, a new build): rebuilt silently, then reused.
        #expect(other.notices.isEmpty)
        let (_, again) = try s.open(knowledgeVersion: AnalysisVersion.knowledgeFingerprint &+ 1)
        #expect(again.hits == 3 && again.misses == 0)
    }

    @Test func anotherAnalysisVersionInvalidatesTheCache() throws {
        let s = try Scratch()
        defer { s.remove() }
        _ = try s.open()
        let older = AnalysisCache(collection: [s.folder.path], directory: s.cacheDirectory, analysisVersion: AnalysisVersion.current &+ 1)
        #expect(older.notices.count == 1 && older.notices[0].contains("another version"))
    }

    @Test func aCacheInTheFormerRecordFormatIsRebuiltWithANotice() throws {
        let s = try Scratch()
        defer { s.remove() }
        let (first, cold) = try s.open()
        // The file's format field (after the magic) set back to 1: records that held every token.
        var bytes = try Data(contentsOf: cold.file)
        #expect(AnalysisCache.formatVersion == 2)
        bytes.replaceSubrange(8..<12, with: [1, 0, 0, 0])
        try bytes.write(to: cold.file)
        let (second, rebuilt) = try s.open()
        #expect(rebuilt.notices.count == 1 && rebuilt.notices[0].contains("was written by another version of Dossier; rebuilding it"))
        #expect(rebuilt.hits == 0 && rebuilt.misses == 3 && second == first)
        let (_, warm) = try s.open()
        #expect(warm.hits == 3 && warm.notices.isEmpty)
    }

    @Test func aDamagedCacheIsRebuiltWithANotice() throws {
        let s = try Scratch()
        defer { s.remove() }
        let (first, cold) = try s.open()
        var bytes = [UInt8](try Data(contentsOf: cold.file))
        bytes[bytes.count / 2] ^= 0x5A
        try Data(bytes).write(to: cold.file)
        let (rebuilt, damaged) = try s.open()
        #expect(damaged.hits == 0 && damaged.misses == 3)
        #expect(damaged.notices.count == 1 && damaged.notices[0].contains("damaged"))
        #expect(rebuilt == first)
        let (_, healed) = try s.open()
        #expect(healed.hits == 3 && healed.notices.isEmpty)
    }

    @Test func aTruncatedOrForeignFileIsNeverTrusted() throws {
        let s = try Scratch()
        defer { s.remove() }
        let (_, cold) = try s.open()
        let bytes = try Data(contentsOf: cold.file)
        for broken in [bytes.prefix(30), bytes.prefix(bytes.count - 7), Data("not a cache at all".utf8), Data()] {
            try broken.write(to: cold.file)
            let cache = s.cache()
            #expect(cache.notices.count == 1)
            let corpus = try CorpusLoader().load(paths: [s.folder.path])
            _ = Analysis(corpus: corpus, cache: cache)
            #expect(cache.hits == 0)
        }
    }

    @Test func concurrentOpensLeaveOneWholeCache() throws {
        let s = try Scratch()
        defer { s.remove() }
        let corpus = try CorpusLoader().load(paths: [s.folder.path])
        let caches = (0..<6).map { _ in s.cache() }
        DispatchQueue.concurrentPerform(iterations: caches.count) { i in
            _ = Analysis(corpus: corpus, cache: caches[i])
            try? caches[i].save(documents: corpus.documents)
        }
        let (reopened, cache) = try s.open()
        #expect(cache.notices.isEmpty && cache.hits == 3 && cache.misses == 0)
        #expect(reopened == (try s.uncached()))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: s.cacheDirectory.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func progressCountsArticlesAndCacheHits() throws {
        let s = try Scratch()
        defer { s.remove() }
        let corpus = try CorpusLoader().load(paths: [s.folder.path])
        let cold = AnalysisProgress()
        let first = s.cache()
        _ = Analysis(corpus: corpus, cache: first, progress: cold)
        try first.save(documents: corpus.documents)
        #expect(cold.snapshot.done == 3 && cold.snapshot.total == 3 && cold.snapshot.fromCache == 0 && cold.snapshot.finished)
        let warm = AnalysisProgress()
        _ = Analysis(corpus: corpus, cache: s.cache(), progress: warm)
        #expect(warm.snapshot.done == 3 && warm.snapshot.fromCache == 3)
    }

    @Test func clearRemovesTheCacheFiles() throws {
        let s = try Scratch()
        defer { s.remove() }
        let (_, cache) = try s.open()
        #expect(try AnalysisCache.clear(directory: s.cacheDirectory) == 1)
        #expect(!FileManager.default.fileExists(atPath: cache.file.path))
    }

    @Test func everyArticleOfTheSeedsRoundTripsThroughTheRecordFormat() throws {
        let knowledge = Knowledge.bundled
        let splitter = SentenceSplitter(abbreviations: knowledge.abbreviations)
        let recognizer = EntityRecognizer(knowledge: knowledge)
        let linker = DocumentLinker(knowledge: knowledge)
        for document in CorpusLoader().loadBundled().documents {
            let article = Analysis.analyse(document, splitter: splitter, recognizer: recognizer, linker: linker)
            var w = ByteWriter()
            ArticleCodec.encode(article, into: &w)
            let decoded = try w.bytes.withUnsafeBytes { bytes in
                var r = ByteReader(bytes)
                return try ArticleCodec.decode(&r)
            }
            #expect(decoded == article)
        }
    }
}
