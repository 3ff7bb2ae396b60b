import Foundation
import Testing
@testable import ReaderModel

@Suite struct HTMLReaderTests {
    @Test func theSavedPageGivesTheArticleOnly() throws {
        let output = HTMLReader.read(Fixtures.text("formats/page.html"))
        let article = try #require(output.articles.first)
        #expect(article.url == "https://meridian.example/world/2020/01/03/baghdad-strike")
        #expect(article.author == "Leila Haddad")
        // Entities decoded; the title not repeated; furniture gone.
        #expect(article.text.contains("the group’s press office"))
        #expect(article.text.contains("“an act of international terrorism” & warned"))
        #expect(article.text.components(separatedBy: "Militia commander killed").count == 2)
        for furniture in ["Share on Facebook", "Advertisement", "Comments", "Most read", "©", "analytics", "display: flex", "World"] {
            #expect(!article.text.contains(furniture), "\(furniture)")
        }
        #expect(article.text.hasPrefix("Militia commander killed in drone strike near Baghdad airport\n\nA US drone strike"))
        #expect(article.text.hasSuffix("presence of foreign troops."))
    }

    @Test func titleFallsBackToTheHeadingThenTheTitleLessTheSite() {
        let body = "<p>" + String(repeating: "The council met again on Tuesday to discuss the budget. ", count: 3) + "</p>"
        let withH1 = HTMLReader.read("<html><head><title>Council meets | Town Crier</title></head><body><article><h1>Council meets again</h1>\(body)</article></body></html>")
        #expect(withH1.articles.first?.title == "Council meets again")
        #expect(withH1.articles.first?.source == "Town Crier")
        let titleOnly = HTMLReader.read("<html><head><title>Town Crier - Council meets again</title><meta property=\"og:site_name\" content=\"Town Crier\"></head><body>\(body)</body></html>")
        #expect(titleOnly.articles.first?.title == "Council meets again")
        #expect(titleOnly.articles.first?.source == "Town Crier")
    }

    @Test func aTitleKeepsASeparatorThatIsNotBeforeTheSiteName() {
        let body = "<p>" + String(repeating: "The council met again on Tuesday to discuss the budget. ", count: 3) + "</p>"
        func title(_ head: String) -> String? { HTMLReader.read("<html><head>\(head)</head><body>\(body)</body></html>").articles.first?.title }
        #expect(title("<meta property=\"og:title\" content=\"Abortion not a poll issue - Blair\"><meta property=\"og:site_name\" content=\"Example News\">") == "Abortion not a poll issue - Blair")
        #expect(title("<meta property=\"og:title\" content=\"Talks resume | Town Crier\"><meta property=\"og:site_name\" content=\"Town Crier\">") == "Talks resume")
        #expect(title("<title>Abortion not a poll issue - Blair | Example News</title><meta property=\"og:site_name\" content=\"Example News\">") == "Abortion not a poll issue - Blair")
    }

    @Test func datesFromJSONLDThenTimeElements() {
        let body = "<p>" + String(repeating: "The council met again on Tuesday to discuss the budget. ", count: 3) + "</p>"
        let ld = HTMLReader.read("""
            <html><head><script type="application/ld+json">{"@graph": [{"@type": "WebSite"}, {"@type": ["NewsArticle"], "headline": "LD title", "datePublished": "2021-06-02T10:00:00Z", "publisher": {"name": "LD Times"}}]}</script></head>
            <body>\(body)</body></html>
            """)
        #expect(ld.articles.first?.title == "LD title")
        #expect(ld.articles.first?.date.flatMap(MetadataDate.iso) == "2021-06-02")
        #expect(ld.articles.first?.source == "LD Times")
        let time = HTMLReader.read("<html><body><nav><time datetime=\"1999-01-01\">x</time></nav><article><time datetime=\"2021-07-04T09:00\">4 July</time>\(body)</article></body></html>")
        #expect(time.articles.first?.date == "2021-07-04T09:00")
    }

    @Test func linksKeepTheirTextAndAddress() throws {
        let html = "<html><body><div><p>" + String(repeating: "Words of the article come first here. ", count: 3)
            + "The <a href=\"https://x.example/un\">United Nations</a> said so.</p></div></body></html>"
        let article = try #require(HTMLReader.read(html).articles.first)
        let link = try #require(article.links.first)
        #expect(link.url == "https://x.example/un")
        let scalars = Array(article.text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[link.range])) == "United Nations")
    }

    @Test func aPageWithoutTextAndGarbageDoNotCrash() {
        #expect(HTMLReader.read("<html><body><nav>Home</nav></body></html>").failure == "no article text found in the page")
        #expect(HTMLReader.read("").failure != nil)
        let garbage = HTMLReader.read("<<<>>>&&&;;;\u{0}\u{1B}[31m")
        #expect(garbage.articles.allSatisfy { !$0.text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" } })
        // Nesting deeper than the tree keeps is flattened, its text kept.
        let deep = String(repeating: "<div>", count: 240) + "<p>" + String(repeating: "Deep text is still text. ", count: 3) + "</p>"
        #expect(HTMLReader.read(deep).articles.first?.text.contains("Deep text") == true)
        // Deeper than libxml2 parses: a clear failure, no crash.
        let deeper = String(repeating: "<div>", count: 20_000) + "<p>Text</p>"
        #expect(HTMLReader.read(deeper).failure != nil || HTMLReader.read(deeper).articles.count == 1)
    }
}

