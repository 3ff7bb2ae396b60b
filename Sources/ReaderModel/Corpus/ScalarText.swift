/// An article's text as code points, with random access by code-point offset, stored in 1, 2
/// or 4 bytes a code point: the fewest its widest code point needs (Latin-1, the Basic
/// Multilingual Plane, or any). News is mostly Latin-1 or BMP text, so a collection's text
/// takes a quarter or half of what `[Unicode.Scalar]` takes; offsets stay code points.
///
/// Immutable: copies share one buffer (hence `@unchecked Sendable`: nothing writes to it after `init`).
public struct ScalarText: RandomAccessCollection, @unchecked Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// Owns the buffer; the struct keeps its address beside it for access without indirection.
    final class Storage: @unchecked Sendable {
        let base: UnsafeMutableRawPointer
        init(byteCount: Int) { base = .allocate(byteCount: Swift.max(byteCount, 4), alignment: 4) }
        deinit { base.deallocate() }
    }

    private let storage: Storage
    private let base: UnsafeRawPointer
    /// Number of code points.
    public let count: Int
    /// Bytes a code point: 1 (all below U+0100), 2 (all in the BMP) or 4.
    public let width: Int

    public typealias Index = Int
    public typealias Indices = Range<Int>
    public typealias SubSequence = Slice<ScalarText>

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }
    public var indices: Range<Int> { 0..<count }
    /// Bytes the text occupies.
    public var byteCount: Int { count * width }

    @inline(__always)
    public subscript(i: Int) -> Unicode.Scalar {
        precondition(UInt(bitPattern: i) < UInt(bitPattern: count), "ScalarText: offset out of range")
        switch width {
        case 1: return Unicode.Scalar(base.load(fromByteOffset: i, as: UInt8.self))
        case 2: return unsafeBitCast(UInt32(base.load(fromByteOffset: i &<< 1, as: UInt16.self)), to: Unicode.Scalar.self)
        default: return base.load(fromByteOffset: i &<< 2, as: Unicode.Scalar.self)
        }
    }

    @inline(__always)
    public subscript(bounds: Range<Int>) -> Slice<ScalarText> { Slice(base: self, bounds: bounds) }

    /// Room for `count` code points `width` bytes each; `fill` writes them.
    private init(count: Int, width: Int, fill: (UnsafeMutableRawPointer) -> Void) {
        storage = Storage(byteCount: count * width)
        fill(storage.base)
        base = UnsafeRawPointer(storage.base)
        self.count = count
        self.width = width
    }

    /// The narrowest width that holds every code point up to `maximum`.
    static func width(for maximum: UInt32) -> Int { maximum < 0x100 ? 1 : maximum < 0x1_0000 ? 2 : 4 }

    /// The code points of a string.
    public init(_ string: String) {
        // Counted and measured on the UTF-8 bytes: a lead byte below C4 starts a code point
        // below U+0100, one below F0 a code point in the BMP.
        var count = 0, maxLead: UInt8 = 0
        for byte in string.utf8 where byte & 0xC0 != 0x80 {
            count += 1
            if byte > maxLead { maxLead = byte }
        }
        let width = maxLead < 0xC4 ? 1 : maxLead < 0xF0 ? 2 : 4
        self.init(count: count, width: width) { out in Self.write(string.unicodeScalars, width: width, to: out) }
    }

    /// The code points of a collection of them.
    public init<C: Collection>(_ scalars: C) where C.Element == Unicode.Scalar {
        if let text = scalars as? ScalarText { self = text; return }
        var maximum: UInt32 = 0
        for s in scalars where s.value > maximum { maximum = s.value }
        let width = Self.width(for: maximum)
        self.init(count: scalars.count, width: width) { out in Self.write(scalars, width: width, to: out) }
    }

    public init(stringLiteral value: String) { self.init(value) }

    public init() { self.init("") }

    private static func write<S: Sequence>(_ scalars: S, width: Int, to out: UnsafeMutableRawPointer) where S.Element == Unicode.Scalar {
        var i = 0
        switch width {
        case 1:
            let p = out.assumingMemoryBound(to: UInt8.self)
            for s in scalars { p[i] = UInt8(truncatingIfNeeded: s.value); i += 1 }
        case 2:
            let p = out.assumingMemoryBound(to: UInt16.self)
            for s in scalars { p[i] = UInt16(truncatingIfNeeded: s.value); i += 1 }
        default:
            let p = out.assumingMemoryBound(to: UInt32.self)
            for s in scalars { p[i] = s.value; i += 1 }
        }
    }

    /// The code points in `range` as a string.
    public func string(_ range: Range<Int>) -> String {
        let range = range.clamped(to: 0..<count)
        var utf8 = 0
        for i in range { utf8 += UTF8.width(self[i]) }
        return String(unsafeUninitializedCapacity: utf8) { buffer in
            var n = 0
            for i in range {
                UTF8.encode(self[i]) { buffer[n] = $0; n += 1 }
            }
            return n
        }
    }

    /// The whole text as a string.
    public var string: String { string(0..<count) }

    public var description: String { string }

    /// The code points as an array (4 bytes each: for a short-lived copy).
    public var array: [Unicode.Scalar] { Array(self) }

    public var isEmpty: Bool { count == 0 }

    /// Calls `body` with the stored bytes (`byteCount` of them, `width` a code point).
    public func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try withExtendedLifetime(storage) { try body(bytes) }
    }

    /// The stored bytes; equal texts have equal widths, so equal bytes.
    private var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: byteCount) }

    public static func == (a: ScalarText, b: ScalarText) -> Bool {
        a.count == b.count && a.width == b.width && (a.storage === b.storage || a.bytes.elementsEqual(b.bytes))
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        hasher.combine(bytes: bytes)
    }
}
