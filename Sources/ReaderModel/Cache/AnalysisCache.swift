import Foundation

/// The persistent analysis cache of one collection: each article's own analysis, keyed by
/// its file's path, size, modification time and content hash, under the analysis version
/// and the knowledge files' fingerprint.
///
/// One file per collection, `$XDG_CACHE_HOME/dossier/NAME-HASH.cache`: a header (magic,
/// format, analysis and knowledge versions, a checksum of the rest), then one record per
/// article. It is read through, a chunk at a time, and checked whole when opened; a record is
/// read again from the file and decoded only for the article asked for, so the process never
/// holds the file's bytes (at 100,000 articles they are over 600 MB). Articles analysed afresh
/// are encoded at once into a spool file (unlinked, so nothing is left behind), not kept in
/// memory. A new file is written beside the cache and renamed over it, so a reader never sees
/// half a file and two processes saving at once leave one whole file.
public final class AnalysisCache: @unchecked Sendable {
    /// Where an article's record lies in the file, and what it was made from.
    struct Entry {
        var path: String
        var stamp: FileStamp
        var contentHash: UInt64
        /// Byte range of the whole record in the file.
        var record: Range<Int>
        /// Offset of the analysis body within the record.
        var body: Int
    }

    static let magic: [UInt8] = Array("DOSSIERC".utf8)
    /// The layout of the file itself; bump it when the byte layout changes
    /// (2: records no longer hold tokens and sentences, only their token count).
    static let formatVersion: UInt32 = 2
    static let headerSize = 48

    public let file: URL
    let analysisVersion: UInt32
    let knowledgeVersion: UInt64
    /// The cache file found when opened (kept open: a save by another process renames a new
    /// file over it without changing what this one reads); nil when there was none or it was rejected.
    private let source: RecordFile?
    private var entries: [String: Entry] = [:]
    /// One line each: what was wrong with the file found (damaged, another version), for the caller to show.
    public private(set) var notices: [String] = []

    private let lock = NSLock()
    /// Articles analysed afresh since the last save, by document id: where their record lies in the spool.
    private var fresh: [String: Range<Int>] = [:]
    private var spool: RecordFile?
    private var spoolEnd = 0
    private var reused: Set<String> = []
    public private(set) var hits = 0
    public private(set) var misses = 0

    /// Opens (or prepares) the cache of the collection named by `paths`.
    public init(collection paths: [String], directory: URL = AnalysisCache.defaultDirectory,
                analysisVersion: UInt32 = AnalysisVersion.current,
                knowledgeVersion: UInt64 = AnalysisVersion.knowledgeFingerprint) {
        self.analysisVersion = analysisVersion
        self.knowledgeVersion = knowledgeVersion
        file = directory.appendingPathComponent(Self.fileName(for: paths))
        var opened: RecordFile?
        if FileManager.default.fileExists(atPath: file.path) {
            if let found = RecordFile(reading: file.path) {
                do {
                    entries = try Self.index(found, analysisVersion: analysisVersion, knowledgeVersion: knowledgeVersion)
                    opened = found
                } catch let problem as Problem {
                    if !problem.text.isEmpty { notices.append("analysis cache \(file.path) \(problem.text); rebuilding it") }
                    entries = [:]
                } catch {
                    notices.append("analysis cache \(file.path) could not be read; rebuilding it")
                    entries = [:]
                }
            } else {
                notices.append("analysis cache \(file.path) could not be read; rebuilding it")
            }
        }
        source = opened
    }

    /// `$XDG_CACHE_HOME/dossier`, or `~/.cache/dossier`.
    public static var defaultDirectory: URL {
        let env = ProcessInfo.processInfo.environment
        let base = env["XDG_CACHE_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? (env["HOME"] ?? NSHomeDirectory()) + "/.cache"
        return URL(fileURLWithPath: base).appendingPathComponent("dossier")
    }

    /// The collection's file name: its last folder's name (for people looking) and a hash of every path given.
    static func fileName(for paths: [String]) -> String {
        let absolute = paths.map { URL(fileURLWithPath: $0).standardizedFileURL.path }.sorted()
        var hash = ContentHash()
        for p in absolute { hash.add(bytes: Array(p.utf8) + [0]) }
        let label = String((absolute.first.map { URL(fileURLWithPath: $0).lastPathComponent } ?? "corpus")
            .unicodeScalars.filter { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "-" || $0 == "_") }
            .prefix(40))
        return "\(label.isEmpty ? "corpus" : label)-\(String(hash.value, radix: 16)).cache"
    }

