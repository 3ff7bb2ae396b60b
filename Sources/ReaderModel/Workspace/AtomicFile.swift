import Foundation

/// Files written whole or not at all: the new content goes to a temporary file beside the
/// target, which then replaces it by `rename`, so a crash mid-write leaves the old file.
public enum AtomicFile {
    /// Why a file could not be written.
    public struct WriteError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Writes `text` to `path`, creating its folder. `beforeRename` runs once the temporary
    /// file is complete (tests throw from it to stand for a crash).
    public static func write(_ text: String, to path: String, beforeRename: (String) throws -> Void = { _ in }) throws {
        let folder = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw WriteError(description: "\(path): cannot create its folder: \(error.localizedDescription)")
        }
        let temporary = folder + "/." + (path as NSString).lastPathComponent + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(text.utf8)) else {
            throw WriteError(description: "\(path): cannot write (is the folder writable?)")
        }
        do {
            try beforeRename(temporary)
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            throw WriteError(description: "\(path): cannot replace: \(reason)")
        }
    }

    /// The text of a file, nil when it does not exist; invalid UTF-8 is replaced.
    public static func read(_ path: String) -> String? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}
