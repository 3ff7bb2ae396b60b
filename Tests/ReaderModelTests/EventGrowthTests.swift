import Foundation
import Testing
@testable import ReaderModel

/// A sentence crowded with dates and event words keeps every pairing (issue 10: a 1 MB sentence
/// of both took 11 s). Its growth in time is measured by `dossier bench --hostile-only`, not
/// here: timings belong in the bench, where the machine's noise is reported, never in a test.
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

    static func eventCount(_ n: Int) -> Int {
        let a = analyze([("a.txt", sentence(n))])
        return EventAnalysis(Analysis(corpus: a.corpus, events: false)).events.count
    }

    @Test func everyDateOfALongCrowdedSentenceFindsItsEvent() {
        // The linear pairing looks each event word's date up by position: no date may be lost
        // to a bound, however many share the sentence.
        #expect(Self.eventCount(300) >= 300)
        #expect(Self.eventCount(2400) >= 2400)
    }
}
