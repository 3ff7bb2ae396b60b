import Testing
@testable import ReaderModel
@testable import ReaderUI

@Suite struct AnalysisProgressFeedTests {
    @Test func thePhaseSaysArticlesDoneOfTotalRateAndCacheHits() {
        let s = AnalysisProgress.Snapshot(done: 1234, total: 16768, fromCache: 1000, elapsed: 2)
        #expect(AnalysisProgressFeed.phase(s) == "analysing 16,768 articles: 1,234 done, 617/s, 1,000 from the cache")
        let cold = AnalysisProgress.Snapshot(done: 10, total: 20, fromCache: 0, elapsed: 1)
        #expect(AnalysisProgressFeed.phase(cold) == "analysing 20 articles: 10 done, 10/s")
        let done = AnalysisProgress.Snapshot(done: 20, total: 20, fromCache: 0, elapsed: 1)
        #expect(AnalysisProgressFeed.phase(done) == "linking 20 articles")
    }
}
