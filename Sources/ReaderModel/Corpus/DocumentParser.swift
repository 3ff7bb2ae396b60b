import Foundation

/// Reads an article's layout: the title, a dateline with source and date, a closing
/// "Via …" source line, and trailing site furniture.
public struct DocumentParser: Sendable {
    public var furnitureMarkers: [String]

    public init(furnitureMarkers: [String]) { self.furnitureMarkers = furnitureMarkers }

    /// A non-blank line: its range, and its text made only when asked for.
    struct Line {
        var range: Range<Int>
        let scalars: [Unicode.Scalar]
        var text: String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[range])
            return String(view)
        }
    }

    func lines(_ scalars: [Unicode.Scalar]) -> [Line] {
        var result: [Line] = []
        var start = 0
        var blank = true
        for i in 0...scalars.count {
            if i == scalars.count || scalars[i] == "\n" {
                var end = i
                if end > start, scalars[end - 1] == "\r" { end -= 1 }
                if !blank { result.append(Line(range: start..<end, scalars: scalars)) }
                start = i + 1
                blank = true
            } else if blank, scalars[i] != " ", scalars[i] != "\t", scalars[i] != "\r", scalars[i] != "\u{00A0}" {
                blank = false
            }
        }
        return result
    }

    /// The document with title, source, date and furniture filled in.
    public func parse(_ input: Document) -> Document {
        var doc = input
        let all = lines(doc.scalars)
        guard let first = all.first else { return doc }
        var title = first.text.trimmingCharacters(in: .whitespaces)
        while title.hasPrefix("#") { title.removeFirst() }
        doc.title = title.trimmingCharacters(in: .whitespaces)
        doc.titleRange = first.range
        for line in all.dropFirst().prefix(4) where line.range.count < 120 {
            if let (source, date) = dateline(line.text) {
                doc.source = source
                doc.date = date
                doc.datelineRange = line.range
                break
            }
        }
        // "Via American Herald Tribune" near the end names the source; what follows is furniture.
        for line in all.suffix(15) where line.range.count < 70 {
            let t = line.text.trimmingCharacters(in: .whitespaces)
            if t.hasPrefix("Via "), t.count < 60, !t.hasSuffix(".") {
                if doc.source == nil { doc.source = String(t.dropFirst(4)) }
                if let next = all.first(where: { $0.range.lowerBound > line.range.upperBound }) {
                    doc.furnitureStart = next.range.lowerBound
                }
                break
            }
        }
        for line in all.suffix(20) where line.range.lowerBound > first.range.upperBound {
            // Markers are short prefixes: look at the start of the line only.
            var head = line
            head.range = line.range.lowerBound..<min(line.range.upperBound, line.range.lowerBound + 80)
            let t = head.text.trimmingCharacters(in: .whitespaces).lowercased()
            if furnitureMarkers.contains(where: { t.hasPrefix($0) }) {
                doc.furnitureStart = min(doc.furnitureStart ?? .max, line.range.lowerBound)
                break
            }
        }
        return doc
    }

    /// "The Cradle, December 4, 2023 —" → ("The Cradle", "2023-12-04").
    func dateline(_ line: String) -> (String?, String)? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.count < 120 else { return nil }
        if let parsed = DateText.parse(trimmed), parsed.length + 3 >= trimmed.count { return (nil, parsed.iso) }
        guard let comma = trimmed.firstIndex(of: ",") else { return nil }
        let source = trimmed[..<comma].trimmingCharacters(in: .whitespaces)
        let rest = trimmed[trimmed.index(after: comma)...].trimmingCharacters(in: .whitespaces)
        guard !source.isEmpty, source.split(separator: " ").count <= 5, source.first?.isUppercase == true,
              let parsed = DateText.parse(rest) else { return nil }
        let tail = rest.dropFirst(parsed.length).trimmingCharacters(in: .whitespaces)
        guard tail.isEmpty || tail.hasPrefix("—") || tail.hasPrefix("–") || tail.hasPrefix("-") || tail.hasPrefix("(") else { return nil }
        return (source, parsed.iso)
    }
}
