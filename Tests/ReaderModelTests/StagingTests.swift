import Foundation
import Testing
@testable import ReaderModel

/// The first screen before the whole analysis: a provisional world, progress, and the whole
/// world taken without moving the reader.
@Suite struct StagingTests {
    static let articles: [(String, String)] = [
        ("a.txt", "Blair meets Bush in Washington\n\nTony Blair met George Bush in Washington on Monday. Blair said the talks went well."),
        ("b.txt", "Bush visits London\n\nGeorge Bush visited London, where Tony Blair welcomed him."),
        ("c.txt", "Rain in Paris\n\nIt rained in Paris all week, Météo-France said."),
        ("d.txt", "Bush and Blair again\n\nBush and Blair spoke by telephone from Washington and London."),
    ]

    static func corpus() -> Corpus {
        let parser = DocumentParser(furnitureMarkers: Knowledge.bundled.furniture)
        return Corpus(name: "test", documents: articles.map { parser.parse(Document(id: $0.0, text: $0.1)) })
    }

    static func provisional(first: [Int] = [0]) -> ReaderWorld {
        let corpus = corpus()
        let analyzer = ArticleAnalyzer()
        var analysed: [Int: ArticleAnalysis] = [:]
        for d in first { analysed[d] = analyzer.analyse(corpus.documents[d]) }
        return ReaderWorld(provisional: Analysis.provisional(corpus: corpus, analysed: analysed))
    }

    static let whole = ReaderWorld(analysis: Analysis(corpus: corpus(), events: false))

    @Test func linkingStagedPerArticleResultsIsTheOneShotAnalysis() {
        let corpus = Self.corpus()
        let articles = ArticleAnalyzer().analyseAll(corpus.documents)
        let staged = Analysis(corpus: corpus, articles: articles)
        let oneShot = Analysis(corpus: corpus)
        #expect(staged.entities.map(\.name) == oneShot.entities.map(\.name))
        #expect(staged.entities.map(\.documents) == oneShot.entities.map(\.documents))
        #expect(staged.documents.map { $0.mentions.map(\.type) } == oneShot.documents.map { $0.mentions.map(\.type) })
        #expect(staged.documents.map(\.entityOfMention) == oneShot.documents.map(\.entityOfMention))
    }

    @Test func theProvisionalWorldHasEveryTitleButOnlyTheFirstArticlesAnalysis() {
        let world = Self.provisional()
        #expect(!world.isComplete && Self.whole.isComplete)
        #expect(world.documentCount == 4)
        #expect(!world.analysis.documents[0].mentions.isEmpty)
        #expect(world.analysis.documents[1...].allSatisfy { $0.mentions.isEmpty })
        // Its entities are the first article's, linked within it.
        #expect(Set(world.analysis.entities.map(\.name)).isSuperset(of: ["Tony Blair", "Washington"]))
        #expect(world.analysis.entities.allSatisfy { $0.documents == [0] })
        #expect(world.eventsIfReady == nil)
    }

