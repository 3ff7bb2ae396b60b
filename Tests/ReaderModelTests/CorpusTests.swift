import Foundation
import Testing
@testable import ReaderModel

@Suite struct CorpusLoaderTests {
    func write(_ folder: URL, _ name: String, _ data: Data) {
        let url = folder.appendingPathComponent(name)
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: url.path, contents: data)
    }

    @Test func loadsArticlesRecursivelyAndSkipsWithReasons() throws {
        let dir = temporaryFolder()
        write(dir, "a.txt", Data("Alpha title\n\nBody.".utf8))
        write(dir, "sub/b.md", Data("# Beta title\n\nBody.".utf8))
        write(dir, "c.pdf", Data("%PDF".utf8))
        write(dir, "empty.txt", Data())
        write(dir, "blank.txt", Data("  \n\n ".utf8))
        write(dir, "binary.txt", Data([0x48, 0x00, 0x01, 0x02, 0x49]))
        let corpus = try CorpusLoader().load(paths: [dir.path])
        #expect(corpus.documents.map(\.id) == ["a.txt", "sub/b.md"])
        #expect(corpus.documents.map(\.title) == ["Alpha title", "Beta title"])
        let reasons = Dictionary(corpus.skipped.map { (URL(fileURLWithPath: $0.path).lastPathComponent, $0.reason) }, uniquingKeysWith: { a, _ in a })
        #expect(reasons["c.pdf"] == CorpusLoader.notAnArticle)
        #expect(reasons["empty.txt"] == "empty file")
        #expect(reasons["blank.txt"] == "empty file (only white space)")
        #expect(reasons["binary.txt"] == "binary file, not text")
    }

    @Test func textThatIsNotUTF8IsReadAsWindows1252AndReportedOnce() throws {
        let dir = temporaryFolder()
        write(dir, "bad.txt", Data([0x54, 0x69, 0x74, 0x6C, 0x65, 0x0A, 0x0A, 0x93, 0x42, 0xE9, 0x94, 0x61, 0x64]))
        let corpus = try CorpusLoader().load(paths: [dir.path])
        #expect(corpus.documents.count == 1)
        #expect(corpus.documents[0].text == "Title\n\n\u{201C}Bé\u{201D}ad")
        #expect(corpus.warnings.count == 1)
        #expect(corpus.warnings[0].hasSuffix("bad.txt: not UTF-8: read as Windows-1252"))
    }

    @Test func mostlyUTF8WithABrokenByteKeepsItsUTF8() throws {
        let dir = temporaryFolder()
        write(dir, "bad.txt", Data("Title\n\nCafé “quoted” ".utf8) + Data([0xFF]) + Data(" end".utf8))
        let corpus = try CorpusLoader().load(paths: [dir.path])
        #expect(corpus.documents[0].text == "Title\n\nCafé “quoted” \u{FFFD} end")
        #expect(corpus.warnings.count == 1)
        #expect(corpus.warnings[0].hasSuffix("bad.txt: invalid UTF-8, shown with replacement characters"))
    }

    @Test func aMissingPathIsAnError() {
        #expect(throws: LoadError.noSuchPath("/no/such/folder")) { try CorpusLoader().load(paths: ["/no/such/folder"]) }
        #expect(LoadError.noSuchPath("x").description == "no such file or folder: x")
    }

    @Test func aSingleFileIsAnArticle() throws {
        let dir = temporaryFolder()
        write(dir, "one.txt", Data("One line".utf8))
        let corpus = try CorpusLoader().load(paths: [dir.appendingPathComponent("one.txt").path])
        #expect(corpus.documents.map(\.title) == ["One line"])
    }

    @Test func oversizedFilesAreSkipped() throws {
        let dir = temporaryFolder()
        write(dir, "big.txt", Data(repeating: 0x61, count: 2048))
        var loader = CorpusLoader()
        loader.maxFileSize = 1024
        let corpus = try loader.load(paths: [dir.path])
        #expect(corpus.documents.isEmpty)
        #expect(corpus.skipped.first?.reason.hasPrefix("file too large") == true)
    }

    @Test func theBundledCorpusIsTheFiveSeedArticles() {
        let corpus = CorpusLoader().loadBundled()
        #expect(corpus.documents.count == 5)
        #expect(corpus.documents.allSatisfy { $0.id.hasSuffix(".txt") && !$0.text.isEmpty })
    }
}

@Suite struct DocumentParserTests {
    let parser = DocumentParser(furnitureMarkers: Knowledge.bundled.furniture)

    @Test func datelineGivesSourceAndDate() {
        let doc = parser.parse(Document(id: "x", text: "A title\n\nThe Cradle, December 4, 2023 —\n\nBody text."))
        #expect(doc.source == "The Cradle")
        #expect(doc.date == "2023-12-04")
        #expect(doc.datelineRange != nil)
    }

    @Test func dayMonthYearDatelines() {
        let doc = parser.parse(Document(id: "x", text: "A title\nReuters, 3 January 2020 - Body"))
        #expect(doc.date == "2020-01-03")
        // Prose after the dash: the opening alone is the date line (its first part may be a
        // place as well as a source, so it is not taken as the source).
        #expect(doc.datelineRange == 8..<("A title\nReuters, 3 January 2020 - ".unicodeScalars.count))
    }

    @Test func viaLineGivesSourceAndWhatFollowsIsFurniture() {
        let text = "Title\n\nBody text.\n\nVia American Herald Tribune\n\nMeet Singles Today\n"
        let doc = parser.parse(Document(id: "x", text: text))
        #expect(doc.source == "American Herald Tribune")
        #expect(doc.furnitureStart == Array(text.unicodeScalars).count - "Meet Singles Today\n".count)
    }

    @Test func commentFormsAreFurnitureAndNotAnalysed() {
        let text = "Title\n\nBaghdad said so.\n\nLeave a Reply\n\nYour email address will not be published. Tehran\n"
        let a = analyze([("x.txt", text)])
        #expect(a.documents[0].document.furnitureStart != nil)
        #expect(!mentions(a).map(\.0).contains("Tehran"))
        #expect(mentions(a).map(\.0).contains("Baghdad"))
    }

    @Test func markdownTitlesLoseTheirHashes() {
        #expect(parser.parse(Document(id: "x", text: "\n\n## The Title\nBody")).title == "The Title")
    }
}
