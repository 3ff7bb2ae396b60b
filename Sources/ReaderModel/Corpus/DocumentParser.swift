import Foundation

/// Reads an article's layout: the title, a dateline with source and date, a closing
/// "Via …" source line, and trailing site furniture.
public struct DocumentParser: Sendable {
    public var furnitureMarkers: [String]

    public init(furnitureMarkers: [String]) { self.furnitureMarkers = furnitureMarkers }

    /// A non-blank line: its range, and its text made only when asked for.
    struct Line {
        var range: Range<Int>
        let scalars: ScalarText
        var text: String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[range])
            return String(view)
        }
    }

    func lines(_ scalars: ScalarText) -> [Line] {
        var result: [Line] = []
        var start = 0
        var blank = true
        for i in 0...scalars.count {
            if i == scalars.count || LineBreak.ends(scalars, at: i) {
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

    /// The document with title, source, date and furniture filled in. A date already set on
    /// the document (metadata such as Markdown front matter) is kept; otherwise a date line
    /// above the title or among the four lines under it gives the date.
    public func parse(_ input: Document) -> Document {
        var doc = input
        var all = lines(doc.scalars)
        // A date line above the title ("Monday, January 6, 2020" then the headline) is not the title.
        var above: (Line, DateLine.Found)? = nil
        if all.count > 1, all[0].range.count < 120, let found = DateLine.read(all[0].text) {
            above = (all[0], found)
            all.removeFirst()
        }
        guard let first = all.first else { return doc }
        var title = first.text.trimmingCharacters(in: .whitespaces)
        while title.hasPrefix("#") { title.removeFirst() }
        doc.title = title.trimmingCharacters(in: .whitespaces)
        doc.titleRange = first.range
        var found = above
        if found == nil {
            for line in all.dropFirst().prefix(4) where line.range.count < 120 {
                if let f = DateLine.read(line.text) { found = (line, f); break }
            }
        }
        if let (line, f) = found {
            if doc.source == nil { doc.source = f.source }
            if doc.date.flatMap(DateValue.init(iso:)) == nil { doc.date = f.date.iso }
            doc.datelineRange = line.range
        } else {
            // "Colombo /Sri Lanka, 29th January 2024: …", "WASHINGTON (AP) — …": a date line opening
            // one of the first paragraphs (after a caption or credit line, say); only its opening
            // is the date line, the rest of the paragraph is the article.
            for line in all.dropFirst().prefix(3) where LeadDateline.mayOpen(doc.scalars, line.range) {
                var head = line
                head.range = line.range.lowerBound..<min(line.range.upperBound, line.range.lowerBound + 140)
                guard let lead = LeadDateline.read(head.text[...]) else { continue }
                if doc.source == nil { doc.source = lead.agency }
                if let date = lead.date, doc.date.flatMap(DateValue.init(iso:)) == nil { doc.date = date.iso }
                doc.datelineRange = line.range.lowerBound..<(line.range.lowerBound + lead.length)
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
}