    @Test func theFirstScreenShowsTheListTheFirstArticleAndTheProgress() {
        var reader = Reader(world: Self.provisional(), width: 140, height: 30)
        reader.receive(.progress(AnalysisProgress.Snapshot(done: 1, total: 4, elapsed: 0.5)))
        let text = Renderer.frame(reader).text
        for (_, article) in Self.articles { #expect(text.contains(String(article.split(separator: "\n")[0].prefix(12)))) }
        #expect(text.contains("document 1 of 4"))
        #expect(text.contains("Tony Blair"))
        #expect(text.contains("analysing 1/4"))
        #expect(text.contains("finding events…"))
        #expect(reader.isAnalysing)
    }

    @Test func keysNeedingTheWholeCollectionSayHowFarTheAnalysisIs() {
        var reader = Reader(world: Self.provisional(), width: 140, height: 30)
        reader.receive(.progress(AnalysisProgress.Snapshot(done: 2, total: 4, elapsed: 1)))
        reader.handle(.character("t"))
        #expect(reader.state.overlay == .none)
        #expect(reader.state.message == "the timeline: still analysing, 2 of 4 articles done")
        reader.handle(.character("S"))
        #expect(reader.state.prompt == nil)
        #expect(reader.state.message == "searching all articles: still analysing, 2 of 4 articles done")
        reader.receive(.progress(AnalysisProgress.Snapshot(done: 4, total: 4, elapsed: 1, phase: .related)))
        reader.handle(.character("r"))
        #expect(reader.state.message == "related articles: still weighing related articles")
        // Moving and opening other articles still works meanwhile.
        reader.handle(.character("j"))
        reader.handle(.enter)
        #expect(reader.state.openDocument == 1)
    }

    @Test func theWholeWorldArrivesWhereTheReaderIs() {
        var reader = Reader(world: Self.provisional(), width: 140, height: 30)
        reader.handle(.character("o"))          // sorted by date: a choice made before the analysis ended
        let order = reader.state.list.order
        reader.handle(.character(":")); reader.handle(.character("4")); reader.handle(.enter)
        #expect(reader.state.openDocument == 3)
        #expect(reader.world.analysis.documents[3].mentions.isEmpty)
        reader.receive(.progress(AnalysisProgress.Snapshot(done: 3, total: 4, elapsed: 1)))
        reader.receive(.finished(Self.whole))
        #expect(!reader.isAnalysing)
        #expect(reader.state.analysisProgress == nil)
        #expect(reader.state.openDocument == 3)
        #expect(reader.state.list.order == order)
        #expect(reader.state.back.count == 1)
        // The open article now has its mentions, and the keys that waited work.
        #expect(!reader.world.analysis.documents[3].mentions.isEmpty)
        let text = Renderer.frame(reader).text
        #expect(!text.contains("analysing"))
        reader.handle(.character("S"))
        #expect(reader.state.prompt?.scope == .corpus)
    }

    @Test func anOpenEntityCardIsFoundAgainByName() throws {
        var reader = Reader(world: Self.provisional(), width: 140, height: 30)
        let provisional = reader.world.analysis.entities
        let blair = try #require(provisional.firstIndex { $0.name == "Tony Blair" })
        reader.state.sidebarMode = .entity(blair)
        reader.receive(.finished(Self.whole))
        guard case .entity(let e) = reader.state.sidebarMode else { Issue.record("card closed"); return }
        #expect(reader.world.analysis.entities[e].name == "Tony Blair")
        #expect(reader.world.analysis.entities[e].documents.count > 1)
    }

    @Test func progressAfterTheWholeWorldIsIgnored() {
        var reader = Reader(world: Self.whole, width: 140, height: 30)
        reader.receive(.progress(AnalysisProgress.Snapshot(done: 1, total: 4, elapsed: 1)))
        #expect(reader.state.analysisProgress == nil)
        reader.handle(.character("t"))
        #expect(reader.state.overlay == .timeline)
    }

    @Test func theProgressTextCountsRateAndStage() {
        let s = AnalysisProgress.Snapshot(done: 1234, total: 16768, elapsed: 2)
        let status = AnalysisProgressText.status(s, width: 44)
        #expect(status.hasPrefix("analysing 1,234/16,768 ▕"))
        #expect(status.hasSuffix("▏ 617/s"))
        #expect(status.count <= 44)
        #expect(AnalysisProgressText.bar(0, width: 6) == "▕    ▏")
        #expect(AnalysisProgressText.bar(1, width: 6) == "▕████▏")
        #expect(AnalysisProgressText.bar(0.5, width: 6) == "▕██  ▏")
        #expect(AnalysisProgressText.bar(0.0625, width: 6) == "▕▎   ▏")
        let linking = AnalysisProgress.Snapshot(done: 4, total: 4, elapsed: 2, phase: .linking)
        #expect(AnalysisProgressText.status(linking, width: 44) == "linking entities across articles…")
    }

    @Test func theProgressCountsArticlesAndStages() {
        let progress = AnalysisProgress()
        let corpus = Self.corpus()
        _ = Analysis(corpus: corpus, events: false, progress: progress)
        let s = progress.snapshot
        #expect(s.done == 4 && s.total == 4 && s.finished)
        #expect(s.phase == .linking)
    }
}

/// The list of a collection kept from the last session, for a first screen before any file is read.
@Suite struct CollectionDirectoryTests {
    @Test func writtenAndReadBackWithTitlesDatesAndSources() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var corpus = StagingTests.corpus()
        corpus.documents[1].date = "2005-03-01"
        corpus.documents[1].source = "BBC"
        corpus.documents[2].path = "/tmp/c.txt"
        let directory = CollectionDirectory(corpus)
        let file = folder.appendingPathComponent("x.list")
        try directory.write(to: file)
        let read = try #require(CollectionDirectory.read(file))
        #expect(read == directory)
        let listed = read.corpus()
        #expect(listed.documents.map(\.id) == corpus.documents.map(\.id))
        #expect(listed.documents.map(\.title) == corpus.documents.map(\.title))
        #expect(listed.documents[1].date == "2005-03-01" && listed.documents[1].source == "BBC")
        #expect(listed.documents[2].path == "/tmp/c.txt")
        #expect(listed.documents.allSatisfy { $0.scalars.isEmpty })
    }

