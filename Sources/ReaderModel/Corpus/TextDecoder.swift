/// Turns a file's bytes into article text, or says why it is not an article.
///
/// UTF-8 (a byte-order mark is dropped) and UTF-16 with a byte-order mark (or plainly
/// UTF-16 by its zero bytes) are read as they are; text that is not UTF-8 is read as
/// Windows-1252 (Latin-1 with the printer's quotes and dashes), unless it is mostly UTF-8
/// with a few broken bytes, which become U+FFFD. NUL bytes become a visible "␀" (one code
/// point each, so offsets still count the file's characters). Only content that looks
/// like a real binary (a known file signature, or many NUL and control bytes) is refused.
public enum TextDecoder {
    /// The encoding a file was read in.
    public enum Encoding: String, Sendable, Equatable {
        case utf8 = "UTF-8", utf16LE = "UTF-16LE", utf16BE = "UTF-16BE", windows1252 = "Windows-1252"
    }

    /// Decoded text and what it took to read it.
    public struct Decoded: Sendable, Equatable {
        public var text: String
        public var encoding: Encoding
        /// Whether a byte-order mark was dropped.
        public var hadBOM = false
        /// Bytes or sequences that could not be decoded and became U+FFFD.
        public var replaced = 0
        /// NUL bytes shown as "␀".
        public var nuls = 0

        /// One line for the user when reading needed more than plain UTF-8, else nil.
        public var note: String? {
            var parts: [String] = []
            if encoding == .windows1252 { parts.append("not UTF-8: read as Windows-1252") }
            if replaced > 0 {
                parts.append(encoding == .utf8 ? "invalid UTF-8, shown with replacement characters"
                                               : "\(replaced) undecodable \(encoding.rawValue) sequence\(replaced == 1 ? "" : "s") shown as \u{FFFD}")
            }
            if nuls > 0 { parts.append("\(nuls) NUL byte\(nuls == 1 ? "" : "s") shown as \u{2400}") }
            return parts.isEmpty ? nil : parts.joined(separator: "; ")
        }
    }

    /// What decoding found.
    public enum Result: Equatable, Sendable {
        case text(Decoded)
        /// No bytes, or nothing but white space.
        case empty
        /// Not text; the reason names what it looks like.
        case binary(String)
    }

    /// The reason given for a file of no bytes, and for one of only white space.
    public static let emptyReason = "empty file"
    public static let blankReason = "empty file (only white space)"

    public static func decode<Bytes: Collection>(_ data: Bytes) -> Result where Bytes.Element == UInt8 {
        decode(bytes: Array(data))
    }

    public static func decode(bytes: [UInt8]) -> Result {
        guard let decoded = decodeText(bytes) else {
            let kind = BinarySniffer.kind(bytes) ?? ""
            return .binary(kind.isEmpty ? "binary file, not text" : "binary file (\(kind)), not text")
        }
        return isBlank(decoded.text) ? .empty : .text(decoded)
    }

    /// The text, or nil for a binary.
    static func decodeText(_ bytes: [UInt8]) -> Decoded? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            var d = utf8(bytes[3...])
            d.hadBOM = true
            return d
        }
        if bytes.starts(with: [0xFF, 0xFE]), !bytes.starts(with: [0xFF, 0xFE, 0, 0]) {
            var d = utf16(bytes[2...], bigEndian: false)
            d.hadBOM = true
            return d
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            var d = utf16(bytes[2...], bigEndian: true)
            d.hadBOM = true
            return d
        }
        if let bigEndian = BinarySniffer.unmarkedUTF16(bytes) { return utf16(bytes[...], bigEndian: bigEndian) }
        if BinarySniffer.kind(bytes) != nil { return nil }
        return utf8(bytes[...])
    }

    /// UTF-8, or Windows-1252 when the bytes are not mostly UTF-8.
    static func utf8(_ bytes: ArraySlice<UInt8>) -> Decoded {
        if let valid = String(validating: bytes, as: UTF8.self) {
            return withVisibleNULs(Decoded(text: valid, encoding: .utf8))
        }
        let (good, bad) = utf8Sequences(bytes)
        if good > bad {
            let text = String(decoding: bytes, as: UTF8.self)
            return withVisibleNULs(Decoded(text: text, encoding: .utf8, replaced: bad))
        }
        var view = String.UnicodeScalarView()
        view.reserveCapacity(bytes.count)
        for b in bytes { view.append(windows1252(b)) }
        return withVisibleNULs(Decoded(text: String(view), encoding: .windows1252))
    }

    /// Valid multi-byte sequences and invalid bytes in almost-UTF-8.
    static func utf8Sequences(_ bytes: ArraySlice<UInt8>) -> (good: Int, bad: Int) {
        var good = 0, bad = 0
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): if encoded.count > 1 { good += 1 }
            case .error: bad += 1
            case .emptyInput: break loop
            }
        }
        return (good, bad)
    }

    static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> Decoded {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i + 1 < bytes.endIndex {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            i += 2
        }
        var replaced = i < bytes.endIndex ? 1 : 0  // an odd last byte
        var view = String.UnicodeScalarView()
        var iterator = units.makeIterator()
        var parser = Unicode.UTF16.ForwardParser()
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): view.append(Unicode.UTF16.decode(encoded))
            case .error: view.append("\u{FFFD}"); replaced += 1
            case .emptyInput: break loop
            }
        }
        if replaced > 0, i < bytes.endIndex { view.append("\u{FFFD}") }
        return withVisibleNULs(Decoded(text: String(view), encoding: bigEndian ? .utf16BE : .utf16LE, replaced: replaced))
    }

    /// NUL becomes "␀": visible, and still one code point.
    static func withVisibleNULs(_ decoded: Decoded) -> Decoded {
        guard decoded.text.utf8.contains(0) else { return decoded }
        var d = decoded
        var view = String.UnicodeScalarView()
        for s in decoded.text.unicodeScalars {
            if s.value == 0 { view.append("\u{2400}"); d.nuls += 1 } else { view.append(s) }
        }
        d.text = String(view)
        return d
    }

    /// Nothing but white space, invisible format characters or byte-order marks.
    static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { s in
            s.properties.isWhitespace || s.properties.generalCategory == .format
        }
    }

    /// Windows-1252: Latin-1 with printable characters in 0x80–0x9F; the five undefined
    /// bytes stay their C1 code points (shown as placeholders on a terminal).
    static func windows1252(_ b: UInt8) -> Unicode.Scalar {
        guard b >= 0x80 && b < 0xA0 else { return Unicode.Scalar(b) }
        let table: [UInt32] = [
            0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
            0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
        ]
        return Unicode.Scalar(table[Int(b - 0x80)])!
    }
}

