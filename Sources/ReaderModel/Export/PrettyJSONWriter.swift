/// Pretty, key-sorted JSON written straight to bytes, the same bytes as `JSONEncoder` with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`, for the export's many small
/// records: the encoder builds a value tree per record and was most of the export's cost
/// (14% of a 5 MB article's `export`). `ExportStreamTests` holds the two to the same output.
struct PrettyJSONWriter {
    var bytes: [UInt8] = []

    /// Two spaces a level.
    mutating func indent(_ level: Int) {
        for _ in 0..<(2 * level) { bytes.append(0x20) }
    }

    mutating func raw(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// A quoted string: `"` and `\` escaped, control characters as `\n`, `\t`… or `\u00XX`, the rest raw.
    mutating func string(_ s: String) {
        bytes.append(0x22)
        for b in s.utf8 {
            switch b {
            case 0x22: bytes.append(0x5C); bytes.append(0x22)
            case 0x5C: bytes.append(0x5C); bytes.append(0x5C)
            case 0x0A: bytes.append(0x5C); bytes.append(0x6E)
            case 0x0D: bytes.append(0x5C); bytes.append(0x72)
            case 0x09: bytes.append(0x5C); bytes.append(0x74)
            case 0x08: bytes.append(0x5C); bytes.append(0x62)
            case 0x0C: bytes.append(0x5C); bytes.append(0x66)
            case 0x00..<0x20:
                raw("\\u00")
                bytes.append(Self.hex[Int(b >> 4)])
                bytes.append(Self.hex[Int(b & 0xF)])
            default: bytes.append(b)
            }
        }
        bytes.append(0x22)
    }

    static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    mutating func optionalString(_ s: String?) {
        if let s { string(s) } else { raw("null") }
    }

    /// A number as the encoder writes it: the shortest form that reads back the same, "1" for 1.0.
    mutating func double(_ v: Double) {
        var text = v.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
    }

    mutating func int(_ v: Int) {
        if v == 0 { bytes.append(0x30); return }
        var digits: [UInt8] = []
        var n = v.magnitude
        while n > 0 { digits.append(UInt8(0x30 + n % 10)); n /= 10 }
        if v < 0 { bytes.append(0x2D) }
        bytes.append(contentsOf: digits.reversed())
    }

    /// An object's field: a comma before all but the first, the key at `level`.
    mutating func key(_ name: StaticString, level: Int, first: Bool = false) {
        raw(first ? "\n" : ",\n")
        indent(level)
        bytes.append(0x22)
        raw(name)
        raw("\" : ")
    }

    /// Closes an object whose fields stand at `level + 1`.
    mutating func close(level: Int) {
        bytes.append(0x0A)
        indent(level)
        bytes.append(0x7D)
    }

    /// An array whose elements stand at `level + 1`, each written by `element` (an empty one
    /// is "[", an empty line, "]", as the encoder writes it).
    mutating func array<T>(_ items: [T], level: Int, _ element: (inout PrettyJSONWriter, T) -> Void) {
        bytes.append(0x5B)
        if items.isEmpty { bytes.append(0x0A) }
        for (i, item) in items.enumerated() {
            raw(i == 0 ? "\n" : ",\n")
            indent(level + 1)
            element(&self, item)
        }
        bytes.append(0x0A)
        indent(level)
        bytes.append(0x5D)
    }

    mutating func strings(_ items: [String], level: Int) {
        array(items, level: level) { w, s in w.string(s) }
    }
}

extension ExportFormat.MentionRecord {
    func write(_ w: inout PrettyJSONWriter, level: Int) {
        w.bytes.append(0x7B)
        w.key("doc", level: level + 1, first: true); w.string(doc)
        w.key("end", level: level + 1); w.int(end)
        w.key("start", level: level + 1); w.int(start)
        w.close(level: level)
    }
}

extension ExportFormat.EntityRecord {
    func write(_ w: inout PrettyJSONWriter, level: Int) {
        let l = level + 1
        w.bytes.append(0x7B)
        w.key("aliases", level: l, first: true); w.strings(aliases, level: l)
        w.key("id", level: l); w.string(id)
        w.key("mentions", level: l); w.array(mentions, level: l) { w, m in m.write(&w, level: l + 1) }
        w.key("name", level: l); w.string(name)
        w.key("type", level: l); w.string(type)
        w.close(level: level)
    }
}

extension ExportFormat.EventRecord {
    func write(_ w: inout PrettyJSONWriter, level: Int) {
        let l = level + 1
        w.bytes.append(0x7B)
        w.key("actors", level: l, first: true); w.strings(actors, level: l)
        w.key("agent", level: l); w.optionalString(agent)
        w.key("context", level: l); w.string(context)
        w.key("date", level: l); w.optionalString(date)
        w.key("date_precision", level: l); w.optionalString(datePrecision)
        if let expectedDate { w.key("expected_date", level: l); w.string(expectedDate) }
        w.key("id", level: l); w.string(id)
        w.key("mentions", level: l); w.array(mentions, level: l) { w, m in m.write(&w, level: l + 1) }
        w.key("patient", level: l); w.optionalString(patient)
        w.key("places", level: l); w.strings(places, level: l)
        w.key("summary", level: l); w.string(summary)
        w.key("type", level: l); w.string(type)
        if let weekOf { w.key("week_of", level: l); w.string(weekOf) }
        w.close(level: level)
    }
}

extension ExportFormat.DocumentRecord {
    func write(_ w: inout PrettyJSONWriter, level: Int) {
        let l = level + 1
        w.bytes.append(0x7B)
        var first = true
        if let author { w.key("author", level: l, first: true); w.string(author); first = false }
        w.key("date", level: l, first: first); w.optionalString(date)
        w.key("date_inferred", level: l); w.raw(dateInferred ? "true" : "false")
        w.key("id", level: l); w.string(id)
        w.key("source", level: l); w.optionalString(source)
        if let text { w.key("text", level: l); w.string(text) }
        w.key("title", level: l); w.string(title)
        if let url { w.key("url", level: l); w.string(url) }
        w.close(level: level)
    }
}

extension ExportFormat.RelatedRecord {
    func write(_ w: inout PrettyJSONWriter, level: Int) {
        let l = level + 1
        w.bytes.append(0x7B)
        w.key("doc", level: l, first: true); w.string(doc)
        w.key("neighbors", level: l)
        w.array(neighbors, level: l) { w, n in
            w.bytes.append(0x7B)
            w.key("because", level: l + 2, first: true); w.strings(n.because, level: l + 2)
            w.key("doc", level: l + 2); w.string(n.doc)
            w.key("score", level: l + 2); w.double(n.score)
            w.close(level: l + 1)
        }
        w.close(level: level)
    }
}
