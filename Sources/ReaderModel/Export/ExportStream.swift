import Foundation

/// Writes the export a batch of records at a time, so a large collection's JSON is never held whole.
///
/// The bytes are the same as `JSONEncoder`'s of the whole `ExportFormat` (pretty, key-sorted),
/// written record by record (see `PrettyJSONWriter`).
extension ExportFormat {
    /// Records written per piece: few enough to keep memory small, enough to make few pieces.
    static let batch = 512

    /// Sends the export's JSON to `write` in pieces of UTF-8.
    public func stream(_ write: ([UInt8]) -> Void) {
        // Each record is written directly by `PrettyJSONWriter`, a batch at a time.
        func section<T>(_ name: String, _ items: [T], last: Bool, _ element: (inout PrettyJSONWriter, T) -> Void) {
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
            write(Array((last ? "  ]\n" : "  ],\n").utf8))
        }
        write(Array("{\n".utf8))
        section("documents", documents, last: false) { w, d in d.write(&w, level: 2) }
        section("entities", entities, last: false) { w, e in e.write(&w, level: 2) }
        section("events", events, last: false) { w, e in e.write(&w, level: 2) }
        section("related", related, last: true) { w, r in r.write(&w, level: 2) }
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
