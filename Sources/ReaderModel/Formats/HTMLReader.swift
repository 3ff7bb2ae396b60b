import Foundation

/// Saved web pages (`.html`, `.htm`): the article's title, date, source, address and main text.
public enum HTMLReader {
    /// Reads a page; a page with no article text fails with a reason.
    public static func read(_ text: String) -> FormatOutput {
        let tree = MarkupTree.html(text)
        guard let article = article(tree) else { return .failed("no article text found in the page") }
        return FormatOutput(articles: [article])
    }

    static func article(_ tree: MarkupTree) -> ExtractedArticle? {
        let content = MainContent(tree: tree)
        let meta = PageMetadata(tree, content: content)
        let roots = content.choose()
        let site = meta.siteName
        var title = meta.first("og:title", "twitter:title").map { strip(site: site, from: $0) }
            ?? meta.linkedData.headline
        if title == nil {
            let scope = content.articleScope(roots)
            let h1s = tree.elements(named: "h1", under: scope) + tree.elements(named: "h1").filter { !content.isInFurniture($0) }
            title = h1s.lazy.map { tree.text(of: $0) }.first { !$0.isEmpty }
        }
        if title == nil, let element = meta.titleElement { title = titleLessSite(element, site: site) }
        var writer = HTMLText(content: content)
        if let title { writer.omit = [FormatText.collapse(title)] }
        var builder = ArticleTextBuilder(title: title)
        writer.write(roots, into: &builder)
        guard !builder.isBodyEmpty else { return nil }
        var article = builder.article()
        article.title = title.map(FormatText.collapse)
        article.source = site ?? meta.linkedData.publisher ?? meta.first("application-name")
            ?? siteFromTitle(meta.titleElement, title: title)
        article.date = meta.first("article:published_time") ?? meta.linkedData.datePublished
            ?? meta.first("datepublished", "date", "pubdate", "publishdate", "publish-date", "dc.date", "dc.date.issued",
                          "dcterms.created", "dcterms.date", "sailthru.date", "parsely-pub-date", "og:published_time")
            ?? meta.time(in: content.articleScope(roots))
        article.url = meta.canonical ?? meta.first("og:url") ?? meta.linkedData.url
        article.author = meta.first("author", "article:author", "byl", "dc.creator").flatMap { $0.contains("://") ? nil : $0 }
            ?? meta.linkedData.author
        return article
    }

    /// The text of an HTML fragment (a feed item's content, a record's body) as blocks, furniture skipped.
    static func fragment(_ html: String, into builder: inout ArticleTextBuilder) {
        let tree = MarkupTree.html(html)
        let content = MainContent(tree: tree)
        let body = tree.elements(named: "body").first ?? 0
        HTMLText(content: content).write([body], into: &builder)
    }

    static let titleSeparators = [" | ", " - ", " – ", " — ", " :: ", " · ", " • "]

    /// A title split at its first kind of separator, with the separator.
    static func split(_ title: String) -> (parts: [String], separator: String) {
        for sep in titleSeparators where title.contains(sep) {
            let parts = title.components(separatedBy: sep).map(FormatText.collapse).filter { !$0.isEmpty }
            if parts.count > 1 { return (parts, sep) }
        }
        return ([FormatText.collapse(title)], "")
    }

    /// "Headline | Site" less the site: the parts that are not the site's name; when the site is
    /// not known, all but the last part (where sites put their name).
    static func titleLessSite(_ title: String, site: String?) -> String? {
        let (parts, separator) = split(title)
        guard parts.count > 1 else { return parts.first.flatMap { $0.isEmpty ? nil : $0 } }
        let rest = parts.filter { $0.lowercased() != site?.lowercased() }
        if rest.count < parts.count { return rest.joined(separator: separator) }
        return parts.dropLast().joined(separator: separator)
    }

    /// `og:title` sometimes carries the site's name too; only a part that is the site's name goes.
    static func strip(site: String?, from title: String) -> String {
        let (parts, separator) = split(title)
        guard let site, parts.count > 1, parts.contains(where: { $0.lowercased() == site.lowercased() }) else {
            return FormatText.collapse(title)
        }
        return parts.filter { $0.lowercased() != site.lowercased() }.joined(separator: separator)
    }

