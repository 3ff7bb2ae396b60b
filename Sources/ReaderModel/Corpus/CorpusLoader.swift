import Foundation

/// A loaded collection of articles and what was passed over while loading it.
public struct Corpus: Sendable {
    /// A file that was not loaded as an article, and why.
    public struct Skipped: Sendable, Equatable {
        public var path: String
        public var reason: String
    }

    public var name: String
    public var documents: [Document]
    public var skipped: [Skipped] = []
    /// One line each: files loaded with a problem (invalid UTF-8).
    public var warnings: [String] = []

    public init(name: String, documents: [Document], skipped: [Skipped] = [], warnings: [String] = []) {
        self.name = name
        self.documents = documents
        self.skipped = skipped
        self.warnings = warnings
    }
}

/// Why a corpus could not be loaded at all.
public enum LoadError: Error, Equatable, CustomStringConvertible {
    case noSuchPath(String)

    public var description: String {
        switch self {
        case .noSuchPath(let path): return "no such file or folder: \(path)"
        }
    }
}

/// Reads articles from files and folders (recursively) in the `ArticleFormat`s (text, Markdown,
/// HTML, feeds, JSON, CSV); anything else is skipped and counted.
public struct CorpusLoader: Sendable {
    public static let articleExtensions = Set(ArticleFormat.byExtension.keys)
    /// The reason given for files in no article format.
    public static let notAnArticle = "not an article format"
    /// Larger files are skipped rather than read into memory.
    public var maxFileSize: Int = 64 << 20
    public var parser: DocumentParser

    public init(knowledge: Knowledge = .bundled) {
        self.parser = DocumentParser(furnitureMarkers: knowledge.furniture)
    }

    /// The corpus bundled in the binary: the seed articles.
    public func loadBundled() -> Corpus {
        let documents = AssetStore.corpusFiles.compactMap { file -> Document? in
            guard case .text(let text, _) = TextDecoder.decode(file.data) else { return nil }
            return parser.parse(Document(id: file.name, text: text))
        }
        return Corpus(name: "bundled seed articles", documents: documents)
    }

    /// Loads every article under the given paths. A path that does not exist is an error.
    public func load(paths: [String]) throws(LoadError) -> Corpus {
        let fm = FileManager.default
        var corpus = Corpus(name: paths.count == 1 ? URL(fileURLWithPath: paths[0]).lastPathComponent : "\(paths.count) paths",
                            documents: [])
        var seenIDs = Set<String>()
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else { throw .noSuchPath(path) }
            var files: [(full: String, relative: String)] = []
            if isDir.boolValue {
                let root = URL(fileURLWithPath: path).standardizedFileURL
                if let walker = fm.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]) {
                    for case let url as URL in walker {
                        guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
                        let full = url.standardizedFileURL.path
                        files.append((full, String(full.dropFirst(root.path.count).drop(while: { $0 == "/" }))))
                    }
                }
                files.sort { $0.relative < $1.relative }
            } else {
                files = [(path, URL(fileURLWithPath: path).lastPathComponent)]
            }
            // Reading and parsing are independent per file: done in parallel, kept in order.
            let formats = FormatReader(parser: parser)
            let results = ParallelMap.map(files) { file -> (String, String, Swift.Result<FormatReader.Result, ReasonText>, Bool) in
                guard let format = ArticleFormat(fileName: file.full) else {
                    return (file.full, file.relative, .failure(ReasonText(Self.notAnArticle)), false)
                }
                switch read(file.full) {
                case .failure(let reason): return (file.full, file.relative, .failure(reason), false)
                case .success(let (text, invalid)):
                    return (file.full, file.relative, .success(formats.documents(text: text, format: format, id: file.relative, path: file.full)), invalid)
                }
            }
            for (full, relative, result, invalid) in results {
                switch result {
                case .failure(let reason):
                    corpus.skipped.append(.init(path: full, reason: reason))
                case .success(let read):
                    if invalid { corpus.warnings.append("\(full): invalid UTF-8, shown with replacement characters") }
                    corpus.warnings += read.problems.map { "\(full): \($0)" }
                    if let failure = read.failure { corpus.skipped.append(.init(path: full, reason: failure)) }
                    for var document in read.documents {
                        // The same relative path under two folders: the full path tells them apart.
                        if seenIDs.contains(document.id) { document.id = full + document.id.dropFirst(relative.count) }
                        seenIDs.insert(document.id)
                        corpus.documents.append(document)
                    }
                }
            }
        }
        return corpus
    }


    func read(_ path: String) -> Swift.Result<(String, Bool), ReasonText> {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else {
            return .failure(ReasonText("cannot read file"))
        }
        if let size = attributes[.size] as? Int, size > maxFileSize {
            return .failure(ReasonText("file too large (\(size / 1_048_576) MB; limit \(maxFileSize / 1_048_576) MB)"))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else { return .failure(ReasonText("permission denied or unreadable")) }
        defer { try? handle.close() }
        let data: Data
        do { data = try handle.readToEnd() ?? Data() } catch { return .failure(ReasonText("read error: \(error.localizedDescription)")) }
        switch TextDecoder.decode(data) {
        case .empty: return .failure(ReasonText("empty file"))
        case .binary: return .failure(ReasonText("binary file, not text"))
        case .text(let text, let invalid): return .success((text, invalid))
        }
    }
}

/// A reason a file was skipped, as an error value.
public struct ReasonText: Error, ExpressibleByStringLiteral, CustomStringConvertible {
    public var description: String
    public init(_ text: String) { description = text }
    public init(stringLiteral value: String) { description = value }
}

extension Corpus.Skipped {
    init(path: String, reason: ReasonText) { self.init(path: path, reason: reason.description) }
}