@Suite struct FeedReaderTests {
    @Test func rssItemsAreArticles() throws {
        let output = FeedReader.read(Fixtures.text("formats/feed.rss"))
        #expect(output.problems.isEmpty)
        #expect(output.articles.count == 2)
        let first = output.articles[0]
        #expect(first.url == "https://gulfwire.example/2020/01/05/parliament-vote")
        #expect(first.author == "Omar Saleh")
        #expect(first.text.contains("Iraq’s parliament voted on Sunday"))
        #expect(!first.text.contains("Share on Twitter"))
        #expect(!first.text.contains("non-binding"), "content:encoded is preferred to the description")
        // Escaped HTML in a description is read as HTML.
        #expect(output.articles[1].text.contains("Follow our live coverage for updates"))
        #expect(!output.articles[1].text.contains("<"))
    }

    @Test func atomEntriesAreArticles() throws {
        let output = FeedReader.read(Fixtures.text("more/feed.atom"))
        let entry = try #require(output.articles.first)
        #expect(entry.title == "Talks in Muscat & Doha")
        #expect(entry.source == "Levant Letters")
        #expect(entry.date.flatMap(MetadataDate.iso) == "2020-01-11", "published, not updated")
        #expect(entry.author == "Nadia Karam")
        #expect(entry.url == "https://levant.example/2020/01/11/talks")
        #expect(entry.text.hasSuffix("Envoys met in Muscat on Saturday to discuss a way to lower tensions between Tehran and Washington."))
    }

    @Test func invalidAndForeignXMLAreReported() {
        let broken = FeedReader.read(Fixtures.text("broken/invalid.rss"))
        #expect(broken.articles.map(\.title) == ["First item survives"])
        #expect(broken.problems.contains { $0.hasPrefix("invalid XML (line 12: ") })
        #expect(FeedReader.read("<feed").failure?.hasPrefix("invalid XML") == true)
        #expect(FeedReader.read(Fixtures.text("broken/not-a-feed.xml")).failure == "XML that is not an RSS or Atom feed (root <config>)")
    }

