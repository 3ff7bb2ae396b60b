import Foundation
import Testing
@testable import ReaderModel

/// The analysis cache read a record at a time and written through a spool: never the whole
/// file, nor every fresh record, held in memory.
@Suite struct CacheStreamingTests {
    private func scratch() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-stream-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        return root
    }

    @Test func chunkedReadsGiveTheFileBytesWhereverAChunkEnds() throws {
        let root = try scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<5000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let path = root.appendingPathComponent("f").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let file = try #require(RecordFile(reading: path))
        #expect(file.size == bytes.count)
        // A 64-byte buffer: most ranges straddle a chunk's end, some are longer than a chunk.
        var reader = ChunkReader(file, chunk: 64)
        var offset = 0
        while offset < bytes.count {
            let count = min(bytes.count - offset, [1, 7, 63, 64, 65, 200][offset % 6])
            let read = try reader.bytes(at: offset, count: count) { Array($0) }
            #expect(read == Array(bytes[offset..<(offset + count)]))
            offset += count
        }
        // Backwards, and past the end (which throws).
        #expect(try reader.bytes(at: 10, count: 5) { Array($0) } == Array(bytes[10..<15]))
        #expect(throws: (any Error).self) { try reader.bytes(at: bytes.count - 3, count: 4) { Array($0) } }
        #expect(file.read(100..<300) == Array(bytes[100..<300]))
        #expect(file.read(4990..<5010) == nil)
    }

    @Test func aCacheIndexedThroughASmallBufferFindsEveryRecord() throws {
        let root = try scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for i in 0..<12 {
            try Data("Talks \(i)\n\nPrime Minister Mohammed Shia Al Sudani met Qais Khazali in Baghdad. Khazali spoke to Reuters.".utf8)
                .write(to: folder.appendingPathComponent("a\(i).txt"))
        }
        let corpus = try CorpusLoader().load(paths: [folder.path])
        let cold = AnalysisCache(collection: [folder.path], directory: root.appendingPathComponent("cache"))
        let first = Analysis(corpus: corpus, cache: cold)
        try cold.save(documents: corpus.documents)
        let file = try #require(RecordFile(reading: cold.file.path))
        let whole = try AnalysisCache.index(file, analysisVersion: AnalysisVersion.current, knowledgeVersion: AnalysisVersion.knowledgeFingerprint)
        // Records of a few hundred bytes read through a 50-byte buffer: every one straddles.
        let small = try AnalysisCache.index(file, analysisVersion: AnalysisVersion.current, knowledgeVersion: AnalysisVersion.knowledgeFingerprint, chunk: 50)
        #expect(whole.count == 12)
        #expect(Set(small.keys) == Set(whole.keys))
        for (id, entry) in whole { #expect(small[id]?.record == entry.record && small[id]?.body == entry.body) }
        let warm = AnalysisCache(collection: [folder.path], directory: root.appendingPathComponent("cache"))
        let second = Analysis(corpus: corpus, cache: warm)
        #expect(warm.hits == 12 && warm.misses == 0)
        #expect(ExportFormat(second) == ExportFormat(first))
    }

    @Test func freshRecordsWaitInASpoolThatLeavesNoFileBehind() throws {
        let root = try scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("Vote\n\nThe Iraqi parliament voted to expel US troops. Khazali welcomed the vote.".utf8).write(to: folder.appendingPathComponent("v.txt"))
        let directory = root.appendingPathComponent("cache")
        let corpus = try CorpusLoader().load(paths: [folder.path])
        let cache = AnalysisCache(collection: [folder.path], directory: directory)
        _ = Analysis(corpus: corpus, cache: cache)
        // Stored, not yet saved: the spool is already unlinked, so the folder shows nothing.
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).isEmpty)
        try cache.save(documents: corpus.documents)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == [cache.file.lastPathComponent])
        let warm = AnalysisCache(collection: [folder.path], directory: directory)
        _ = Analysis(corpus: corpus, cache: warm)
        #expect(warm.hits == 1 && warm.notices.isEmpty)
    }

    @Test func aCacheReplacedWhileOpenIsStillReadAsOpened() throws {
        let root = try scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("Strike\n\nA drone struck a base near Erbil, the Kurdistan Regional Government said.".utf8).write(to: folder.appendingPathComponent("s.txt"))
        let directory = root.appendingPathComponent("cache")
        let corpus = try CorpusLoader().load(paths: [folder.path])
        let cold = AnalysisCache(collection: [folder.path], directory: directory)
        _ = Analysis(corpus: corpus, cache: cold)
        try cold.save(documents: corpus.documents)
        let open = AnalysisCache(collection: [folder.path], directory: directory)
        // Another process renames garbage over the file: what was opened is still read.
        let other = directory.appendingPathComponent("other")
        try Data("not a cache".utf8).write(to: other)
        #expect(rename(other.path, open.file.path) == 0)
        _ = Analysis(corpus: corpus, cache: open)
        #expect(open.hits == 1 && open.misses == 0)
    }
}
