import Foundation

/// What the first screen of a collection needs before any file is read: each article's id,
/// file, title, date and source, as the last session found them. Kept beside the analysis
/// cache (`NAME-HASH.list`), small (no text, no analysis), checksummed and written atomically;
/// the reader shows it at once and replaces it with the collection as read now.
public struct CollectionDirectory: Sendable, Equatable {
    /// One article as listed.
    public struct Entry: Sendable, Equatable {
        public var id: String
        public var path: String?
        public var title: String
        public var date: String?
        public var source: String?
    }

    public var name: String
    public var entries: [Entry]

    static let magic: [UInt8] = Array("DOSSIERL".utf8)
    static let formatVersion: UInt32 = 1

    /// The directory of a loaded corpus.
    public init(_ corpus: Corpus) {
        name = corpus.name
        entries = corpus.documents.map { Entry(id: $0.id, path: $0.path, title: $0.title, date: $0.date, source: $0.source) }
    }

    init(name: String, entries: [Entry]) {
        self.name = name
        self.entries = entries
    }

    /// The file of the collection named by `paths`, beside its analysis cache.
    public static func file(for paths: [String], directory: URL = AnalysisCache.defaultDirectory) -> URL {
        let cacheName = AnalysisCache.fileName(for: paths)
        return directory.appendingPathComponent(String(cacheName.dropLast(".cache".count)) + ".list")
    }

    /// A corpus of these articles without their text: titles, dates and sources for the list.
    public func corpus() -> Corpus {
        Corpus(name: name, documents: entries.map { e in
            var d = Document(id: e.id, path: e.path, text: "")
            d.title = e.title
            d.date = e.date
            d.source = e.source
            return d
        })
    }

    /// Reads a directory file; nil when there is none, or it is damaged or of another format
    /// (the reader then waits for the files, as without one).
    public static func read(_ url: URL) -> CollectionDirectory? {
        guard let data = try? Data(contentsOf: url, options: .alwaysMapped) else { return nil }
        return data.withUnsafeBytes { bytes -> CollectionDirectory? in
            guard bytes.count >= 32, Array(bytes[0..<8]) == magic else { return nil }
            var r = ByteReader(bytes, at: 8)
            guard let format = try? r.u32(), format == formatVersion, let count = try? r.u64(),
                  let length = try? r.u64(), let checksum = try? r.u64(), length == UInt64(bytes.count - 36),
                  ContentHash.of(UnsafeRawBufferPointer(rebasing: bytes[36...])) == checksum else { return nil }
            do {
                let name = try r.string()
                var entries: [Entry] = []
                entries.reserveCapacity(Int(min(count, UInt64(bytes.count))))
                for _ in 0..<count {
                    entries.append(Entry(id: try r.string(), path: try r.optionalString(), title: try r.string(),
                                         date: try r.optionalString(), source: try r.optionalString()))
                }
                return r.atEnd ? CollectionDirectory(name: name, entries: entries) : nil
            } catch {
                return nil
            }
        }
    }

    /// Writes the file atomically: a uniquely named temporary file renamed over it.
    public func write(to url: URL) throws {
        var body = ByteWriter()
        body.string(name)
        for e in entries {
            body.string(e.id)
            body.optionalString(e.path)
            body.string(e.title)
            body.optionalString(e.date)
            body.optionalString(e.source)
        }
        var file = ByteWriter()
        file.bytes = Self.magic
        file.u32(Self.formatVersion)
        file.u64(UInt64(entries.count))
        file.u64(UInt64(body.bytes.count))
        file.u64(body.bytes.withUnsafeBytes { ContentHash.of($0) })
        file.bytes += body.bytes
        let folder = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(UInt64.random(in: 0...UInt64.max)).tmp")
        try Data(file.bytes).write(to: temporary)
        guard rename(temporary.path, url.path) == 0 else {
            try? FileManager.default.removeItem(at: temporary)
            throw CocoaError(.fileWriteUnknown)
        }
    }
}
