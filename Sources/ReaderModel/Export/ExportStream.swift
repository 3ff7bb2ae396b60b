import Foundation

/// Writes the export a batch of records at a time, so a large collection's JSON is never held whole.
///
/// The bytes are the same as `JSONOutput.encode` of the whole `ExportFormat` (pretty, key-sorted):
/// each batch is encoded as an array and its lines indented to their place.
extension ExportFormat {
    /// Records encoded together: few enough to keep memory small, enough to amortize the encoder.
    static let batch = 512

    /// Sends the export's JSON to `write` in pieces of UTF-8.
    public func stream(_ write: ([UInt8]) -> Void) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        func section<T: Encodable>(_ name: String, _ items: [T], last: Bool) {
            write(Array("  \"\(name)\" : [\n".utf8))
            if items.isEmpty { write([0x0A]) }
            var start = 0
            while start < items.count {
                let end = min(items.count, start + Self.batch)
                // "[\n  a,\n  b\n]": the elements' lines, each indented two more spaces.
                let data = (try? encoder.encode(Array(items[start..<end]))) ?? Data("[\n  null\n]".utf8)
                var piece: [UInt8] = []
                piece.reserveCapacity(data.count + data.count / 8)
                var lineStart = true
                for byte in data.dropFirst(2).dropLast(2) {
                    // Empty lines (inside an empty array) stay empty, as the encoder writes them.
                    if lineStart, byte != 0x0A { piece.append(0x20); piece.append(0x20) }
                    lineStart = false
                    piece.append(byte)
                    if byte == 0x0A { lineStart = true }
                }
                piece += Array((end < items.count ? ",\n" : "\n").utf8)
                write(piece)
                start = end
            }
            write(Array((last ? "  ]\n" : "  ],\n").utf8))
        }
        // Entities and events, most of the bytes, are written directly (the same bytes as the encoder's).
        func written<T>(_ name: String, _ items: [T], _ element: (inout PrettyJSONWriter, T) -> Void) {
            write(Array("  \"\(name)\" : [\n".utf8))
            if items.isEmpty { write([0x0A]) }
            var start = 0
            while start < items.count {
                let end = min(items.count, start + Self.batch)
                var w = PrettyJSONWriter()
                w.bytes.reserveCapacity(256 * (end - start))
                for k in start..<end {
                    w.indent(2)
                    element(&w, items[k])
                    w.raw(k + 1 < items.count ? ",\n" : "\n")
                }
                write(w.bytes)
                start = end
            }
            write(Array("  ],\n".utf8))
        }
        write(Array("{\n".utf8))
        section("documents", documents, last: false)
        written("entities", entities) { w, e in e.write(&w, level: 2) }
        written("events", events) { w, e in e.write(&w, level: 2) }
        section("related", related, last: true)
        write(Array("}".utf8))
    }

    /// Writes the export to a file handle (standard output for the command), with a final newline.
    public func write(to handle: FileHandle) {
        var buffer = Data()
        stream { piece in
            buffer.append(contentsOf: piece)
            if buffer.count >= 1 << 20 { handle.write(buffer); buffer.removeAll(keepingCapacity: true) }
        }
        buffer.append(0x0A)
        handle.write(buffer)
    }
}
