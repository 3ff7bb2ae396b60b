import Foundation

/// Where Dossier keeps what it remembers, following the XDG base directories:
/// configuration in `$XDG_CONFIG_HOME/dossier`, reading state in `$XDG_DATA_HOME/dossier`.
public struct WorkspacePaths: Sendable, Equatable {
    public var configHome: String
    public var dataHome: String

    /// From an environment: XDG variables when set to absolute paths, else under HOME.
    public init(environment: [String: String]) {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        func base(_ variable: String, _ fallback: String) -> String {
            if let value = environment[variable], value.hasPrefix("/") { return value }
            return (home as NSString).appendingPathComponent(fallback)
        }
        configHome = (base("XDG_CONFIG_HOME", ".config") as NSString).appendingPathComponent("dossier")
        dataHome = (base("XDG_DATA_HOME", ".local/share") as NSString).appendingPathComponent("dossier")
    }

    /// The configuration file read when no `-C FILE` is given.
    public var configFile: String { (configHome as NSString).appendingPathComponent("config") }
}

/// One collection's places: its own folder (for shared corrections) and its reading state.
public struct CollectionPaths: Sendable, Equatable {
    /// The collection's folder, where `.dossier/corrections.txt` lives; nil for the bundled articles.
    public var folder: String?
    /// What identifies the collection: its absolute paths, or "bundled".
    public var identity: String
    /// This collection's folder under the data home.
    public var dataFolder: String

    /// The collection opened with these paths (none: the bundled articles). The first path
    /// that is a folder is the collection's folder, else the folder of the first file.
    public init(paths: [String], workspace: WorkspacePaths, currentDirectory: String = FileManager.default.currentDirectoryPath) {
        let absolute = paths.map { p -> String in
            let full = p.hasPrefix("/") ? p : (currentDirectory as NSString).appendingPathComponent(p)
            return URL(fileURLWithPath: full).standardizedFileURL.path
        }
        if absolute.isEmpty {
            folder = nil
            identity = "bundled"
        } else {
            var isDir: ObjCBool = false
            let firstFolder = absolute.first { FileManager.default.fileExists(atPath: $0, isDirectory: &isDir) && isDir.boolValue }
            folder = firstFolder ?? (absolute[0] as NSString).deletingLastPathComponent
            identity = absolute.joined(separator: "\n")
        }
        let name = absolute.count == 1 ? (absolute[0] as NSString).lastPathComponent : (absolute.isEmpty ? "bundled" : "\(absolute.count)-paths")
        let slug = String(name.unicodeScalars.map { s -> Character in
            s.properties.isAlphabetic || ("0"..."9").contains(s) || s == "-" || s == "_" ? Character(s) : "-"
        }.prefix(40))
        dataFolder = (workspace.dataHome as NSString).appendingPathComponent("collections/\(slug)-\(Self.hash(identity))")
    }

    /// The corrections file: in the collection's folder, shared with whoever reads it there;
    /// the bundled articles keep theirs with the reading state.
    public var correctionsFile: String {
        if let folder { return (folder as NSString).appendingPathComponent(".dossier/corrections.txt") }
        return (dataFolder as NSString).appendingPathComponent("corrections.txt")
    }

    /// The reading-state file.
    public var stateFile: String { (dataFolder as NSString).appendingPathComponent("state") }

    /// FNV-1a, 64 bits, as hex: stable across runs and platforms (unlike `hashValue`).
    static func hash(_ text: String) -> String {
        var h: UInt64 = 0xcbf29ce484222325
        for byte in text.utf8 { h = (h ^ UInt64(byte)) &* 0x100000001b3 }
        return String(h, radix: 16)
    }
}
