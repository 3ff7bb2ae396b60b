/// Appends little-endian integers and length-prefixed strings to a byte buffer.
struct ByteWriter {
    var bytes: [UInt8] = []

    mutating func u8(_ v: UInt8) { bytes.append(v) }
    mutating func u16(_ v: UInt16) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func u64(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func i32(_ v: Int) { u32(UInt32(bitPattern: Int32(clamping: v))) }
    mutating func i64(_ v: Int64) { u64(UInt64(bitPattern: v)) }
    mutating func string(_ s: String) {
        let utf8 = Array(s.utf8)
        u32(UInt32(utf8.count))
        bytes.append(contentsOf: utf8)
    }
    mutating func optionalString(_ s: String?) {
        if let s { u8(1); string(s) } else { u8(0) }
    }
}

/// Reads what a `ByteWriter` wrote; any read past the end or malformed value throws.
struct ByteReader {
    struct Malformed: Error {}

    let buffer: UnsafeRawBufferPointer
    var offset: Int

    init(_ buffer: UnsafeRawBufferPointer, at offset: Int = 0) {
        self.buffer = buffer
        self.offset = offset
    }

    var atEnd: Bool { offset >= buffer.count }

    mutating func take(_ n: Int) throws -> Int {
        guard n >= 0, offset <= buffer.count - n else { throw Malformed() }
        defer { offset += n }
        return offset
    }
    mutating func u8() throws -> UInt8 { buffer[try take(1)] }
    mutating func u16() throws -> UInt16 { UInt16(littleEndian: buffer.loadUnaligned(fromByteOffset: try take(2), as: UInt16.self)) }
    mutating func u32() throws -> UInt32 { UInt32(littleEndian: buffer.loadUnaligned(fromByteOffset: try take(4), as: UInt32.self)) }
    mutating func u64() throws -> UInt64 { UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: try take(8), as: UInt64.self)) }
    mutating func i32() throws -> Int { Int(Int32(bitPattern: try u32())) }
    mutating func i64() throws -> Int64 { Int64(bitPattern: try u64()) }
    /// A count that must fit in what is left (each item at least `minimumSize` bytes).
    mutating func count(minimumSize: Int = 1) throws -> Int {
        let n = Int(try u32())
        guard n <= (buffer.count - offset) / max(1, minimumSize) else { throw Malformed() }
        return n
    }
    mutating func string() throws -> String {
        let n = Int(try u32())
        let start = try take(n)
        return String(decoding: UnsafeRawBufferPointer(rebasing: buffer[start..<(start + n)]), as: UTF8.self)
    }
    mutating func optionalString() throws -> String? {
        switch try u8() {
        case 0: return nil
        case 1: return try string()
        default: throw Malformed()
        }
    }
}
