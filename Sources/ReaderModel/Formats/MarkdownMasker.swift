import Foundation

/// Replaces Markdown markup with spaces, one code point for one, and records the structure.
/// Line breaks are never touched, so lines and offsets stay where the file has them.
struct MarkdownMasker {
    let input: [Unicode.Scalar]
    var out: [Unicode.Scalar]
    private(set) var masked: [Bool]
    var blocks: [TextBlock] = []
    var links: [TextLink] = []
    var hadFrontMatter = false
    /// Line ranges (without the line break); the body starts after the front matter.
    private(set) var lines: [Range<Int>] = []
    private var bodyLine = 0
    private var references: [String: String] = [:]
    /// Reference-style links waiting for their definitions: (text range, label).
    private var pendingReferences: [(Range<Int>, String)] = []

    init(_ scalars: [Unicode.Scalar]) {
        input = scalars
        out = scalars
        masked = Array(repeating: false, count: scalars.count)
        var start = 0
        for i in 0...scalars.count where i == scalars.count || scalars[i] == "\n" {
            var end = i
            if end > start, scalars[end - 1] == "\r" { end -= 1 }
            lines.append(start..<end)
            start = i + 1
        }
    }

    private mutating func mask(_ range: Range<Int>) {
        for i in range where input[i] != "\n" && input[i] != "\r" { out[i] = " "; masked[i] = true }
    }

