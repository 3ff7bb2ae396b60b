/// The readability-style choice of a page's main content, over a parsed `MarkupTree`: the element
/// holding the most paragraph text with few links, plus siblings that continue it; and the
/// page furniture (navigation, scripts, footers, share bars, comments…) that is never article text.
struct MainContent {
    let tree: MarkupTree
    /// Per node, computed once so that choosing stays linear in the page's size.
    private var junk: [Bool] = []
    private var inJunk: [Bool] = []
    private var textLength: [Int] = []
    private var linkLength: [Int] = []

    init(tree: MarkupTree) {
        self.tree = tree
        let n = tree.nodes.count
        junk = Array(repeating: false, count: n)
        inJunk = Array(repeating: false, count: n)
        for i in 1..<max(1, n) {
            junk[i] = Self.isJunk(tree.nodes[i])
            inJunk[i] = junk[i] || (tree.nodes[i].parent > 0 && inJunk[tree.nodes[i].parent])
        }
        // Children come after their parent: one backward pass sums the text of every subtree.
        textLength = Array(repeating: 0, count: n)
        linkLength = Array(repeating: 0, count: n)
        var inLink = Array(repeating: false, count: n)
        for i in 1..<max(1, n) {
            let parent = tree.nodes[i].parent
            inLink[i] = (parent > 0 && inLink[parent]) || tree.nodes[i].name == "a"
        }
        for i in stride(from: n - 1, through: 1, by: -1) {
            let node = tree.nodes[i]
            if node.isText {
                let length = node.text.unicodeScalars.reduce(0) { $0 + ($1.properties.isWhitespace ? 0 : 1) }
                textLength[i] = length
                linkLength[i] = inLink[i] ? length : 0
            }
            let parent = node.parent
            if parent > 0, !junk[i] {
                textLength[parent] += textLength[i]
                linkLength[parent] += linkLength[i]
            }
        }
    }

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
    func isJunk(_ i: Int) -> Bool { i > 0 && i < junk.count && junk[i] }

    /// Whether an element or any ancestor is furniture.
    func isInJunk(_ i: Int) -> Bool { i > 0 && i < inJunk.count && inJunk[i] }

    /// Like `isInJunk`, but a `<header>` (which often holds the article's heading and date)
    /// and a byline do not count: for finding the title and date, not the body.
    func isInFurniture(_ index: Int) -> Bool {
        var i = index
        while i > 0 {
            let node = tree.nodes[i]
            if junk[i], node.name != "header", !Self.words(node.attributes["class"]).contains("byline") { return true }
            i = node.parent
        }
        return false
    }

    /// The `<article>` (or `<main>`) holding the chosen content, else the content's parent.
    func articleScope(_ roots: [Int]) -> Int {
        guard let first = roots.first else { return 0 }
        var i = first
        while i > 0 {
            if tree.nodes[i].name == "article" || tree.nodes[i].name == "main" { return i }
            i = tree.nodes[i].parent
        }
        return max(0, tree.nodes[first].parent)
    }

    /// Total text length and the part of it inside links, under a node, furniture skipped.
    func lengths(_ i: Int) -> (text: Int, links: Int) {
        i < textLength.count ? (textLength[i], linkLength[i]) : (0, 0)
    }

    static func isJunk(_ node: MarkupTree.Node) -> Bool {
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

    /// The elements whose text is the article, in document order; empty when the page has none.
    func choose() -> [Int] {
        var score: [Int: Double] = [:]
        for p in tree.elements(named: "p") + tree.elements(named: "pre") where !isInJunk(p) {
            let (length, links) = lengths(p)
            guard length >= 25 else { continue }
            // Like readability: the parent takes the paragraph's text, the ancestors above it a
            // diminishing share, so a page of one-paragraph blocks still finds their common container.
            let value = Double(length - links)
            var ancestor = tree.nodes[p].parent
            for level in 0..<5 where ancestor > 0 {
                score[ancestor, default: 0] += value / (level == 0 ? 1 : level == 1 ? 2 : Double(level * 3))
                ancestor = tree.nodes[ancestor].parent
            }
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
