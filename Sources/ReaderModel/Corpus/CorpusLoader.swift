#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
    /// One line each: files loaded with a problem (not UTF-8, NUL bytes, a name that is not UTF-8).
    public var warnings: [String] = []

    public init(name: String, documents: [Document], skipped: [Skipped] = [], warnings: [String] = []) {
        self.name = name
        self.documents = documents
        self.skipped = skipped
        self.warnings = warnings
    }

    /// The name, skipped files and warnings, without the documents: what is kept of the
    /// collection once another holder (the analysis) has its documents.
    public var withoutDocuments: Corpus {
        Corpus(name: name, documents: [], skipped: skipped, warnings: warnings)
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
    /// When set, the text of an article that is a file of its own (text, Markdown, HTML) can be
    /// let go and read again from it (`Corpus.releaseTexts`); those read again stay within it.
    public var textResidency: TextResidency?

    public init(knowledge: Knowledge = .bundled) {
        self.parser = DocumentParser(furnitureMarkers: knowledge.furniture)
    }

    /// The corpus bundled in the binary: the seed articles.
    public func loadBundled() -> Corpus {
        let documents = AssetStore.corpusFiles.compactMap { file -> Document? in
            guard case .text(let decoded) = TextDecoder.decode(file.data) else { return nil }
            return parser.parse(Document(id: file.name, text: decoded.text))
        }
        return Corpus(name: "bundled seed articles", documents: documents)
    }

    /// Loads every article under the given paths. A path that does not exist is an error.
    public func load(paths: [String]) throws(LoadError) -> Corpus {
        try load(paths: paths.map { PathBytes($0) })
    }

    /// Loads every article under the given paths, named by their bytes (a name need not be UTF-8).
    public func load(paths: [PathBytes]) throws(LoadError) -> Corpus {
        var corpus = Corpus(name: paths.count == 1 ? paths[0].lastComponent.description : "\(paths.count) paths", documents: [])
        var seenIDs = Set<String>()
        for path in paths {
            var files: [FolderWalker.File] = []
            switch FileAccess.examine(path) {
            case .failure(let problem):
                if problem.errno == ENOENT, problem.description != "broken symbolic link" { throw .noSuchPath(path.description) }
                corpus.skipped.append(.init(path: path.description, reason: problem.description))
            case .success(let found):
                switch found.kind {
                case .directory:
                    let walk = FolderWalker(root: path, identity: found.identity)
                    files = walk.files
                    corpus.skipped += walk.skipped
                case .regular:
                    files = [FolderWalker.File(path: path, relative: path.lastComponent)]
                default:
                    corpus.skipped.append(.init(path: path.description, reason: found.kind.notReadable))
                }
            }
            // Reading and parsing are independent per file: done in parallel, kept in order.
            // Each file: bytes read safely, decoded, then parsed in its format.
            let formats = FormatReader(parser: parser)
            let results = ParallelMap.map(files) { file -> (String, String, Swift.Result<FormatReader.Result, ReasonText>, String?) in
                let full = file.path.description, relative = file.relative.description
                guard let format = ArticleFormat(fileName: file.path.lastComponent.description) else {
                    return (full, relative, .failure(ReasonText(Self.notAnArticle)), nil)
                }
                switch read(file.path) {
                case .failure(let reason): return (full, relative, .failure(reason), nil)
                case .success(let decoded):
                    return (full, relative, .success(formats.documents(text: decoded.text, format: format, id: relative, path: full)), decoded.note)
                }
            }
            for ((full, relative, result, note), file) in zip(results, files) {
                switch result {
                case .failure(let reason):
                    corpus.skipped.append(.init(path: full, reason: reason))
                case .success(let read):
                    if !file.path.isUTF8 { corpus.warnings.append("\(full): file name is not UTF-8 (shown with \\x escapes)") }
                    if let note { corpus.warnings.append("\(full): \(note)") }
                    corpus.warnings += read.problems.map { "\(full): \($0)" }
                    if let failure = read.failure { corpus.skipped.append(.init(path: full, reason: failure)) }
                    for var document in read.documents {
                        // The same relative path under two folders: the full path tells them apart.
                        if seenIDs.contains(document.id) { document.id = full + document.id.dropFirst(relative.count) }
                        if let residency = textResidency, let format = ArticleFormat(fileName: file.path.lastComponent.description) {
                            document.readTextOnDemand(from: file.path, format: format, sizeLimit: maxFileSize, residency: residency)
                        }
                        seenIDs.insert(document.id)
                        corpus.documents.append(document)
                    }
                }
            }
        }
        return corpus
    }

    /// Reads one file as text: its bytes read safely (`FileAccess`), then decoded (`TextDecoder`).
    /// The seam where a file format's parser takes over.
    public func read(_ path: PathBytes) -> Swift.Result<TextDecoder.Decoded, ReasonText> {
        switch FileAccess.read(path, limit: maxFileSize) {
        case .failure(let problem): return .failure(ReasonText(problem.description))
        case .success(let bytes):
            switch TextDecoder.decode(bytes: bytes) {
            case .empty: return .failure(ReasonText(bytes.isEmpty ? TextDecoder.emptyReason : TextDecoder.blankReason))
            case .binary(let reason): return .failure(ReasonText(reason))
            case .text(let decoded): return .success(decoded)
            }
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