    struct Problem: Error { var text: String }

    /// Checks the header and checksum and lists the records, reading the file through once.
    static func index(_ file: RecordFile, analysisVersion: UInt32, knowledgeVersion: UInt64, chunk: Int = 1 << 20) throws -> [String: Entry] {
        let size = file.size
        var chunks = ChunkReader(file, chunk: chunk)
        let header = try? chunks.bytes(at: 0, count: headerSize) { Array($0) }
        guard let header, Array(header[0..<8]) == magic else { throw Problem(text: "is not a Dossier cache or is damaged") }
        let (format, analysis, knowledge, count, length, checksum) = try header.withUnsafeBytes { raw in
            var r = ByteReader(raw, at: 8)
            return (try r.u32(), try r.u32(), try r.u64(), try r.u64(), try r.u64(), try r.u64())
        }
        guard format == formatVersion, analysis == analysisVersion else {
            throw Problem(text: "was written by another version of Dossier")
        }
        // Other knowledge files or another build: an expected invalidation, rebuilt without a word.
        guard knowledge == knowledgeVersion else { throw Problem(text: "") }
        guard length == UInt64(size - headerSize) else { throw Problem(text: "is damaged (truncated)") }
        // The checksum covers every record: each record's hash, mixed in order.
        var entries: [String: Entry] = [:]
        var sum = ContentHash()
        var offset = headerSize
        do {
            for _ in 0..<count {
                let recordSize = try chunks.bytes(at: offset, count: 4) { Int(UInt32(littleEndian: $0.loadUnaligned(as: UInt32.self))) }
                let end = offset + 4 + recordSize
                guard end <= size else { throw ByteReader.Malformed() }
                let start = offset
                let entry: (String, Entry) = try chunks.bytes(at: start, count: end - start) { record in
                    sum.mix(ContentHash.of(record))
                    var r = ByteReader(record, at: 4)
                    let id = try r.string(), path = try r.string()
                    let stamp = FileStamp(size: try r.i64(), modified: try r.i64())
                    let hash = try r.u64()
                    return (id, Entry(path: path, stamp: stamp, contentHash: hash, record: start..<end, body: r.offset))
                }
                entries[entry.0] = entry.1
                offset = end
            }
        } catch {
            throw Problem(text: "is damaged (bad record)")
        }
        guard sum.value == checksum, offset == size else { throw Problem(text: "is damaged (checksum mismatch)") }
        return entries
    }

    /// The content hash the cache compares: the article's code points and where its analysed part ends.
    static func contentHash(_ document: Document) -> UInt64 {
        var h = ContentHash()
        h.mix(UInt64(document.analysedEnd))
        h.add(scalars: document.scalars)
        return h.value
    }

    /// The cached analysis of an article, if its file is unchanged; nil (a miss) otherwise.
    /// Articles without a file (the bundled corpus) are never cached.
    public func lookup(_ document: Document) -> ArticleAnalysis? {
        guard let path = document.path else { return nil }
        let found: ArticleAnalysis? = {
            guard let source, let entry = entries[document.id], entry.path == path, let stamp = FileStamp.of(path: path),
                  entry.stamp == stamp, entry.contentHash == Self.contentHash(document),
                  let record = source.read(entry.record) else { return nil }
            return record.withUnsafeBytes { bytes -> ArticleAnalysis? in
                var r = ByteReader(bytes, at: entry.body)
                return try? ArticleCodec.decode(&r)
            }
        }()
        lock.lock()
        defer { lock.unlock() }
        if found != nil { hits += 1; reused.insert(document.id) } else { misses += 1 }
        return found
    }

