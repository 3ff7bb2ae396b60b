#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The file system, read without ever blocking or reading without end: a file is opened
/// with `O_NONBLOCK` (a named pipe cannot hang the open), checked on the open descriptor
/// with `fstat` (a file swapped for a pipe or device after the folder was listed is
/// caught), read only if it is a regular file, and never past the size limit, whatever
/// size it reports (`/dev/zero`, `/proc` files).
public enum FileAccess {
    /// What a path is, after following symbolic links.
    public enum Kind: Sendable, Equatable {
        case regular(size: Int), directory, namedPipe, characterDevice, blockDevice, socket, other

        /// Why a path of this kind is not read as a file.
        public var notReadable: String {
            switch self {
            case .regular, .directory: return ""
            case .namedPipe: return "not a regular file (named pipe)"
            case .characterDevice: return "not a regular file (character device)"
            case .blockDevice: return "not a regular file (block device)"
            case .socket: return "not a regular file (socket)"
            case .other: return "not a regular file"
            }
        }
    }

    /// A file's identity, to notice a folder reached twice (a symbolic link loop).
    public struct Identity: Hashable, Sendable {
        var device: UInt64
        var inode: UInt64
    }

    static func kind(_ s: stat) -> Kind {
        switch s.st_mode & S_IFMT {
        case S_IFREG: return .regular(size: Int(s.st_size))
        case S_IFDIR: return .directory
        case S_IFIFO: return .namedPipe
        case S_IFCHR: return .characterDevice
        case S_IFBLK: return .blockDevice
        case S_IFSOCK: return .socket
        default: return .other
        }
    }

    /// What `path` is (symbolic links followed), its identity, and whether it is itself a link;
    /// or the reason it cannot be examined.
    public static func examine(_ path: PathBytes) -> Swift.Result<(kind: Kind, identity: Identity, isLink: Bool), Problem> {
        var link = stat()
        guard path.withCString({ lstat($0, &link) }) == 0 else { return .failure(Problem(errno: errno)) }
        let isLink = link.st_mode & S_IFMT == S_IFLNK
        var target = link
        if isLink {
            guard path.withCString({ stat($0, &target) }) == 0 else {
                let code = errno
                return .failure(code == ENOENT ? Problem("broken symbolic link", errno: code) : Problem(errno: code))
            }
        }
        return .success((kind(target), Identity(device: UInt64(target.st_dev), inode: UInt64(target.st_ino)), isLink))
    }

    /// Why a path could not be read.
    public struct Problem: Error, Sendable, Equatable, CustomStringConvertible {
        public var description: String
        public var errno: Int32

        init(_ description: String, errno: Int32 = 0) {
            self.description = description
            self.errno = errno
        }

        init(errno code: Int32) {
            switch code {
            case ENOENT: self.init("no such file or folder", errno: code)
            case EACCES, EPERM: self.init("permission denied", errno: code)
            case ELOOP: self.init("symbolic link loop", errno: code)
            case ENAMETOOLONG: self.init("name too long", errno: code)
            case ENOTDIR: self.init("not a folder", errno: code)
            default: self.init(String(cString: strerror(code)).lowercased(), errno: code)
            }
        }
    }

    /// The bytes of a regular file, at most `limit` of them; anything else is refused with a reason.
    public static func read(_ path: PathBytes, limit: Int) -> Swift.Result<[UInt8], Problem> {
        let fd = path.withCString { open($0, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY) }
        guard fd >= 0 else { return .failure(Problem(errno: errno)) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(Problem(errno: errno)) }
        let kind = kind(info)
        guard case .regular(let size) = kind else {
            return .failure(Problem(kind == .directory ? "a folder, not a file" : kind.notReadable))
        }
        if size > limit { return .failure(tooLarge(size, limit: limit)) }
        // The reported size is a hint, not a promise: read until the end or just past the limit.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(size, limit) + 1)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while bytes.count <= limit {
            let want = min(chunk.count, limit + 1 - bytes.count)
            let got = chunk.withUnsafeMutableBytes { Glibc_read(fd, $0.baseAddress, want) }
            if got < 0 {
                if errno == EINTR { continue }
                return .failure(Problem("read error: " + Problem(errno: errno).description, errno: errno))
            }
            if got == 0 { break }
            bytes.append(contentsOf: chunk[0..<got])
        }
        if bytes.count > limit { return .failure(tooLarge(bytes.count, limit: limit, atLeast: true)) }
        return .success(bytes)
    }

    static func tooLarge(_ size: Int, limit: Int, atLeast: Bool = false) -> Problem {
        Problem("file too large (\(atLeast ? "over " : "")\(megabytes(size)); limit \(megabytes(limit)))")
    }

    static func megabytes(_ n: Int) -> String {
        n >= 1 << 20 ? "\(n >> 20) MB" : n >= 1024 ? "\(n >> 10) KB" : "\(n) bytes"
    }

    /// The names in a folder (raw bytes, "." and ".." left out), or why it cannot be listed.
    public static func list(_ path: PathBytes) -> Swift.Result<[PathBytes], Problem> {
        guard let dir = path.withCString({ opendir($0) }) else { return .failure(Problem(errno: errno)) }
        defer { closedir(dir) }
        var names: [PathBytes] = []
        while let entry = readdir(dir) {
            let name: [UInt8] = withUnsafePointer(to: &entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: UInt8.self, capacity: MemoryLayout.size(ofValue: entry.pointee.d_name)) { p in
                    Array(UnsafeBufferPointer(start: p, count: strlen(UnsafeRawPointer(p).assumingMemoryBound(to: CChar.self))))
                }
            }
            if name == [0x2E] || name == [0x2E, 0x2E] { continue }
            names.append(PathBytes(bytes: name))
        }
        return .success(names)
    }
}

/// `read(2)`, named apart from `FileAccess.read`.
@inline(__always)
private func Glibc_read(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    #if canImport(Darwin)
    return Darwin.read(fd, buffer, count)
    #elseif canImport(Musl)
    return Musl.read(fd, buffer, count)
    #else
    return Glibc.read(fd, buffer, count)
    #endif
}
