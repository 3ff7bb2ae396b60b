import Foundation
import Testing
@testable import ReaderModel

/// The acceptance case: one folder with a saved web page, an RSS feed of two items,
/// a JSON Lines file of two records and a Markdown file with front matter.
@Suite struct FormatFolderTests {
    @Test func aFolderOfFormatsGivesSixArticlesWithTheirMetadata() throws {
        let corpus = try CorpusLoader().load(paths: [Fixtures.path("formats")])
        #expect(corpus.skipped.isEmpty)
        #expect(corpus.warnings.isEmpty)
        let docs = Dictionary(uniqueKeysWithValues: corpus.documents.map { ($0.id, $0) })
        #expect(corpus.documents.map(\.id) == ["briefing.md", "feed.rss#1", "feed.rss#2", "page.html", "records.jsonl#1", "records.jsonl#2"])
        let expected: [String: (String, String, String)] = [
            "page.html": ("Militia commander killed in drone strike near Baghdad airport", "2020-01-03", "The Meridian Post"),
            "feed.rss#1": ("Iraqi parliament votes to expel foreign troops", "2020-01-05", "Gulf Wire"),
            "feed.rss#2": ("Funeral crowds fill the streets of Ahvaz", "2020-01-05", "Gulf Wire"),
            "records.jsonl#1": ("Rockets hit Ain al-Asad air base", "2020-01-08", "Desert Dispatch"),
            "records.jsonl#2": ("Ukrainian airliner crashes after takeoff from Tehran", "2020-01-08", "Northern Ledger"),
            "briefing.md": ("Week in review: the Baghdad strike and its aftermath", "2020-01-10", "Analyst Notes"),
        ]
        for (id, (title, date, source)) in expected {
            let doc = try #require(docs[id])
            #expect(doc.title == title, "\(id)")
            #expect(doc.date == date, "\(id)")
            #expect(doc.dateFromMetadata, "\(id)")
            #expect(doc.source == source, "\(id)")
        }
        // The analysis and its export keep the metadata's dates and sources.
        let analysis = Analysis(corpus: corpus)
        let export = ExportFormat(analysis)
        for record in export.documents {
            #expect(record.date == expected[record.id]?.1, "\(record.id)")
            #expect(record.source == expected[record.id]?.2, "\(record.id)")
            #expect(record.text == docs[record.id]?.text, "extracted articles carry their text")
        }
        // Nothing from scripts, navigation, share bars, adverts, comments, sidebar or footer.
        let names = analysis.entities.flatMap { [$0.name] + $0.aliases }
        for name in Fixtures.furnitureNames {
            #expect(!names.contains { $0.contains(name) || name.contains($0) }, "\(name)")
            #expect(!corpus.documents.contains { $0.text.contains(name) }, "\(name)")
        }
        // And the article's own actors are there.
        for name in ["Qassem Soleimani", "Abu Mahdi al-Muhandis", "Popular Mobilization Forces", "Baghdad"] {
            #expect(names.contains(name), "\(name)")
        }
    }

    /// The check above could fail: the furniture's names are found when they are article text.
    @Test func theFurnitureNamesWouldBeFoundInArticleText() {
        let analysis = analyze([("a.txt", "Visit\n\nMargaret Whitfield and Thomas Greaves met Daniel Okafor in Geneva on Monday, said Sarah Lindqvist from Lisbon.")])
        let names = Set(analysis.entities.map(\.name))
        for name in Fixtures.furnitureNames { #expect(names.contains(name), "\(name)") }
    }

    @Test func mentionOffsetsIndexTheExtractedText() throws {
        let corpus = try CorpusLoader().load(paths: [Fixtures.path("formats")])
        let analysis = Analysis(corpus: corpus)
        for doc in analysis.documents {
            for m in doc.mentions {
                #expect(doc.document.slice(m.start..<m.end) == m.text)
            }
        }
        let page = try #require(analysis.documents.first { $0.document.id == "page.html" })
        #expect(page.mentions.contains { $0.text == "Qassem Soleimani" })
    }

    @Test func brokenFilesAreReportedAndTheRestKept() throws {
        let corpus = try CorpusLoader().load(paths: [Fixtures.path("broken")])
        let ids = corpus.documents.map(\.id)
        // Truncated HTML still gives the article up to the cut.
        #expect(ids.contains("truncated.html"))
        // The invalid feed's first item is recovered, with the error reported.
        #expect(ids.contains("invalid.rss#1"))
        #expect(corpus.warnings.contains { $0.contains("invalid.rss: invalid XML (line 12: ") && $0.hasSuffix("; 1 item recovered") })
        // A JSON line that does not parse is reported by number; the other lines are kept.
        #expect(ids.contains("bad-line.jsonl#1") && ids.contains("bad-line.jsonl#2"))
        #expect(corpus.warnings.contains { $0.hasSuffix("bad-line.jsonl: line 2: not valid JSON, skipped") })
        #expect(corpus.warnings.contains { $0.hasSuffix("bad-line.jsonl: 1 record without text skipped") })
        let reasons = Dictionary(uniqueKeysWithValues: corpus.skipped.map { (URL(fileURLWithPath: $0.path).lastPathComponent, $0.reason) })
        #expect(reasons["cut.json"] == "not valid JSON")
        #expect(reasons["not-a-feed.xml"] == "XML that is not an RSS or Atom feed (root <config>)")
    }
}

@Suite struct MarkdownInTheReaderTests {
    /// Markdown without front matter keeps the file's offsets (marks read as spaces); the reader
    /// draws the text without the marks and without the gaps they leave.
    @Test func markdownReadsAsTextInTheArticlePane() throws {
        let dir = temporaryFolder()
        let source = "# **Obama** meets Blair\n\n**Barack Obama** met [Tony Blair](http://example.com/a/long/address) in _London_.\n"
        _ = FileManager.default.createFile(atPath: dir.appendingPathComponent("note.md").path, contents: Data(source.utf8))
        let corpus = try CorpusLoader().load(paths: [dir.path])
        let doc = try #require(corpus.documents.first)
        #expect(doc.title == "Obama meets Blair")
        #expect(doc.scalars.count == source.unicodeScalars.count)
        let layout = ArticleLayout(document: doc, width: 80)
        let lines = layout.lines.map { String(String.UnicodeScalarView($0.scalars)) }.filter { !$0.isEmpty }
        #expect(lines == ["Obama meets Blair", "Barack Obama met Tony Blair in London ."])
        #expect(doc.links.map(\.url) == ["http://example.com/a/long/address"])
    }
}
