import Foundation
import Yams

/// Markdown: YAML front matter read as metadata, and the markup hidden from the analysis by
/// turning it into spaces — so the text keeps every code point where the file has it (offsets
/// stay offsets into the file as stored) while link texts, image descriptions, emphasis and
/// headings read as plain text. Headings, list items, quotes and code become `TextBlock`s.
public enum MarkdownReader {
    public static func read(_ text: String) -> FormatOutput {
        var scanner = MarkdownMasker(Array(text.unicodeScalars))
        var output = FormatOutput()
        var meta: [String: Any] = [:]
        if let yaml = scanner.frontMatter() {
            do {
                meta = (try Yams.load(yaml: yaml) as? [String: Any]) ?? [:]
            } catch {
                output.problems.append("front matter is not valid YAML; read as plain text metadata-free")
            }
        }
        scanner.body()
        var article: ExtractedArticle
        if scanner.hadFrontMatter {
            article = compact(scanner, title: title(meta))
        } else {
            // No front matter: the text keeps the file's offsets, markup turned into spaces.
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scanner.out)
            article = ExtractedArticle(text: String(view), isExtracted: false)
            article.blocks = scanner.blocks
            article.links = scanner.links
            // The first line is the title, its marks and their gaps left out.
            if let first = scanner.lines.first(where: { r in r.contains { !scanner.out[$0].properties.isWhitespace } }) {
                article.title = FormatText.collapse(String(String.UnicodeScalarView(scanner.out[first])))
                article.titleRange = first
            }
        }
        func field(_ names: String...) -> String? {
            for name in names {
                guard let value = meta.first(where: { $0.key.lowercased() == name })?.value else { continue }
                if let date = value as? Date { return Self.day(date) }
                if let s = RecordReader.string(value).map(FormatText.collapse), !s.isEmpty { return s }
                if let n = value as? Int { return String(n) }
            }
            return nil
        }
        article.title = title(meta) ?? article.title
        article.date = field("date", "published", "pubdate", "published_at", "publishedat")
        article.source = field("source", "publisher", "site")
        article.url = field("url", "link", "canonical_url")
        article.author = field("author", "authors", "byline")
        output.articles = [article]
        return output
    }

    static func title(_ meta: [String: Any]) -> String? {
        for name in ["title", "headline"] {
            if let v = meta.first(where: { $0.key.lowercased() == name })?.value,
               let s = RecordReader.string(v).map(FormatText.collapse), !s.isEmpty { return s }
        }
        return nil
    }

    /// With front matter the text is extracted: the markup is left out rather than blanked, the
    /// title (when the body does not open with it) is the first line, and blank lines come at most two
    /// together. Block and link ranges follow the text.
    static func compact(_ scanner: MarkdownMasker, title: String?) -> ExtractedArticle {
        let input = scanner.out
        var map = [Int](repeating: 0, count: input.count + 1)
        var out = String.UnicodeScalarView()
        var count = 0
        var newlines = 0
        var lineStart = true
        let firstBlock = scanner.blocks.first
        var prefix = ""
        if let title {
            let opensWithTitle: Bool = {
                guard let b = firstBlock, case .heading = b.kind else { return false }
                let text = FormatText.collapse(String(String.UnicodeScalarView(input[b.range])))
                let before = scanner.masked.indices.prefix(b.range.lowerBound)
                return text.lowercased() == title.lowercased() && before.allSatisfy { scanner.masked[$0] || input[$0].properties.isWhitespace }
            }()
            if !opensWithTitle { prefix = title + "\n\n" }
        }
        for u in prefix.unicodeScalars { out.append(u); count += 1 }
        if !prefix.isEmpty { newlines = 2 }
        for i in input.indices {
            map[i] = count
            let u = input[i]
            if scanner.masked[i] || u == "\r" { continue }
            if u == "\n" {
                lineStart = true
                if count == 0 || newlines >= 2 { continue }
                newlines += 1
            } else if lineStart && (u == " " || u == "\t") {
                continue
            } else {
                lineStart = false
                newlines = 0
            }
            out.append(u)
            count += 1
        }
        map[input.count] = count
        // Trailing blank lines.
        while let last = out.last, last == "\n" { out.removeLast(); count -= 1 }
        func moved(_ r: Range<Int>) -> Range<Int> { min(map[r.lowerBound], count)..<min(map[r.upperBound], count) }
        var article = ExtractedArticle(text: String(out))
        article.blocks = scanner.blocks.map { TextBlock(kind: $0.kind, range: moved($0.range), marker: $0.marker) }.filter { !$0.range.isEmpty }
        article.links = scanner.links.map { TextLink(range: moved($0.range), url: $0.url) }.filter { !$0.range.isEmpty }
        if title != nil {
            if !prefix.isEmpty {
                article.titleRange = 0..<(prefix.unicodeScalars.count - 2)
            } else if let b = article.blocks.first {
                article.titleRange = b.range
            }
        }
        return article
    }

    /// A YAML date as the calendar day written (YAML dates are midnight UTC).
    static func day(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0)
    }
}
