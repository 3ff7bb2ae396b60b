import Foundation

/// A file's size and modification time, as the cache keys articles by.
public struct FileStamp: Sendable, Equatable {
    public var size: Int64
    /// Modification time in nanoseconds since 1970.
    public var modified: Int64

    public init(size: Int64, modified: Int64) {
        self.size = size
        self.modified = modified
    }

    /// The stamp of a file on disk, or nil if it cannot be read.
    public static func of(path: String) -> FileStamp? {
        var s = stat()
        guard stat(path, &s) == 0 else { return nil }
        #if canImport(Darwin)
        let time = s.st_mtimespec
        #else
        let time = s.st_mtim
        #endif
        return FileStamp(size: Int64(s.st_size), modified: Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec))
    }
}
