import Foundation
import Testing
@testable import ReaderModel

/// Articles whose text is let go and read again from their files: the same text from every
/// one-article format, a changed file detected, the feed's articles kept, a bound on what stays.
@Suite struct TextOnDemandTests {
    static let files: [String: String] = [
        "a.txt": "Talks in Baghdad\n\nIraqi Prime Minister Mohammed Shia Al Sudani met Qais Khazali in Baghdad. Café, 中文 and 🇫🇷.\n",
        "b.md": "---\ntitle: Vote\ndate: 2020-01-05\n---\n# Vote in *parliament*\n\nThe [Iraqi parliament](https://example.org) voted to expel US troops.\n",
        "c.md": "# Strike near **Erbil**\n\n- A drone struck a base near Erbil.\n- Qais Khazali denied it.\n",
        "d.html": "<html><head><title>Raid - Site</title></head><body><nav>Home | News</nav><article><h1>Raid in Mosul</h1><p>Forces raided a house in Mosul on Monday, officials said.</p><p>Two men were held &amp; questioned.</p></article></body></html>",
        "e.rss": "<rss version=\"2.0\"><channel><title>Feed</title><item><title>One</title><description>First item text about Basra.</description></item><item><title>Two</title><description>Second item text about Kirkuk.</description></item></channel></rss>",
    ]

    static func folder() throws -> URL {
        let root = temporaryFolder()
        for (name, text) in files { try text.write(to: root.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return root
    }

    static func load(_ root: URL, residency: TextResidency?) throws -> Corpus {
        var loader = CorpusLoader()
        loader.textResidency = residency
        return try loader.load(paths: [root.path])
    }

    @Test func theTextReadAgainIsTheTextFirstRead() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let held = try Self.load(root, residency: nil)
        let corpus = try Self.load(root, residency: TextResidency())
        #expect(held.documents.map(\.id) == corpus.documents.map(\.id))
        #expect(held.documents.allSatisfy { $0.textSource == nil })
        corpus.releaseTexts()
        for (a, b) in zip(held.documents, corpus.documents) {
            if b.id.hasPrefix("e.rss") {
                #expect(b.textSource == nil, "a feed's items stay held")
            } else {
                let source = try #require(b.textSource, "\(b.id)")
                #expect(!source.isHeld)
                #expect(b.textCount == a.scalars.count && b.analysedEnd == a.analysedEnd, "known without reading the file")
                #expect(!source.isHeld)
                #expect(b.scalars == a.scalars, "\(b.id)")
                #expect(source.isHeld)
                #expect(!b.textChangedOnDisk)
            }
            #expect(b.text == a.text && b.title == a.title && b.titleRange == a.titleRange)
        }
    }

    @Test func aCopyOfTheDocumentSharesTheText() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let corpus = try Self.load(root, residency: TextResidency())
        let copy = corpus.documents[0]
        #expect(copy.textSource?.isHeld == true)
        corpus.releaseTexts(keeping: [1])
        #expect(copy.textSource?.isHeld == false)
        #expect(corpus.documents[1].textSource?.isHeld == true)
    }

    @Test func aFileChangedOnDiskIsDetected() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let corpus = try Self.load(root, residency: TextResidency())
        let d = try #require(corpus.documents.firstIndex { $0.id == "a.txt" })
        // Same length, one letter changed: offsets would still fit, the words would not.
        try Self.files["a.txt"]!.replacingOccurrences(of: "Baghdad.", with: "Bagdhad.")
            .write(to: root.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        #expect(!corpus.documents[d].textChangedOnDisk, "held text is the text analysed")
        corpus.releaseTexts()
        #expect(corpus.documents[d].text.contains("Bagdhad."))
        #expect(corpus.documents[d].textChangedOnDisk)
        // A file gone reads as no text, and is reported the same way.
        let e = try #require(corpus.documents.firstIndex { $0.id == "c.md" })
        try FileManager.default.removeItem(at: root.appendingPathComponent("c.md"))
        #expect(!corpus.documents[e].textChangedOnDisk)
        corpus.releaseTexts()
        #expect(corpus.documents[e].scalars.isEmpty)
        #expect(corpus.documents[e].textChangedOnDisk)
    }

    @Test func textsReadAgainStayWithinTheLimit() throws {
        let root = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        for n in 0..<20 { try "Title \(n)\n\nBody of article \(n).\n".write(to: root.appendingPathComponent("\(n).txt"), atomically: true, encoding: .utf8) }
        let corpus = try Self.load(root, residency: TextResidency(limit: 5))
        #expect(corpus.documents.filter { $0.textSource?.isHeld == true }.count == 20, "held as loaded")
        corpus.releaseTexts()
        #expect(corpus.documents.allSatisfy { $0.textSource?.isHeld == false })
        for document in corpus.documents { #expect(document.text.hasPrefix("Title ")) }
        let held = corpus.documents.indices.filter { corpus.documents[$0].textSource?.isHeld == true }
        #expect(held == Array(15..<20), "the five read last")
    }

    @Test func theReaderSaysAChangedFileAndDrawsNoHighlights() throws {
        let root = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let text = "Talks in Berlin\n\nChancellor Angela Merkel met Emmanuel Macron in Berlin on Monday.\n"
        try text.write(to: root.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let corpus = try Self.load(root, residency: TextResidency())
        let analysis = Analysis(corpus: corpus)
        #expect(analysis.documents[0].mentions.contains { $0.text == "Angela Merkel" })
        /// The styles of the cells showing `name` after "Chancellor " in the article.
        func styles(of name: String, _ reader: Reader) throws -> Set<Style> {
            let frame = Renderer.frame(reader)
            let row = try #require((0..<frame.height).first { frame.text(row: $0).contains("Chancellor " + name) })
            let line = frame.text(row: row)
            let start = line.distance(from: line.startIndex, to: try #require(line.range(of: "Chancellor " + name)).lowerBound) + 11
            return Set((start..<start + name.count).map { frame[row, $0].style })
        }
        corpus.releaseTexts()
        let unchanged = Reader(world: ReaderWorld(analysis: analysis), width: 120, height: 30)
        #expect(try styles(of: "Angela Merkel", unchanged) == [.person], "read again unchanged: highlighted")
        #expect(!Renderer.frame(unchanged).text.contains("changed on disk"))
        // The same length, other words: the offsets would fall on "Angelo Merkle".
        try text.replacingOccurrences(of: "Angela Merkel", with: "Angelo Merkle")
            .write(to: root.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        corpus.releaseTexts()
        let reader = Reader(world: ReaderWorld(analysis: analysis), width: 120, height: 30)
        let frame = Renderer.frame(reader)
        #expect(frame.text.contains("Angelo Merkle"))
        #expect(frame.text.contains("a.txt changed on disk since it was read"))
        #expect(try styles(of: "Angelo Merkle", reader) == [.normal])
        #expect(try styles(of: "Angelo Merkle met Emmanuel Macron in Berlin", reader) == [.normal])
    }
}