/// Tells real binaries from text by their content.
enum BinarySniffer {
    /// Signatures of common binary formats at the start of a file.
    static let signatures: [(String, [UInt8])] = [
        ("PDF", Array("%PDF-".utf8)), ("PNG", [0x89, 0x50, 0x4E, 0x47]), ("GIF", Array("GIF8".utf8)),
        ("JPEG", [0xFF, 0xD8, 0xFF]), ("ZIP", [0x50, 0x4B, 0x03, 0x04]), ("gzip", [0x1F, 0x8B]),
        ("ELF", [0x7F, 0x45, 0x4C, 0x46]), ("bzip2", Array("BZh".utf8)), ("xz", [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]),
        ("7-Zip", [0x37, 0x7A, 0xBC, 0xAF]), ("RAR", Array("Rar!".utf8)), ("SQLite", Array("SQLite format 3\0".utf8)),
        ("Ogg", Array("OggS".utf8)), ("WebAssembly", [0x00, 0x61, 0x73, 0x6D]), ("Mach-O", [0xCF, 0xFA, 0xED, 0xFE]),
        ("Java class", [0xCA, 0xFE, 0xBA, 0xBE]), ("OLE2 document", [0xD0, 0xCF, 0x11, 0xE0]),
    ]

    /// What kind of binary the bytes are ("" when only their bytes tell), or nil for text.
    static func kind(_ bytes: [UInt8]) -> String? {
        for (name, signature) in signatures where bytes.starts(with: signature) {
            // "BZh" and "GIF8" also begin words; a real file has binary bytes soon after.
            if signature.count <= 4, controlShare(bytes.prefix(512)) == 0, !bytes.prefix(512).contains(where: { $0 >= 0x80 }) { continue }
            return name
        }
        let head = bytes.prefix(65_536)
        guard !head.isEmpty else { return nil }
        let nuls = head.lazy.filter { $0 == 0 }.count
        // Text with a stray NUL keeps it (shown as ␀); many NULs or control bytes mean a binary.
        if nuls >= 4 && nuls * 100 > head.count || controlShare(head) * 10 > head.count { return "" }
        return nil
    }

    /// Control bytes other than tab, line breaks, form feed and escape.
    static func controlShare(_ bytes: ArraySlice<UInt8>) -> Int {
        bytes.lazy.filter { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0x0C && $0 != 0x1B }.count
    }

    /// UTF-16 without a byte-order mark, told by zero bytes on one side of most characters:
    /// true for big-endian, false for little-endian, nil when not UTF-16.
    static func unmarkedUTF16(_ bytes: [UInt8]) -> Bool? {
        let head = bytes.prefix(4096)
        guard head.count >= 8, head.count % 2 == 0 || bytes.count > head.count else { return nil }
        var evenZeros = 0, oddZeros = 0
        for (i, b) in head.enumerated() where b == 0 { if i % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 } }
        let pairs = head.count / 2
        if oddZeros * 10 >= pairs * 7, evenZeros * 20 < pairs { return false }
        if evenZeros * 10 >= pairs * 7, oddZeros * 20 < pairs { return true }
        return nil
    }
}
