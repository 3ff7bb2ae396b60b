import Foundation
import Testing
@testable import ReaderModel

/// Dates and events of one sentence cost time in proportion to its length, however many
/// dates and event words it holds (issue 10: a 1 MB sentence of both took 11 s).
@Suite struct EventGrowthTests {
    /// One sentence of `n` clauses, each with a distinct date and an event word.
    static func sentence(_ n: Int) -> String {
        var parts: [String] = []
        for i in 0..<n {
            let year = 1900 + i / 300, month = 1 + (i / 28) % 10, day = 1 + i % 28
            parts.append("on \(day) \(DateText.months[month - 1].capitalized) \(year) the front attacked and killed and met")
        }
        return "Headline\n\nPublished: 7 February 2024\n\n" + parts.joined(separator: ", ") + "."
    }

    /// The best of three timings of dates and events for an article already analysed.
    static func seconds(_ n: Int) -> (Double, Int) {
        let a = analyze([("a.txt", sentence(n))])
        let analysis = Analysis(corpus: a.corpus, events: false)
        var best = Double.infinity, count = 0
        for _ in 0..<3 {
            let start = DispatchTime.now().uptimeNanoseconds
            let events = EventAnalysis(analysis)
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            count = events.events.count
        }
        return (best, count)
    }

    @Test func eightTimesTheDatesAndEventWordsCostAboutEightTimesTheTime() {
        let (small, smallCount) = Self.seconds(300)
        let (large, largeCount) = Self.seconds(2400)
        // Every date is an event, none lost to a bound.
        #expect(smallCount >= 300 && largeCount >= 2400)
        // Linear growth is 8×; all pairs compared would be 64×. Generous for a noisy machine.
        #expect(large / max(small, 1e-4) < 24, "300 clauses: \(small) s, 2400 clauses: \(large) s")
    }
}
