import Foundation

/// An open file read (and, for a spool, written) at given offsets, from any thread: the
/// analysis cache reads one record at a time rather than holding or mapping the file.
final class RecordFile: @unchecked Sendable {
    private let descriptor: Int32
    /// The file's size when opened.
    let size: Int

    /// Opens a file for reading; nil when it cannot be opened.
    init?(reading path: String) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        var info = stat()
        guard fstat(fd, &info) == 0 else { close(fd); return nil }
        descriptor = fd
        size = Int(info.st_size)
    }

    /// A new, empty spool file in `folder`, unlinked at once: it lives only as long as this
    /// object, and a crash leaves nothing behind.
    init?(spoolIn folder: String) {
        let path = folder + "/.dossier-spool.\(getpid()).\(UInt64.random(in: 0...UInt64.max)).tmp"
        let fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return nil }
        unlink(path)
        descriptor = fd
        size = 0
    }

    deinit { close(descriptor) }

    /// The bytes of `range`; nil when the file is shorter or cannot be read.
    func read(_ range: Range<Int>) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: range.count)
        let ok = bytes.withUnsafeMutableBytes { read(into: $0, at: range.lowerBound) == range.count }
        return ok ? bytes : nil
    }

    /// Fills `buffer` from `offset` as far as the file goes; returns how many bytes were read.
    func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int) -> Int {
        var done = 0
        while done < buffer.count {
            let n = pread(descriptor, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done))
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { break }
            done += n
        }
        return done
    }

    /// Writes `bytes` at `offset`; false when the disk refused.
    func write(_ bytes: [UInt8], at offset: Int) -> Bool {
        bytes.withUnsafeBytes { raw in
            var done = 0
            while done < raw.count {
                let n = pwrite(descriptor, raw.baseAddress! + done, raw.count - done, off_t(offset + done))
                if n < 0, errno == EINTR { continue }
                guard n > 0 else { return false }
                done += n
            }
            return true
        }
    }

    /// Empties the file (a spool once its records were copied).
    func truncate() { _ = ftruncate(descriptor, 0) }
}

/// Reads a file front to back through one buffer of a megabyte or so: each record is handed
/// over from the buffer, never the whole file held.
struct ChunkReader {
    let file: RecordFile
    private var buffer: [UInt8] = []
    /// File offset of `buffer[0]`, and how many of its bytes are valid.
    private var start = 0
    private var valid = 0
    /// Bytes read at a time (a record longer than this is read whole on its own).
    let chunk: Int

    init(_ file: RecordFile, chunk: Int = 1 << 20) {
        self.file = file
        self.chunk = max(1, chunk)
    }

    /// Calls `body` with the file's bytes `offset..<offset+count`; throws when the file is shorter.
    mutating func bytes<T>(at offset: Int, count: Int, _ body: (UnsafeRawBufferPointer) throws -> T) throws -> T {
        if offset < start || offset + count > start + valid {
            let size = max(count, chunk)
            if buffer.count < size { buffer = [UInt8](repeating: 0, count: size) }
            let file = self.file
            valid = buffer.withUnsafeMutableBytes { file.read(into: UnsafeMutableRawBufferPointer(rebasing: $0[..<size]), at: offset) }
            start = offset
            guard valid >= count else { throw ByteReader.Malformed() }
        }
        return try buffer.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[(offset - start)..<(offset - start + count)])) }
    }
}
