import Foundation

/// What a cached analysis must match to be reused.
public enum AnalysisVersion {
    /// The version of the per-article analysis (tokens, sentences, recognition, linking within
    /// an article). ANY change to what that analysis produces for the same text — a new rule,
    /// a changed tokenizer, sentence splitter, recognizer or document linker — MUST bump this
    /// number, or readers will be shown results cached by the old code. (Knowledge-file edits
    /// need no bump: their hash is part of the key, see `knowledgeFingerprint`.)
    public static let current: UInt32 = 5

    /// A hash of every bundled knowledge file (names and bytes), and of the running executable's
    /// size and modification time: edits to `Assets/knowledge` invalidate the cache, and so does a
    /// new build (a developer changing the analysis never reads results of the previous build).
    public static let knowledgeFingerprint: UInt64 = {
        var hash = ContentHash()
        if let executable = Bundle.main.executablePath, let stamp = FileStamp.of(path: executable) {
            hash.add(bytes: Array("\(stamp.size) \(stamp.modified)".utf8))
        }
        for path in AssetStore.paths where path.hasPrefix("knowledge/") {
            hash.add(bytes: Array(path.utf8))
            hash.add(bytes: Array(AssetStore.data(path) ?? Data()))
        }
        return hash.value
    }()
}
