/// A 64-bit FNV-1a style hash, fed eight bytes at a time: fast, for change detection and
/// checksums (not for security).
public struct ContentHash: Sendable {
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    public init() {}

    mutating func mix(_ word: UInt64) {
        value = (value ^ word) &* Self.prime
        value ^= value >> 29
    }

    public mutating func add(bytes: UnsafeRawBufferPointer) {
        let count = bytes.count
        var i = 0
        while i + 8 <= count {
            mix(bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < count { tail |= UInt64(bytes[i]) << shift; shift += 8; i += 1 }
        mix(tail ^ (UInt64(count) << 56))
    }

    public mutating func add(bytes: [UInt8]) {
        bytes.withUnsafeBytes { add(bytes: $0) }
    }

    /// The code points of a text.
    public mutating func add(scalars: [Unicode.Scalar]) {
        scalars.withUnsafeBytes { add(bytes: $0) }
    }

    public static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var h = ContentHash()
        h.add(bytes: bytes)
        return h.value
    }
}