    /// Records an article analysed afresh, for the next `save`: encoded and written to the spool at once.
    public func store(_ analysis: ArticleAnalysis, of document: Document) {
        guard let path = document.path, let stamp = FileStamp.of(path: path) else { return }
        var w = ByteWriter()
        w.u32(0)
        w.string(document.id)
        w.string(path)
        w.i64(stamp.size)
        w.i64(stamp.modified)
        w.u64(Self.contentHash(document))
        ArticleCodec.encode(analysis, into: &w)
        let size = UInt32(w.bytes.count - 4).littleEndian
        withUnsafeBytes(of: size) { for i in 0..<4 { w.bytes[i] = $0[i] } }
        lock.lock()
        defer { lock.unlock() }
        if spool == nil {
            try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            spool = RecordFile(spoolIn: file.deletingLastPathComponent().path)
                ?? RecordFile(spoolIn: FileManager.default.temporaryDirectory.path)
        }
        guard let spool, spool.write(w.bytes, at: spoolEnd) else { return }
        fresh[document.id] = spoolEnd..<(spoolEnd + w.bytes.count)
        spoolEnd += w.bytes.count
    }

    /// Writes the cache for exactly these documents (articles removed from the collection drop
    /// out), unless nothing changed. Returns whether a file was written.
    @discardableResult
    public func save(documents: [Document]) throws -> Bool {
        lock.lock()
        defer { lock.unlock() }
        let ids = documents.filter { $0.path != nil }.map(\.id)
        let unchanged = fresh.isEmpty && notices.isEmpty && ids.count == entries.count && ids.allSatisfy { reused.contains($0) }
        if unchanged { return false }
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        // A unique temporary name in the same folder, then an atomic rename over the old file.
        let temporary = file.deletingLastPathComponent()
            .appendingPathComponent(".\(file.lastPathComponent).\(getpid()).\(UInt64.random(in: 0...UInt64.max)).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil),
              let handle = FileHandle(forWritingAtPath: temporary.path) else { throw CocoaError(.fileWriteNoPermission) }
        do {
            defer { try? handle.close() }
            // Records are copied one at a time (fresh ones from the spool, reused ones from the
            // file found), the header last.
            try handle.write(contentsOf: Data(count: Self.headerSize))
            var count: UInt64 = 0, length: UInt64 = 0
            var sum = ContentHash()
            var buffer = Data()
            func put(_ record: [UInt8]) throws {
                record.withUnsafeBytes { sum.mix(ContentHash.of($0)) }
                buffer.append(contentsOf: record)
                count += 1
                length += UInt64(record.count)
                if buffer.count >= 1 << 20 { try handle.write(contentsOf: buffer); buffer.removeAll(keepingCapacity: true) }
            }
            for id in ids {
                if let range = fresh[id] {
                    guard let record = spool?.read(range) else { throw CocoaError(.fileReadUnknown) }
                    try put(record)
                } else if reused.contains(id), let entry = entries[id], let source {
                    guard let record = source.read(entry.record) else { throw CocoaError(.fileReadUnknown) }
                    try put(record)
                }
            }
            try handle.write(contentsOf: buffer)
            var header = ByteWriter()
            header.bytes += Self.magic
            header.u32(Self.formatVersion)
            header.u32(analysisVersion)
            header.u64(knowledgeVersion)
            header.u64(count)
            header.u64(length)
            header.u64(sum.value)
            try handle.seek(toOffset: 0)
            try handle.write(contentsOf: Data(header.bytes))
            guard rename(temporary.path, file.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
        fresh = [:]
        spool?.truncate()
        spoolEnd = 0
        return true
    }

    /// Removes every cache file in the folder; returns how many were removed.
    @discardableResult
    public static func clear(directory: URL = AnalysisCache.defaultDirectory) throws -> Int {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        var removed = 0
        for name in names where name.hasSuffix(".cache") || (name.hasPrefix(".") && name.hasSuffix(".tmp")) {
            try FileManager.default.removeItem(at: directory.appendingPathComponent(name))
            removed += 1
        }
        // Each collection's directory of titles goes with its cache (counted with it).
        for name in names where name.hasSuffix(".list") {
            try FileManager.default.removeItem(at: directory.appendingPathComponent(name))
        }
        return removed
    }
}
