/// A paragraph as the reader shows it: one or more source lines drawn as one run of text,
/// wrapped together, with the indentation and mark its structure asks for.
struct DisplayParagraph: Equatable {
    /// Source ranges (each a line without its break), in order.
    var segments: [Range<Int>]
    /// Whether a space stands for the break before each segment after the first (a hyphen
    /// that broke a word joins without one).
    var spaced: [Bool] = []
    var kind: ArticleLayout.Kind
    /// Cells before the text on every line.
    var indent = 0
    /// Further cells before the text on the lines after the first: a plain-text list item's
    /// wrapped lines hang under its text, not under its "- ".
    var hang = 0
    /// Drawn in the indent of the first line ("• ", "2. "), or of every line ("│ ").
    var prefix: [Unicode.Scalar] = []
    var prefixOnEveryLine = false
    /// Runs of spaces and leading indentation kept (code).
    var keepsSpaces = false
    /// No blank line before it: the next item of a list, the next line of verse or an address.
    var tight = false
}

/// Splits a document into display paragraphs: Markdown and HTML structure from
/// `Document.blocks`; plain text by its blank lines, re-flowing hard-wrapped lines.
enum ArticleParagraphs {
    /// Lines at most this wide, one after another, are verse, an address or a byline: shown as
    /// lines, without blank lines between.
    static let shortLine = 60

    static func of(_ document: Document) -> [DisplayParagraph] {
        let scalars = document.scalars
        // Source lines, nil for a blank one.
        var lines: [Range<Int>?] = []
        var start = 0
        for i in 0...scalars.count where i == scalars.count || LineBreak.ends(scalars, at: i) {
            let range = start..<i
            start = i + 1
            let blank = range.allSatisfy { scalars[$0] == " " || scalars[$0] == "\r" || scalars[$0] == "\t" }
            lines.append(blank ? nil : range)
        }
        func kind(_ line: Range<Int>) -> ArticleLayout.Kind {
            if line.lowerBound == document.titleRange.lowerBound { return .title }
            // A date line opening a paragraph ("BEIRUT, Jan. 29, 2024 (Reuters) - …") leaves it body text.
            if let d = document.datelineRange, d.lowerBound == line.lowerBound, d.upperBound + 1 >= line.upperBound { return .dateline }
            if let f = document.furnitureStart, line.lowerBound >= f { return .furniture }
            return .body
        }
        return document.blocks.isEmpty
            ? plain(lines, scalars: scalars, kind: kind)
            : structured(lines, blocks: document.blocks, kind: kind)
    }

    /// Plain text: runs of body lines between blank lines (and title, dateline, furniture)
    /// joined where they were hard-wrapped.
    static func plain(_ lines: [Range<Int>?], scalars: ScalarText, kind: (Range<Int>) -> ArticleLayout.Kind) -> [DisplayParagraph] {
        // Runs of consecutive body lines; other lines stand alone.
        enum Piece { case run([Range<Int>]), single(Range<Int>, ArticleLayout.Kind), blank }
        var pieces: [Piece] = []
        var run: [Range<Int>] = []
        func flush() { if !run.isEmpty { pieces.append(.run(run)); run = [] } }
        for line in lines {
            guard let line else { flush(); pieces.append(.blank); continue }
            let k = kind(line)
            if k == .body { run.append(line) } else { flush(); pieces.append(.single(line, k)) }
        }
        flush()
        let column = Reflow.wrapColumn(runs: pieces.compactMap { if case .run(let r) = $0 { return r } else { return nil } }, scalars: scalars)
        var out: [DisplayParagraph] = []
        for piece in pieces {
            switch piece {
            case .blank: break
            case .single(let line, let k):
                out.append(DisplayParagraph(segments: [line], kind: k))
            case .run(let run):
                let joins = Reflow.joins(run: run, scalars: scalars, column: column)
                var paragraph = DisplayParagraph(segments: [run[0]], kind: .body)
                for k in 1..<max(1, run.count) {
                    switch joins[k - 1] {
                    case .space, .none:
                        paragraph.segments.append(run[k])
                        paragraph.spaced.append(joins[k - 1] == .space)
                    case .keep:
                        out.append(paragraph)
                        paragraph = DisplayParagraph(segments: [run[k]], kind: .body)
                        paragraph.tight = out.last!.segments.count == 1 && showsAsLines(run[k - 1], run[k], scalars)
                    }
                }
                out.append(paragraph)
            }
        }
        for k in out.indices where out[k].kind == .body {
            out[k].hang = Reflow.listMarkerWidth(out[k].segments[0], scalars)
        }
        return out
    }

    /// Two lines kept as lines, one under the other: both list items, or both short.
    static func showsAsLines(_ a: Range<Int>, _ b: Range<Int>, _ scalars: ScalarText) -> Bool {
        if Reflow.isListItem(a, scalars) && Reflow.isListItem(b, scalars) { return true }
        return Reflow.width(a, scalars) <= shortLine && Reflow.width(b, scalars) <= shortLine
    }

    /// Markdown (marks read as spaces) and extracted articles: each line is a paragraph, and a
    /// block that starts on it says how to draw it.
    static func structured(_ lines: [Range<Int>?], blocks: [TextBlock], kind: (Range<Int>) -> ArticleLayout.Kind) -> [DisplayParagraph] {
        var out: [DisplayParagraph] = []
        var b = 0
        var afterBlank = true
        var previous: TextBlock.Kind?
        for line in lines {
            guard let line else { afterBlank = true; continue }
            while b < blocks.count, blocks[b].range.lowerBound < line.lowerBound { b += 1 }
            let block = b < blocks.count && blocks[b].range.lowerBound < line.upperBound ? blocks[b] : nil
            var paragraph = DisplayParagraph(segments: [line], kind: kind(line))
            if paragraph.kind == .body, let block {
                switch block.kind {
                case .heading:
                    paragraph.kind = .heading
                case .listItem(let depth):
                    let mark = block.marker ?? ["•", "◦", "▪"][depth % 3]
                    let lead = String(repeating: " ", count: 2 * min(depth, 6))
                    paragraph.prefix = Array((lead + mark + " ").unicodeScalars)
                    paragraph.indent = DisplayWidth.of(cluster: paragraph.prefix)
                    if case .listItem = previous { paragraph.tight = true }
                case .quote:
                    paragraph.prefix = ["│", " "]
                    paragraph.prefixOnEveryLine = true
                    paragraph.indent = 2
                    if previous == .quote, !afterBlank { paragraph.tight = true }
                case .code:
                    paragraph.indent = 4
                    paragraph.keepsSpaces = true
                    if previous == .code { paragraph.tight = true }
                }
            }
            previous = paragraph.kind == .body ? block?.kind : nil
            out.append(paragraph)
            afterBlank = false
        }
        return out
    }
}
