/// A file system path as the system's bytes: a name need not be UTF-8, and such a file
/// is still read (by its bytes) and shown with its undecodable bytes escaped.
public struct PathBytes: Hashable, Sendable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
    public var bytes: [UInt8]

    public init(bytes: [UInt8]) { self.bytes = bytes }
    public init(_ string: String) { self.bytes = Array(string.utf8) }
    public init(stringLiteral value: String) { self.init(value) }

    /// Whether the bytes are UTF-8 (nearly always).
    public var isUTF8: Bool { String(validating: bytes, as: UTF8.self) != nil }

    /// The path as text: itself when UTF-8, else with each undecodable byte written `\xNN`.
    public var description: String {
        if let valid = String(validating: bytes, as: UTF8.self) { return valid }
        var out = ""
        var i = 0
        while i < bytes.count {
            // The longest valid UTF-8 sequence starting here, else one escaped byte.
            var decoded: String? = nil
            var length = 1
            for n in stride(from: min(4, bytes.count - i), through: 1, by: -1) {
                if let s = String(validating: bytes[i..<(i + n)], as: UTF8.self), s.unicodeScalars.count == 1 {
                    decoded = s
                    length = n
                    break
                }
            }
            if let decoded { out += decoded } else { out += "\\x" + String(bytes[i], radix: 16, uppercase: true).leftPadded(2) }
            i += length
        }
        return out
    }

    /// The last component.
    public var lastComponent: PathBytes {
        var end = bytes.count
        while end > 1, bytes[end - 1] == 0x2F { end -= 1 }
        let start = bytes[..<end].lastIndex(of: 0x2F).map { $0 + 1 } ?? 0
        return PathBytes(bytes: Array(bytes[start..<end]))
    }

    /// The extension of the last component, lower-cased ("" when none).
    public var pathExtension: String {
        let name = lastComponent.bytes
        guard let dot = name.lastIndex(of: 0x2E), dot > 0 else { return "" }
        return String(decoding: name[(dot + 1)...], as: UTF8.self).lowercased()
    }

    /// This path with a component added.
    public func appending(_ component: PathBytes) -> PathBytes {
        if bytes.isEmpty { return component }
        return PathBytes(bytes: bytes + (bytes.last == 0x2F ? [] : [0x2F]) + component.bytes)
    }

    public static func < (a: PathBytes, b: PathBytes) -> Bool { a.bytes.lexicographicallyPrecedes(b.bytes) }

    /// Calls `body` with the path as a NUL-terminated C string.
    func withCString<R>(_ body: (UnsafePointer<CChar>) -> R) -> R {
        (bytes + [0]).withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { body($0) }
        }
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: "0", count: width - count) + self }
}