    private func text(_ range: Range<Int>) -> String {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: input[range])
        return String(v)
    }

    private func trimmed(_ range: Range<Int>) -> String { text(range).trimmingCharacters(in: .whitespaces) }

    /// The YAML between a first line `---` and the next `---` or `...` line, masked; nil when there is none.
    mutating func frontMatter() -> String? {
        guard let first = lines.first else { return nil }
        var firstText = trimmed(first)
        if firstText.hasPrefix("\u{FEFF}") { firstText.removeFirst() }
        guard firstText == "---", lines.count > 2 else { return nil }
        guard let close = lines.indices.dropFirst().first(where: { ["---", "..."].contains(trimmed(lines[$0])) }) else { return nil }
        let yaml = lines[1..<close].map { text($0) }.joined(separator: "\n")
        mask(0..<lines[close].upperBound)
        bodyLine = close + 1
        hadFrontMatter = true
        return yaml
    }

    /// Masks the body's block and inline markup.
    mutating func body() {
        var fence: String?
        var previousParagraph: Int?  // line index of a paragraph line just before, for setext headings
        var joinable = false  // whether the previous text line may run on into the next
        for li in bodyLine..<lines.count {
            let line = lines[li]
            let t = trimmed(line)
            if let marker = fence {
                if t.hasPrefix(marker) { mask(line); fence = nil } else if !line.isEmpty { blocks.append(TextBlock(kind: .code, range: line)) }
                previousParagraph = nil
                continue
            }
            if t.hasPrefix("```") || t.hasPrefix("~~~") {
                fence = String(t.prefix(3))
                mask(line)
                previousParagraph = nil
                continue
            }
            if t.isEmpty { previousParagraph = nil; continue }
            // Setext underline, or a thematic break.
            if t.count >= 2, let c = t.first, "=-*_".unicodeScalars.contains(c.unicodeScalars.first!),
               t.allSatisfy({ $0 == c || $0 == " " }) {
                if let p = previousParagraph, c == "=" || c == "-" {
                    let content = contentRange(lines[p])
                    blocks.removeAll { $0.range == content }
                    blocks.append(TextBlock(kind: .heading(c == "=" ? 1 : 2), range: content))
                    mask(line)
                    previousParagraph = nil
                    continue
                }
                if c != "=" && t.filter({ $0 == c }).count >= 3 { mask(line); previousParagraph = nil; continue }
            }
            if referenceDefinition(line) { previousParagraph = nil; continue }
            let kind = blockLine(line)
            // A line that continues a paragraph or list item: the line break before it is a space,
            // so the paragraph reads as one (same length: offsets do not move).
            if kind == nil, let p = previousParagraph, p == li - 1, joinable {
                for i in lines[p].upperBound..<line.lowerBound { out[i] = " " }
            }
            if case .heading = kind { joinable = false } else { joinable = true }
            previousParagraph = li
        }
        for (range, label) in pendingReferences {
            if let url = references[label.lowercased()] { links.append(TextLink(range: range, url: url)) }
        }
        links.sort { $0.range.lowerBound < $1.range.lowerBound }
        blocks.sort { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The line less leading white space and trailing white space.
    private func contentRange(_ line: Range<Int>) -> Range<Int> {
        var lo = line.lowerBound, hi = line.upperBound
        while lo < hi, input[lo] == " " || input[lo] == "\t" || masked[lo] { lo += 1 }
        while hi > lo, input[hi - 1] == " " || input[hi - 1] == "\t" || masked[hi - 1] { hi -= 1 }
        return lo..<hi
    }

    /// `[label]: url "title"` lines: remembered and masked.
    private mutating func referenceDefinition(_ line: Range<Int>) -> Bool {
        var i = line.lowerBound
        while i < line.upperBound, input[i] == " " { i += 1 }
        guard i - line.lowerBound <= 3, i < line.upperBound, input[i] == "[",
              let close = (i + 1..<line.upperBound).first(where: { input[$0] == "]" }),
              close + 1 < line.upperBound, input[close + 1] == ":", input[i + 1] != "^" else { return false }
        let label = text(i + 1..<close)
        let rest = text(close + 2..<line.upperBound).trimmingCharacters(in: .whitespaces)
        guard let url = rest.split(separator: " ").first.map({ String($0).trimmingCharacters(in: CharacterSet(charactersIn: "<>")) }),
              !url.isEmpty else { return false }
        references[label.lowercased()] = references[label.lowercased()] ?? url
        mask(line)
        return true
    }

    /// Block markers at the start of a line (quote, heading, list item), then the inline markup.
    @discardableResult
    private mutating func blockLine(_ line: Range<Int>) -> TextBlock.Kind? {
        var i = line.lowerBound
        var indent = 0
        while i < line.upperBound, input[i] == " " || input[i] == "\t" { indent += input[i] == "\t" ? 4 : 1; i += 1 }
        var kind: TextBlock.Kind?
        var marker: String?
        while i < line.upperBound, input[i] == ">" {
            mask(i..<i + 1)
            i += 1
            while i < line.upperBound, input[i] == " " { i += 1 }
            kind = .quote
        }
        var hashes = 0
        while i + hashes < line.upperBound, input[i + hashes] == "#" { hashes += 1 }
        if (1...6).contains(hashes), i + hashes == line.upperBound || input[i + hashes] == " " {
            mask(i..<i + hashes)
            i += hashes
            kind = .heading(hashes)
            // A closing run of #s.
            var end = line.upperBound
            while end > i, input[end - 1] == " " { end -= 1 }
            var j = end
            while j > i, input[j - 1] == "#" { j -= 1 }
            if j < end, j > i, input[j - 1] == " " { mask(j..<end) }
        } else if i < line.upperBound {
            var j = i
            if "-*+".unicodeScalars.contains(input[i]) {
                j = i + 1
            } else {
                while j < line.upperBound, j - i < 9, ("0"..."9").contains(input[j]) { j += 1 }
                if j > i, j < line.upperBound, input[j] == "." || input[j] == ")" { j += 1 } else { j = i }
            }
            if j > i, j < line.upperBound, input[j] == " " || input[j] == "\t" {
                if input[i].properties.numericType != nil { marker = text(i..<j) }
                mask(i..<j)
                i = j
                // A task list box: "[ ]" / "[x]".
                while i < line.upperBound, input[i] == " " { i += 1 }
                if i + 2 < line.upperBound, input[i] == "[", input[i + 2] == "]", " xX".unicodeScalars.contains(input[i + 1]) {
                    mask(i..<i + 3)
                }
                kind = .listItem(depth: indent / 2)
            }
        }
        inline(i..<line.upperBound)
        if let kind {
            let content = contentRange(line)
            if !content.isEmpty { blocks.append(TextBlock(kind: kind, range: content, marker: marker)) }
        }
        return kind
    }

    private static let punctuation = Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".unicodeScalars)

    private static func isPunctuationCategory(_ c: Unicode.GeneralCategory) -> Bool {
        switch c {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation: return true
        default: return false
        }
    }

    private func isSpace(_ i: Int, in r: Range<Int>) -> Bool { i < r.lowerBound || i >= r.upperBound || input[i].properties.isWhitespace }
    private func isPunct(_ i: Int, in r: Range<Int>) -> Bool {
        i >= r.lowerBound && i < r.upperBound && (Self.punctuation.contains(input[i]) || Self.isPunctuationCategory(input[i].properties.generalCategory))
    }

    /// Emphasis, code spans, links, images, autolinks and escapes within one line.
    private mutating func inline(_ r: Range<Int>) {
        var i = r.lowerBound
        while i < r.upperBound {
            if masked[i] { i += 1; continue }
            let c = input[i]
            switch c {
            case "\\" where i + 1 < r.upperBound && Self.punctuation.contains(input[i + 1]):
                mask(i..<i + 1)
                i += 2
            case "`":
                var n = 0
                while i + n < r.upperBound, input[i + n] == "`" { n += 1 }
                var j = i + n
                var close: Int?
                while j < r.upperBound {
                    if input[j] == "`" {
                        var m = 0
                        while j + m < r.upperBound, input[j + m] == "`" { m += 1 }
                        if m == n { close = j; break }
                        j += m
                    } else { j += 1 }
                }
                if let close {
                    mask(i..<i + n)
                    mask(close..<close + n)
                    i = close + n
                } else { i += n }
            case "!" where i + 1 < r.upperBound && input[i + 1] == "[":
                if link(at: i + 1, in: r, opener: i..<i + 2) == nil { i += 2 } else { i += 2 }
            case "[":
                _ = link(at: i, in: r, opener: i..<i + 1)
                i += 1
            case "<":
                if let close = (i + 1..<r.upperBound).first(where: { input[$0] == ">" || input[$0] == " " }), input[close] == ">" {
                    let url = text(i + 1..<close)
                    if url.hasPrefix("http://") || url.hasPrefix("https://") || url.hasPrefix("mailto:") {
                        mask(i..<i + 1)
                        mask(close..<close + 1)
                        links.append(TextLink(range: i + 1..<close, url: url))
                        i = close + 1
                        continue
                    }
                }
                i += 1
            case "*", "_", "~":
                var n = 0
                while i + n < r.upperBound, input[i + n] == c { n += 1 }
                let before = i - 1, after = i + n
                let left = !isSpace(after, in: r) && (!isPunct(after, in: r) || isSpace(before, in: r) || isPunct(before, in: r))
                let right = !isSpace(before, in: r) && (!isPunct(before, in: r) || isSpace(after, in: r) || isPunct(after, in: r))
                let delimiter: Bool
                switch c {
                case "_": delimiter = (left && (!right || isPunct(before, in: r))) || (right && (!left || isPunct(after, in: r)))
                case "~": delimiter = n == 2 && (left || right)
                default: delimiter = left || right
                }
                if delimiter { mask(i..<i + n) }
                i += n
            default:
                i += 1
            }
        }
    }

    /// `[text](url)`, `[text][label]`, `[text][]`: brackets and destination masked, the text kept
    /// (its inline markup handled by the caller's scan). Returns the text's range, or nil if not a link.
    private mutating func link(at open: Int, in r: Range<Int>, opener: Range<Int>) -> Range<Int>? {
        var depth = 0
        var close: Int?
        var j = open
        while j < r.upperBound {
            if input[j] == "\\" { j += 2; continue }
            if input[j] == "[" { depth += 1 } else if input[j] == "]" { depth -= 1; if depth == 0 { close = j; break } }
            j += 1
        }
        guard let close else { return nil }
        let textRange = open + 1..<close
        let next = close + 1
        if next < r.upperBound, input[next] == "(" {
            var depth = 0
            var end: Int?
            var k = next
            while k < r.upperBound {
                if input[k] == "(" { depth += 1 } else if input[k] == ")" { depth -= 1; if depth == 0 { end = k; break } }
                k += 1
            }
            guard let end else { return nil }
            let destination = text(next + 1..<end).trimmingCharacters(in: .whitespaces)
            let url = destination.split(separator: " ").first.map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: "<>")) } ?? ""
            mask(opener)
            mask(close..<end + 1)
            if !url.isEmpty, !textRange.isEmpty { links.append(TextLink(range: textRange, url: url)) }
            return textRange
        }
        if next < r.upperBound, input[next] == "[", let end = (next + 1..<r.upperBound).first(where: { input[$0] == "]" }) {
            let label = end == next + 1 ? text(textRange) : text(next + 1..<end)
            mask(opener)
            mask(close..<end + 1)
            pendingReferences.append((textRange, label))
            return textRange
        }
        // A shortcut reference `[label]` is a link only when defined; decided at the end of the body.
        return nil
    }
}
