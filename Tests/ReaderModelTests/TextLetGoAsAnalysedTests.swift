import Foundation
import Testing
@testable import ReaderModel

/// The analysis letting each article's text go once it is analysed, and every later stage
/// reading it again from the file: the same results as with every text held.
@Suite struct TextLetGoAsAnalysedTests {
    static func folder(articles: Int) throws -> URL {
        let root = temporaryFolder()
        let people = ["Angela Merkel", "Emmanuel Macron", "Qais Khazali", "Mohammed Shia Al Sudani", "Boris Johnson"]
        let places = ["Berlin", "Paris", "Baghdad", "Erbil", "London"]
        for n in 0..<articles {
            let a = people[n % people.count], b = people[(n * 3 + 1) % people.count], place = places[n % places.count]
            let text = "Talks in \(place) number \(n)\n\n\(a) met \(b) in \(place) on January \(n % 27 + 1), 2020. "
                + "\(b.split(separator: " ").last!) said the talks with \(a.split(separator: " ").last!) went well. Police arrested two men in \(place) on Monday.\n"
            try text.write(to: root.appendingPathComponent(String(format: "%03d.txt", n)), atomically: true, encoding: .utf8)
        }
        return root
    }

    static func load(_ root: URL, residency: TextResidency?) throws -> Corpus {
        var loader = CorpusLoader()
        loader.textResidency = residency
        return try loader.load(paths: [root.path])
    }

    @Test func eachTextIsLetGoOnceItsArticleIsAnalysed() throws {
        let root = try Self.folder(articles: 30)
        defer { try? FileManager.default.removeItem(at: root) }
        let corpus = try Self.load(root, residency: TextResidency(limit: 4))
        #expect(corpus.documents.allSatisfy { $0.textSource?.isHeld == true }, "held as loaded")
        let articles = ArticleAnalyzer().analyseAll(corpus.documents)
        #expect(corpus.documents.allSatisfy { $0.textSource?.isHeld == false })
        let held = try Self.load(root, residency: nil)
        #expect(articles == ArticleAnalyzer().analyseAll(held.documents))
    }

    @Test func theWholeAnalysisIsTheSameWithTextsReadAgain() throws {
        let root = try Self.folder(articles: 40)
        defer { try? FileManager.default.removeItem(at: root) }
        let held = Analysis(corpus: try Self.load(root, residency: nil))
        // Four texts held at most: every later stage (events, related words, the search index) reads the files again.
        let onDemand = Analysis(corpus: try Self.load(root, residency: TextResidency(limit: 4)))
        #expect(ExportFormat(onDemand) == ExportFormat(held))
        let a = ReaderWorld(analysis: held), b = ReaderWorld(analysis: onDemand)
        for d in [0, 7, 39] { #expect(a.related.neighbors(of: d) == b.related.neighbors(of: d)) }
        for query in ["merkel", "talks went well", "arrested"] {
            #expect(a.search.search(query, limit: 20) == b.search.search(query, limit: 20))
        }
        #expect(a.events.events.count == b.events.events.count && a.events.dates == b.events.dates)
    }
}
