import Foundation
import Testing
@testable import ReaderModel

/// The dated test articles of Tests/fixtures/dated-articles, one per date form.
@Suite struct DatedArticleTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("fixtures/dated-articles")

    static let analysis: Analysis = {
        let corpus = try! CorpusLoader().load(paths: [folder.path])
        return Analysis(corpus: corpus)
    }()

    func doc(_ prefix: String) -> Int { Self.analysis.documents.firstIndex { $0.document.id.hasPrefix(prefix) }! }

    @Test func eachArticleHasTheDateItsDateLineGives() {
        let dates = Dictionary(uniqueKeysWithValues: Self.analysis.documents.map { ($0.document.id, $0.date?.iso) })
        #expect(dates["a1-dateline-above.txt"] == "2020-01-06")
        #expect(dates["a2-published-under.txt"] == "2020-01-07")
        #expect(dates["a3-updated-line.txt"] == "2020-01-10")
        #expect(dates["a4-iso-line.txt"] == "2024-02-07")
        #expect(dates["a5-date-label.txt"] == "2024-02-07")
        #expect(dates["a6-no-dateline.txt"] == .some(nil))
        #expect(dates["a7-invalid-dates.txt"] == .some(nil))
    }

    @Test func theKillingReportedFourWaysIsOneEvent() {
        let killing = Self.analysis.events.filter { $0.date?.iso == "2020-01-05" }
        #expect(killing.count == 1)
        #expect(killing.first?.documents == [doc("a1"), doc("a2"), doc("a3"), doc("a4")].sorted())
    }

    @Test func theOfficerKilledOnMondayIsOneEventInThreeArticles() {
        let killing = Self.analysis.events.filter { $0.date?.iso == "2024-02-05" }
        #expect(killing.count == 1)
        #expect(killing.first?.documents == [doc("a4"), doc("a5"), doc("a6")].sorted())
    }

    @Test func plannedFuneralAndThreatAreMarked() {
        #expect(Self.analysis.events.contains { $0.type == "funeral" && $0.context == .planned && $0.date?.iso == "2020-01-09" })
        #expect(Self.analysis.events.contains { $0.type == "funeral" && $0.context == .reported && $0.date?.iso == "2020-01-09" })
        #expect(Self.analysis.events.contains { $0.type == "meeting" && $0.context == .planned && $0.date?.iso == "2020-01-13" })
        #expect(Self.analysis.events.contains { $0.type == "attack" && $0.context == .hypothetical })
    }

    @Test func noReportIsDatedAfterItsArticle() {
        for event in Self.analysis.events where event.context == .reported || event.context == .background {
            guard let date = event.date else { continue }
            for d in event.documents {
                if let articleDate = Self.analysis.documents[d].date { #expect(!DateResolver.isAfter(date, articleDate)) }
            }
        }
    }
}