    @Test func externalEntitiesAreNotLoaded() {
        let xxe = """
            <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
            <rss><channel><title>T</title><item><title>x</title><description>before &secret; after</description></item></channel></rss>
            """
        let text = FeedReader.read(xxe).articles.first?.text ?? ""
        #expect(text.contains("before"))
        let host = (try? String(contentsOfFile: "/etc/hostname", encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "no-host-file"
        #expect(!text.contains(host))
    }
}

@Suite struct RecordReaderTests {
    @Test func jsonLinesWithABrokenLine() {
        let output = RecordReader.readLines(Fixtures.text("broken/bad-line.jsonl"))
        #expect(output.articles.map(\.title) == ["A good first record", "A good last record"])
        #expect(output.problems == ["line 2: not valid JSON, skipped", "1 record without text skipped"])
    }

    @Test func jsonObjectsHoldingArticles() throws {
        let output = RecordReader.readJSON(Fixtures.text("more/articles.json"))
        #expect(output.problems == ["1 record without text skipped"])
        let a = try #require(output.articles.first)
        #expect(a.source == "Kurdistan Courier")
        #expect(a.date == "2020-01-13", "a Unix timestamp")
        #expect(a.text == "Drone debris found near Erbil\n\nOfficials in Erbil said debris from a drone was found near the airport on Monday.")
        #expect(RecordReader.readJSON(Fixtures.text("broken/cut.json")).failure == "not valid JSON")
        #expect(RecordReader.readJSON("[1, 2]").failure == "no record with text")
    }

    @Test func fieldNamesAreRecognised() throws {
        let a = try #require(RecordReader.readJSON(#"{"Headline": "H", "article": "Body text.", "pubDate": "Tue, 05 Mar 2024 10:00:00 GMT", "site": "S", "permalink": "https://p", "authors": ["A", "B"]}"#).articles.first)
        #expect(a.title == "H")
        #expect(a.date.flatMap(MetadataDate.iso) == "2024-03-05")
        #expect(a.source == "S")
        #expect(a.url == "https://p")
        #expect(a.author == "A, B")
    }

    @Test func csvWithAHeaderRow() throws {
        let output = RecordReader.readCSV(Fixtures.text("more/records.csv"))
        #expect(output.problems == ["1 record without text skipped"])
        let a = try #require(output.articles.first)
        #expect(a.title == "Troops leave Baghdad base")
        #expect(a.source == "Desert Dispatch")
        #expect(a.date == "2020-01-09")
        #expect(a.text.hasSuffix("officials said, \"on schedule\" after talks."))
        #expect(RecordReader.readCSV("a,b\n1,2\n").failure?.hasPrefix("CSV header names no text column") == true)
    }
}

@Suite struct MarkdownReaderTests {
    @Test func withoutFrontMatterOffsetsStayInTheFile() throws {
        let source = "# **Obama** meets Blair\n\n**Barack Obama** met [Tony Blair](http://example.com/blair) in _London_.\nHe left on `Monday`.\n\n- one\n  - two\n\n> quoted\n"
        let output = MarkdownReader.read(source)
        let a = try #require(output.articles.first)
        #expect(!a.isExtracted)
        #expect(a.text.unicodeScalars.count == source.unicodeScalars.count)
        let lines = a.text.components(separatedBy: "\n")
        #expect(lines[0].trimmingCharacters(in: .whitespaces) == "Obama   meets Blair")
        #expect(!a.text.contains("*") && !a.text.contains("http") && !a.text.contains("`") && !a.text.contains("["))
        // The same code points where the file has text.
        let s = Array(source.unicodeScalars), t = Array(a.text.unicodeScalars)
        for (i, c) in t.enumerated() where c != " " { #expect(s[i] == c) }
        let link = try #require(a.links.first)
        #expect(link.url == "http://example.com/blair")
        #expect(String(String.UnicodeScalarView(t[link.range])) == "Tony Blair")
        #expect(a.blocks.map(\.kind) == [.heading(1), .listItem(depth: 0), .listItem(depth: 1), .quote])
        // A soft line break inside a paragraph reads as a space.
        #expect(a.text.contains("London .He left") || a.text.contains("London . He left"))
    }

    @Test func frontMatterIsMetadataNotText() throws {
        let output = MarkdownReader.read(Fixtures.text("formats/briefing.md"))
        let a = try #require(output.articles.first)
        #expect(a.isExtracted)
        #expect(a.title == "Week in review: the Baghdad strike and its aftermath")
        #expect(a.date == "2020-01-10")
        #expect(a.source == "Analyst Notes")
        #expect(a.url == "https://notes.example/week-2")
        #expect(a.author == "Priya Raman")
        #expect(!a.text.contains("Priya") && !a.text.contains("---") && !a.text.contains("notes.example"))
        #expect(a.text.hasPrefix("Week in review: the Baghdad strike and its aftermath\n\nWeek in review\n\nThe killing of Qassem Soleimani on 3 January set off a week of crises."))
        let t = Array(a.text.unicodeScalars)
        let texts = a.links.map { String(String.UnicodeScalarView(t[$0.range])) }
        #expect(texts == ["Qassem Soleimani", "map of Iraq", "Ain al-Asad"])
        #expect(a.links.last?.url == "https://en.example.org/wiki/Al_Asad_Airbase")
        let heading = try #require(a.blocks.first { $0.kind == .heading(2) })
        #expect(String(String.UnicodeScalarView(t[heading.range])) == "What happened")
        #expect(a.titleRange == 0..<52)
    }

    @Test func invalidFrontMatterIsReported() {
        let output = MarkdownReader.read("---\ntitle: [unclosed\n---\nBody here.\n")
        #expect(output.problems.count == 1)
        #expect(output.articles.first?.text == "Body here.")
    }
}

@Suite struct MetadataDateTests {
    @Test func theUsualForms() {
        #expect(MetadataDate.iso("2020-01-03T06:30:00+03:00") == "2020-01-03")
        #expect(MetadataDate.iso("2020-01-03") == "2020-01-03")
        #expect(MetadataDate.iso("2020-01") == "2020-01")
        #expect(MetadataDate.iso("2020") == "2020")
        #expect(MetadataDate.iso("Sun, 05 Jan 2020 18:20:00 +0300") == "2020-01-05")
        #expect(MetadataDate.iso("5 Jan 20 18:20 GMT") == "2020-01-05")
        #expect(MetadataDate.iso("January 5, 2020") == "2020-01-05")
        #expect(MetadataDate.iso("1578916800") == "2020-01-13")
        #expect(MetadataDate.iso("2020-02-30") == nil)
        #expect(MetadataDate.iso("2020-13-01") == nil)
        #expect(MetadataDate.iso("yesterday") == nil)
        #expect(MetadataDate.iso("") == nil)
    }
}

@Suite struct FormatRobustnessTests {
    /// Every fixture cut at many points, and with bytes flipped, reads without a crash, and
    /// no control character reaches an article's text.
    @Test func cutAndCorruptedFilesReadSafely() {
        let files = ["formats/page.html", "formats/feed.rss", "formats/records.jsonl", "formats/briefing.md",
                     "more/feed.atom", "more/articles.json", "more/records.csv"]
        for file in files {
            let text = Fixtures.text(file)
            let format = ArticleFormat(fileName: file)!
            let scalars = Array(text.unicodeScalars)
            var variants: [String] = []
            for cut in stride(from: 0, to: scalars.count, by: max(1, scalars.count / 60)) {
                variants.append(String(String.UnicodeScalarView(scalars[..<cut])))
                var flipped = scalars
                flipped[cut] = ["<", ">", "\"", "&", "\u{1B}", "\u{0}", "]", "{"][cut % 8]
                variants.append(String(String.UnicodeScalarView(flipped)))
            }
            for variant in variants {
                let output = format.read(variant)
                #expect(output.failure != nil || !output.articles.isEmpty, "\(file)")
                for article in output.articles where format != .markdown {
                    #expect(!article.text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(file)")
                }
            }
        }
    }

    /// A large page is read in time proportional to its size (a regression here shows as a hang).
    @Test func aLargePageIsReadWhole() throws {
        var html = "<html><body>"
        for i in 0..<3000 {
            html += "<div class=\"block\"><div><p>Paragraph \(i) of a long page, with words enough to count as text.</p><a href=\"/x\">link</a></div></div>"
        }
        html += "</body></html>"
        let article = try #require(HTMLReader.read(html).articles.first)
        #expect(article.text.contains("Paragraph 0 of"))
        #expect(article.text.contains("Paragraph 2999 of"))
    }
}

@Suite struct HTMLLayoutsTests {
    static let prose = "The delegation arrived in the capital on Monday for talks that were expected to last several days, officials said."

    /// One paragraph per block, as many news sites write them: the blocks' container is the article.
    @Test func paragraphsEachInTheirOwnBlock() throws {
        let blocks = (1...6).map { "<div data-component=\"text-block\"><p>\($0). \(Self.prose)</p></div>" }.joined()
        let html = """
            <html><body><div id="orb-nav"><a href="/">Home</a> <a href="/news">News</a></div>
            <article><header><h1>Talks begin in the capital</h1><time datetime="2022-05-09T08:00:00Z">9 May</time></header>
            \(blocks)
            <div data-component="links-block"><ul><li><a href="/1">Related: earlier talks collapsed</a></li><li><a href="/2">Profile of the envoy</a></li></ul></div>
            </article><div class="promo"><p>Sign up to our newsletter for a daily briefing of the news that matters.</p></div></body></html>
            """
        let article = try #require(HTMLReader.read(html).articles.first)
        #expect(article.title == "Talks begin in the capital")
        #expect(article.date == "2022-05-09T08:00:00Z")
        for n in 1...6 { #expect(article.text.contains("\(n). The delegation arrived")) }
        #expect(!article.text.contains("Related") && !article.text.contains("newsletter") && !article.text.contains("Home"))
    }

    /// A blog layout: the entry with a share block inside, comments and a sidebar of links after it.
    @Test func aBlogEntryWithCommentsAndSidebar() throws {
        let html = """
            <html><head><title>Talks begin - The Envoy Blog</title></head><body>
            <div id="page"><div id="primary"><div class="entry-content">
            <p>\(Self.prose)</p><p>\(Self.prose)</p>
            <div class="sharedaddy sd-sharing-enabled"><h3>Share this:</h3><a href="/s">Twitter</a></div>
            <blockquote><p>We came to listen, the envoy said before the first session opened.</p></blockquote>
            </div>
            <div id="comments"><ol class="comment-list"><li><p>A reader writes at length about something unrelated to the talks entirely.</p></li></ol></div>
            </div>
            <div id="secondary" class="widget-area"><p>Archives and categories for the whole of this blog since it started.</p></div></div>
            </body></html>
            """
        let article = try #require(HTMLReader.read(html).articles.first)
        #expect(article.title == "Talks begin")
        #expect(article.source == "The Envoy Blog")
        #expect(article.text.contains("We came to listen"))
        #expect(article.blocks.contains { $0.kind == .quote })
        #expect(!article.text.contains("Share this") && !article.text.contains("A reader writes") && !article.text.contains("Archives"))
    }
}
