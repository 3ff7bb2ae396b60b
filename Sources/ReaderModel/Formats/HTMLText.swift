/// Turns chosen HTML elements into an article's blocks: paragraphs, headings, list items and
/// quotes, white space collapsed, entities already decoded by the parser, furniture skipped,
/// link texts kept with their addresses.
struct HTMLText {
    let content: MainContent
    /// Block texts to leave out (the title, when the page repeats it in an <h1>).
    var omit: Set<String> = []

    private struct Pending {
        var scalars = String.UnicodeScalarView()
        var count = 0
        var space = false
        var links: [(Range<Int>, String)] = []
        var linkChars = 0

        mutating func append(_ s: String, inLink: Bool) {
            for u in s.unicodeScalars {
                if u.properties.isWhitespace || u == "\u{00A0}" || u == "\u{200B}" {
                    space = count > 0
                } else if u.properties.generalCategory == .control || u.properties.generalCategory == .format {
                    continue
                } else {
                    if space { scalars.append(" "); count += 1; space = false }
                    scalars.append(u)
                    count += 1
                    if inLink { linkChars += 1 }
                }
            }
        }
    }

    private static let headings: [String: Int] = ["h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6]

    /// Adds the text of `roots` (in order) to `builder`.
    func write(_ roots: [Int], into builder: inout ArticleTextBuilder) {
        var pending = Pending()
        let tree = content.tree

        func flush(_ kind: TextBlock.Kind?, marker: String? = nil) {
            defer { pending = Pending() }
            guard pending.count > 0 else { return }
            let text = String(pending.scalars)
            if omit.contains(text) { return }
            // A block that is mostly links ("Read more: …", tag lists) is navigation, not article.
            if case .heading = kind {} else if pending.linkChars * 2 > pending.count, pending.count < 200 { return }
            builder.add(text, kind: kind, marker: marker, links: pending.links)
        }

        /// `ordinal`: an `<li>`'s number in its `<ol>`.
        func walk(_ i: Int, listDepth: Int, inQuote: Bool, inLink: Bool, ordinal: Int? = nil) {
            let node = tree.nodes[i]
            if node.isText { pending.append(node.text, inLink: inLink); return }
            if content.isJunk(i) { return }
            let name = node.name
            if name == "br" || name == "hr" { flush(inQuote ? .quote : nil); return }
            let isBlock = MarkupTree.blockNames.contains(name)
            if isBlock { flush(inQuote ? .quote : nil) }
            var linkStart: Int?
            if name == "a", node.attributes["href"] != nil { linkStart = pending.count + (pending.space ? 1 : 0) }
            let depth = (name == "ul" || name == "ol") ? listDepth + 1 : listDepth
            var items = Int(node.attributes["start"] ?? "") ?? 1
            for c in node.children {
                let isItem = name == "ol" && tree.nodes[c].name == "li"
                walk(c, listDepth: depth, inQuote: inQuote || name == "blockquote", inLink: inLink || name == "a",
                     ordinal: isItem ? items : nil)
                if isItem { items += 1 }
            }
            if let start = linkStart, let href = node.attributes["href"], pending.count > start {
                pending.links.append((start..<pending.count, href))
            }
            if isBlock {
                let kind: TextBlock.Kind?
                if let level = Self.headings[name] { kind = .heading(level) }
                else if name == "li" { kind = .listItem(depth: max(0, listDepth - 1)) }
                else if name == "pre" { kind = .code }
                else if inQuote || name == "blockquote" { kind = .quote }
                else { kind = nil }
                flush(kind, marker: name == "li" ? ordinal.map { "\($0)." } : nil)
            }
        }

        for root in roots { walk(root, listDepth: 0, inQuote: false, inLink: false) }
        flush(nil)
    }
}
