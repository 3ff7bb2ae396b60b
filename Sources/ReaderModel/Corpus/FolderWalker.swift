/// Lists the files under a folder, recursively and by their raw names: symbolic links are
/// followed, a folder reached a second time (a link loop) is not entered again, and
/// everything passed over — hidden entries, pipes and devices, broken links, unreadable
/// folders — is kept with its reason, so nothing is dropped in silence.
struct FolderWalker {
    struct File: Sendable {
        var path: PathBytes
        /// Path below the folder given.
        var relative: PathBytes
    }

    /// Reason for names starting with a dot (`.git`, `.dossier`).
    static let hidden = "hidden"

    private(set) var files: [File] = []
    private(set) var skipped: [Corpus.Skipped] = []
    private var visited: Set<FileAccess.Identity> = []

    /// Walks `root`, a folder whose identity is `identity`.
    init(root: PathBytes, identity: FileAccess.Identity) {
        visited.insert(identity)
        walk(root, relative: PathBytes(bytes: []))
        files.sort { $0.relative < $1.relative }
    }

    private mutating func walk(_ folder: PathBytes, relative: PathBytes) {
        let names: [PathBytes]
        switch FileAccess.list(folder) {
        case .failure(let problem):
            skipped.append(.init(path: folder.description, reason: "unreadable folder: \(problem)"))
            return
        case .success(let list): names = list.sorted()
        }
        for name in names {
            let path = folder.appending(name), below = relative.appending(name)
            // The collection's own `.dossier` folder (corrections) is Dossier's, not a skipped path.
            if name.bytes == Array(".dossier".utf8) { continue }
            if name.bytes.first == 0x2E {
                skipped.append(.init(path: path.description, reason: Self.hidden))
                continue
            }
            switch FileAccess.examine(path) {
            case .failure(let problem):
                skipped.append(.init(path: path.description, reason: problem.description))
            case .success(let found):
                switch found.kind {
                case .regular:
                    files.append(File(path: path, relative: below))
                case .directory:
                    guard visited.insert(found.identity).inserted else {
                        skipped.append(.init(path: path.description,
                                             reason: found.isLink ? "symbolic link to a folder already read (loop)" : "folder already read"))
                        continue
                    }
                    walk(path, relative: below)
                default:
                    skipped.append(.init(path: path.description, reason: found.kind.notReadable))
                }
            }
        }
    }
}
