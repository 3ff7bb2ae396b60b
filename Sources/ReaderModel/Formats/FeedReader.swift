/// RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each item an article, its source the feed's title.
public enum FeedReader {
    /// The feed's kind by its root element, or nil when the XML is not a feed.
    static func kind(_ tree: MarkupTree) -> String? {
        guard let root = tree.nodes[0].children.first(where: { !tree.nodes[$0].isText }) else { return nil }
        let name = local(tree.nodes[root].name)
        return ["rss", "rdf", "feed"].contains(name.lowercased()) ? name : nil
    }

    static func local(_ name: String) -> String { name.split(separator: ":").last.map(String.init) ?? name }

    /// Reads a feed. `mustBeFeed` is false for `.xml` files, which may be other XML (then a failure says so).
    public static func read(_ text: String) -> FormatOutput {
        let tree = MarkupTree.xml(text)
        guard kind(tree) != nil else {
            if let error = tree.error { return .failed("invalid XML (\(error))") }
            let root = tree.nodes[0].children.first.map { tree.nodes[$0].name } ?? ""
            return .failed(root.isEmpty ? "no XML content" : "XML that is not an RSS or Atom feed (root <\(root)>)")
        }
        var output = FormatOutput()
        let channel = tree.elements(named: "channel").first ?? tree.nodes[0].children.first(where: { !tree.nodes[$0].isText }) ?? 0
        let source = child(tree, channel, "title").map { tree.text(of: $0) }.flatMap { $0.isEmpty ? nil : $0 }
        let items = tree.elements(named: "item") + tree.elements(named: "entry")
        var withoutText = 0
        for item in items {
            if let article = article(tree, item, source: source) { output.articles.append(article) } else { withoutText += 1 }
        }
        if withoutText > 0 { output.problems.append("\(withoutText) item\(withoutText == 1 ? "" : "s") without text skipped") }
        if let error = tree.error {
            output.problems.append("invalid XML (\(error)); \(output.articles.count) item\(output.articles.count == 1 ? "" : "s") recovered")
        }
        if output.articles.isEmpty {
            output.failure = tree.error.map { "invalid XML (\($0))" } ?? (items.isEmpty ? "feed with no items" : "no item with text")
            output.problems = output.problems.filter { !$0.hasPrefix("invalid XML") }
        }
        return output
    }

    /// The first direct child with one of the names (qualified names as written, e.g. `content:encoded`).
    static func child(_ tree: MarkupTree, _ parent: Int, _ names: String...) -> Int? {
        for name in names {
            if let c = tree.nodes[parent].children.first(where: { tree.nodes[$0].name == name }) { return c }
        }
        return nil
    }

    static func article(_ tree: MarkupTree, _ item: Int, source: String?) -> ExtractedArticle? {
        func value(_ names: String...) -> String? {
            for name in names {
                if let c = tree.nodes[item].children.first(where: { tree.nodes[$0].name == name }) {
                    let raw = rawText(tree, c)
                    if !raw.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return raw }
                }
            }
            return nil
        }
        let title = value("title").map { htmlText($0) }
        var builder = ArticleTextBuilder(title: title)
        if let body = value("content:encoded", "content", "description", "summary") {
            HTMLReader.fragment(body, into: &builder)
        }
        guard !builder.isBodyEmpty else { return nil }
        var article = builder.article()
        article.title = title.map(FormatText.collapse)
        article.source = source
        article.date = value("pubDate", "published", "dc:date", "updated", "issued").map(FormatText.collapse)
        article.url = link(tree, item)
        article.author = value("dc:creator", "author").map { FormatText.collapse($0) }
        if let a = tree.nodes[item].children.first(where: { tree.nodes[$0].name == "author" }),
           let name = child(tree, a, "name") {
            article.author = tree.text(of: name)
        }
        return article
    }

    /// The text of an element as written: escaped HTML (RSS) arrives as text; inline XHTML (Atom
    /// `type="xhtml"`) is serialised back so the HTML reader can take it.
    static func rawText(_ tree: MarkupTree, _ index: Int) -> String {
        var out = ""
        func walk(_ i: Int) {
            let node = tree.nodes[i]
            if node.isText { out += escape(node.text); return }
            if i != index { out += "<" + local(node.name) + ">" }
            for c in node.children { walk(c) }
            if i != index { out += "</" + local(node.name) + ">" }
        }
        let hasElements = tree.nodes[index].children.contains { !tree.nodes[$0].isText }
        if !hasElements { return tree.nodes[index].children.map { tree.nodes[$0].text }.joined() }
        walk(index)
        return out
    }

    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
    }

    /// A title may carry entities or tags; read it as HTML text.
    static func htmlText(_ s: String) -> String {
        guard s.contains("<") || s.contains("&") else { return FormatText.collapse(s) }
        var builder = ArticleTextBuilder(title: nil)
        HTMLReader.fragment(s, into: &builder)
        let text = FormatText.collapse(builder.article().text)
        return text.isEmpty ? FormatText.collapse(s) : text
    }

    /// RSS `<link>text</link>`, Atom `<link rel="alternate" href>`, else a permalink `<guid>`.
    static func link(_ tree: MarkupTree, _ item: Int) -> String? {
        var atomLink: String?
        for c in tree.nodes[item].children where tree.nodes[c].name == "link" {
            let a = tree.nodes[c].attributes
            if let href = a["href"] {
                if a["rel"] == nil || a["rel"] == "alternate" { return href }
                atomLink = atomLink ?? href
            } else {
                let t = tree.text(of: c)
                if !t.isEmpty { return t }
            }
        }
        if let atomLink { return atomLink }
        if let g = child(tree, item, "guid"), tree.nodes[g].attributes["isPermaLink"] != "false" {
            let t = tree.text(of: g)
            if t.hasPrefix("http") { return t }
        }
        return nil
    }
}
