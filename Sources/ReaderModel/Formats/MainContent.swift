/// The readability-style choice of a page's main content, over a parsed `MarkupTree`: the element
/// holding the most paragraph text with few links, plus siblings that continue it; and the
/// page furniture (navigation, scripts, footers, share bars, comments…) that is never article text.
struct MainContent {
    let tree: MarkupTree

    init(tree: MarkupTree) { self.tree = tree }

    static let junkTags: Set<String> = ["script", "style", "noscript", "nav", "footer", "aside", "form", "iframe", "svg",
                                        "button", "select", "option", "template", "object", "embed", "canvas", "input",
                                        "textarea", "menu", "dialog", "head", "title", "meta", "link", "header", "label"]
    /// Words in a class, id or role that mark page furniture.
    static let junkWords: Set<String> = ["comment", "comments", "share", "sharing", "social", "footer", "nav", "navbar",
                                         "navigation", "menu", "sidebar", "related", "promo", "advert", "advertisement",
                                         "ad", "ads", "cookie", "cookies", "newsletter", "subscribe", "subscription",
                                         "breadcrumb", "breadcrumbs", "banner", "popup", "modal", "masthead", "disqus",
                                         "outbrain", "taboola", "sponsored", "signup", "login", "toolbar", "complementary",
                                         "contentinfo", "recommended", "trending", "widget", "paywall", "skip"]
    /// Words that mark the article itself, which no junk word overrides.
    static let articleWords: Set<String> = ["article", "articlebody", "story", "content", "main", "post", "entry", "body", "text"]

    static func words(_ value: String?) -> [String] {
        guard let value else { return [] }
        return value.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }

    /// Whether an element is page furniture by its tag, class, id, role or visibility.
    func isJunk(_ i: Int) -> Bool {
        let node = tree.nodes[i]
        if node.isText { return false }
        if Self.junkTags.contains(node.name) { return true }
        let a = node.attributes
        if a["hidden"] != nil || a["aria-hidden"] == "true" { return true }
        if let style = a["style"]?.lowercased().filter({ $0 != " " }), style.contains("display:none") || style.contains("visibility:hidden") { return true }
        let words = Self.words(a["class"]) + Self.words(a["id"]) + Self.words(a["role"])
        if words.isEmpty || node.name == "body" || node.name == "html" || node.name == "article" || node.name == "main" { return false }
        if words.contains(where: Self.articleWords.contains) { return false }
        return words.contains(where: Self.junkWords.contains)
    }

    /// Whether an element or any ancestor is furniture.
    func isInJunk(_ index: Int) -> Bool {
        var i = index
        while i > 0 { if isJunk(i) { return true }; i = tree.nodes[i].parent }
        return false
    }

    /// Total text length and the part of it inside links, under a node, furniture skipped.
    func lengths(_ index: Int) -> (text: Int, links: Int) {
        var text = 0, links = 0
        func walk(_ i: Int, inLink: Bool) {
            let node = tree.nodes[i]
            if node.isText {
                let n = node.text.unicodeScalars.reduce(0) { $0 + ($1.properties.isWhitespace ? 0 : 1) }
                text += n
                if inLink { links += n }
                return
            }
            if i != index, isJunk(i) { return }
            for c in node.children { walk(c, inLink: inLink || node.name == "a") }
        }
        walk(index, inLink: false)
        return (text, links)
    }

    /// The elements whose text is the article, in document order; empty when the page has none.
    func choose() -> [Int] {
        var score: [Int: Double] = [:]
        for p in tree.elements(named: "p") + tree.elements(named: "pre") where !isInJunk(p) {
            let (length, links) = lengths(p)
            guard length >= 25 else { continue }
            let value = Double(length - links)
            let parent = tree.nodes[p].parent
            guard parent > 0 else { continue }
            score[parent, default: 0] += value
            let grand = tree.nodes[parent].parent
            if grand > 0 { score[grand, default: 0] += value / 2 }
        }
        var best: (index: Int, score: Double)?
        var finals: [Int: Double] = [:]
        for (i, s) in score {
            let (length, links) = lengths(i)
            let density = length > 0 ? Double(links) / Double(length) : 1
            let value = s * (1 - density)
            finals[i] = value
            if best == nil || value > best!.score || (value == best!.score && i < best!.index) { best = (i, value) }
        }
        guard let top = best, top.score > 0 else {
            // No paragraphs: the <article>, <main> or <body>, whichever exists first.
            for name in ["article", "main", "body"] {
                if let i = tree.elements(named: name).first(where: { !isInJunk($0) }) { return [i] }
            }
            return []
        }
        // Siblings that continue the article (paragraph blocks split by an advert, say).
        let parent = tree.nodes[top.index].parent
        guard parent >= 0 else { return [top.index] }
        let threshold = max(25, top.score * 0.2)
        return tree.nodes[parent].children.filter { c in
            if c == top.index { return true }
            if tree.nodes[c].isText || isJunk(c) { return false }
            if let s = finals[c], s >= threshold { return true }
            if tree.nodes[c].name == "p" {
                let (length, links) = lengths(c)
                return length >= 80 && Double(links) < Double(length) * 0.25
            }
            return false
        }
    }
}
