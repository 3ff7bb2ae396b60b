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
        #expect(dates["a8-weekday-no-comma.txt"] == "2020-03-09")
        #expect(dates["a9-published-on.txt"] == "2024-03-25")
        #expect(dates["a10-front-matter.md"] == "2024-05-02")
        #expect(dates["a11-small-hours.txt"] == "2024-07-31")
    }

    @Test func aKillingToldToAnAgencyIsOneEventOnItsDay() {
        let d = doc("a8-")
        let dated = Self.analysis.events.filter { $0.date != nil && $0.documents.contains(d) }
        #expect(dated.map { $0.date?.iso } == ["2020-03-08"])
        #expect(dated.first.map { $0.actors.map { Self.analysis.entities[$0].name } }?.contains("Reuters") == false)
    }

    @Test func twoInTheMorningLastNightIsTheDateLinesDay() {
        let d = doc("a11-")
        let killing = Self.analysis.events.first { $0.type == "killing" && $0.date != nil && $0.documents.contains(d) }
        #expect(killing?.date?.iso == "2024-07-31")
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
        // Planned in one article, reported in the next: one funeral.
        let funeral = Self.analysis.events.filter { $0.type == "funeral" && $0.date?.iso == "2020-01-09" }
        #expect(funeral.count == 1 && funeral.first?.context == .reported && funeral.first?.documents == [doc("a2"), doc("a3")].sorted())
        #expect(Self.analysis.events.contains { $0.type == "meeting" && $0.context == .planned && $0.date?.iso == "2020-01-13" })
        #expect(Self.analysis.events.contains { $0.type == "attack" && $0.context == .hypothetical })
    }

    @Test func noReportIsDatedAfterItsArticle() {
        let extractor = EventExtractor(knowledge: .bundled)
        let types = Self.analysis.entities.map(\.type)
        var checked = 0
        for d in Self.analysis.documents.indices {
            let doc = Self.analysis.tokenized(d)
            let result = extractor.extract(doc, entityTypes: types)
            guard let articleDate = result.date else { continue }
            for f in result.events where f.context == .reported || f.context == .background {
                guard let d = f.date else { continue }
                checked += 1
                #expect(!DateResolver.isAfter(d, articleDate), "\(doc.document.id): \(f.summary)")
            }
        }
        #expect(checked >= 8)
    }
}