    /// The site's name from "Headline | Site", or "Headline - Site" when the headline is the rest.
    static func siteFromTitle(_ element: String?, title: String?) -> String? {
        guard let element, let title else { return nil }
        let (parts, separator) = split(element)
        guard parts.count > 1 else { return nil }
        // After a bar the last part is the site; after a dash it may be the headline's own ("… - Blair").
        if separator != " - ", separator != " – ", separator != " — " { return parts.last }
        return parts.dropLast().joined(separator: separator).lowercased() == title.lowercased() ? parts.last : nil
    }
}

/// What a page says about itself: meta tags, the canonical link, <title>, JSON-LD, <time>.
struct PageMetadata {
    let tree: MarkupTree
    let content: MainContent
    var metas: [String: String] = [:]
    var canonical: String?
    var titleElement: String?
    var linkedData = LinkedData()

    init(_ tree: MarkupTree, content: MainContent) {
        self.tree = tree
        self.content = content
        for i in tree.elements(named: "meta") {
            let a = tree.nodes[i].attributes
            guard let key = (a["property"] ?? a["name"] ?? a["itemprop"])?.lowercased(),
                  let value = a["content"].map(FormatText.collapse), !value.isEmpty, metas[key] == nil else { continue }
            metas[key] = value
        }
        for i in tree.elements(named: "link") where canonical == nil {
            let a = tree.nodes[i].attributes
            if MainContent.words(a["rel"]).contains("canonical"), let href = a["href"], !href.isEmpty { canonical = href }
        }
        titleElement = tree.elements(named: "title").first.map { tree.text(of: $0) }.flatMap { $0.isEmpty ? nil : $0 }
        for i in tree.elements(named: "script") where tree.nodes[i].attributes["type"]?.lowercased() == "application/ld+json" {
            linkedData.read(tree.nodes[i].children.map { tree.nodes[$0].text }.joined())
        }
    }

    var siteName: String? { first("og:site_name") }

    func first(_ keys: String...) -> String? {
        for k in keys { if let v = metas[k] { return v } }
        return nil
    }

    /// A `<time datetime>` in the article (its header too), else anywhere outside navigation,
    /// sidebars, footers and comments.
    func time(in scope: Int) -> String? {
        let times = tree.elements(named: "time").filter { tree.nodes[$0].attributes["datetime"]?.isEmpty == false }
        let inArticle = times.first { tree.isInside($0, scope) && !content.isInFurniture($0) }
        let chosen = inArticle ?? times.first { !content.isInFurniture($0) || tree.nodes[$0].attributes["pubdate"] != nil }
        return chosen.flatMap { tree.nodes[$0].attributes["datetime"] }
    }
}

/// The schema.org article description in a page's JSON-LD scripts.
struct LinkedData {
    var headline: String?
    var datePublished: String?
    var publisher: String?
    var author: String?
    var url: String?

    static let articleTypes: Set<String> = ["article", "newsarticle", "reportagenewsarticle", "blogposting", "analysisnewsarticle",
                                            "opinionnewsarticle", "backgroundnewsarticle", "report", "webpage", "liveblogposting"]

    mutating func read(_ json: String) {
        guard let data = json.data(using: .utf8),
              let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return }
        for object in Self.objects(value) {
            let types = (object["@type"] as? String).map { [$0] } ?? (object["@type"] as? [String]) ?? []
            guard types.contains(where: { Self.articleTypes.contains($0.lowercased()) }) else { continue }
            headline = headline ?? (object["headline"] as? String).map(FormatText.collapse)
            datePublished = datePublished ?? object["datePublished"] as? String
            publisher = publisher ?? Self.name(object["publisher"])
            author = author ?? Self.name(object["author"])
            url = url ?? (object["url"] as? String) ?? (object["mainEntityOfPage"] as? String)
        }
    }

    /// Every object in a JSON-LD value: arrays and `@graph` flattened (bounded depth).
    static func objects(_ value: Any, depth: Int = 0) -> [[String: Any]] {
        guard depth < 8 else { return [] }
        if let array = value as? [Any] { return array.flatMap { objects($0, depth: depth + 1) } }
        guard let object = value as? [String: Any] else { return [] }
        return [object] + (object["@graph"].map { objects($0, depth: depth + 1) } ?? [])
    }

    /// A name from a string, an object with `name`, or the first of an array of either.
    static func name(_ value: Any?) -> String? {
        if let s = value as? String { return s.isEmpty ? nil : FormatText.collapse(s) }
        if let o = value as? [String: Any] { return name(o["name"]) }
        if let a = value as? [Any] { return a.lazy.compactMap { name($0) }.first }
        return nil
    }
}
