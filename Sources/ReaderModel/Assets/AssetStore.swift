import Foundation

/// The files under `Assets/`, compiled into the binary by the EmbedAssets plugin.
public enum AssetStore {
    /// Relative paths of every embedded file, sorted.
    public static var paths: [String] { EmbeddedAssets.base64.keys.sorted() }

    /// The bytes of one embedded file, or nil.
    public static func data(_ path: String) -> Data? {
        EmbeddedAssets.base64[path].flatMap { Data(base64Encoded: $0) }
    }

    /// One embedded file decoded as UTF-8 text, or nil.
    public static func text(_ path: String) -> String? {
        data(path).map { String(decoding: $0, as: UTF8.self) }
    }

    /// All knowledge files, keyed by their name without folder ("places.txt").
    public static var knowledgeFiles: [String: String] {
        var files: [String: String] = [:]
        for path in paths where path.hasPrefix("knowledge/") {
            files[String(path.dropFirst("knowledge/".count))] = text(path)
        }
        return files
    }

    /// The bundled default corpus as (file name, bytes), sorted by name.
    public static var corpusFiles: [(name: String, data: Data)] {
        paths.filter { $0.hasPrefix("corpus/") }.compactMap { path in
            data(path).map { (String(path.dropFirst("corpus/".count)), $0) }
        }
    }
}