    @Test func aDamagedOrForeignFileIsNotTrusted() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("x.list")
        try CollectionDirectory(StagingTests.corpus()).write(to: file)
        var bytes = try [UInt8](Data(contentsOf: file))
        bytes[bytes.count - 3] ^= 0x5A
        try Data(bytes).write(to: file)
        #expect(CollectionDirectory.read(file) == nil)
        try Data(bytes.prefix(40)).write(to: file)
        #expect(CollectionDirectory.read(file) == nil)
        try Data("not a list".utf8).write(to: file)
        #expect(CollectionDirectory.read(file) == nil)
        #expect(CollectionDirectory.read(folder.appendingPathComponent("missing.list")) == nil)
    }

    @Test func itLivesBesideTheCacheAndIsClearedWithIt() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = CollectionDirectory.file(for: ["/some/articles"], directory: folder)
        #expect(file.lastPathComponent == String(AnalysisCache.fileName(for: ["/some/articles"]).dropLast(6)) + ".list")
        try CollectionDirectory(StagingTests.corpus()).write(to: file)
        try AnalysisCache.clear(directory: folder)
        #expect(!FileManager.default.fileExists(atPath: file.path))
    }

    /// The list shown from the directory had an article since removed and lacks one since added:
    /// the reader stays on the same article, its marks follow the ids.
    @Test func theWholeWorldFindsArticlesAgainById() {
        var listed = StagingTests.corpus()
        listed.documents.remove(at: 0)                     // b, c, d: a was added since
        listed.documents.append(Document(id: "gone.txt", text: "Gone\n\nRemoved since."))
        listed = CollectionDirectory(listed).corpus()
        var reader = Reader(world: ReaderWorld(provisional: Analysis.provisional(corpus: listed, analysed: [:])), width: 140, height: 30)
        reader.handle(.character(":")); reader.handle(.character("3")); reader.handle(.enter)   // d.txt
        #expect(reader.world.analysis.documents[reader.state.openDocument!].document.id == "d.txt")
        reader.state.marks.starred = [1, 3]                // c.txt and gone.txt
        reader.receive(.finished(StagingTests.whole))
        let ids = reader.world.analysis.documents.map(\.document.id)
        #expect(ids[reader.state.openDocument!] == "d.txt")
        #expect(reader.state.marks.starred.map { ids[$0] } == ["c.txt"])
        // The article's text is the file's now, not the empty stand-in.
        #expect(!reader.state.article.lines.isEmpty)
        #expect(Renderer.frame(reader).text.contains("spoke by telephone"))
    }
}

extension StagingTests {
    /// An article opened before the whole analysis is read and analysed alone: the reader takes
    /// the new provisional world and stays where it is, the progress still shown.
    @Test func anArticleOpenedMeanwhileArrivesAlone() {
        let listed = CollectionDirectory(Self.corpus()).corpus()
        var reader = Reader(world: ReaderWorld(provisional: Analysis.provisional(corpus: listed, analysed: [:])), width: 140, height: 30)
        reader.receive(.progress(AnalysisProgress.Snapshot(done: 0, total: 4, elapsed: 0.5, phase: .reading)))
        reader.handle(.character(":")); reader.handle(.character("2")); reader.handle(.enter)
        #expect(reader.state.openDocument == 1)
        #expect(reader.state.article.lines.isEmpty || !Renderer.frame(reader).text.contains("visited London"))
        var read = listed
        read.documents[1] = Self.corpus().documents[1]
        let one = ReaderWorld(provisional: Analysis.provisional(corpus: read, analysed: [1: ArticleAnalyzer().analyse(read.documents[1])]))
        reader.receive(.provisional(one))
        #expect(reader.isAnalysing)
        #expect(reader.state.openDocument == 1)
        #expect(reader.state.analysisProgress?.phase == .reading)
        let text = Renderer.frame(reader).text
        #expect(text.contains("visited London"))
        #expect(text.contains("reading files…"))
        #expect(!reader.world.analysis.documents[1].mentions.isEmpty)
        // A provisional world after the whole one is ignored.
        reader.receive(.finished(Self.whole))
        reader.receive(.provisional(one))
        #expect(!reader.isAnalysing)
    }
}
