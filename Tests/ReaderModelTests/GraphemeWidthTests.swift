import Foundation
import Testing
@testable import ReaderModel

/// Widths by grapheme cluster, as a terminal (wcwidth) draws them.
@Suite struct GraphemeWidthTests {
    @Test(arguments: [
        ("e\u{301}", 1),                                   // e + combining acute: its base's cell
        ("Vie\u{323}\u{302}t", 4),                         // Việt with two stacked marks
        ("\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}", 2), // family: one emoji ZWJ sequence
        ("\u{1F1FB}\u{1F1F3}", 2),                         // a flag: two regional indicators
        ("日本", 4),                                         // East Asian wide
        ("\u{200D}", 0), ("\u{FE0F}", 0),                   // a joiner, a variation selector
        ("\u{1F44D}\u{1F3FD}", 2),                         // thumbs up with a skin tone
        ("ก\u{E34}", 1),                                    // Thai consonant + above vowel
        ("ह\u{93F}", 2),                                    // Devanagari: the vowel sign ि is a spacing mark (its own cell)
        ("क\u{94D}", 1),                                    // a virama takes no cell
    ])
    func clusterWidth(text: String, cells: Int) {
        #expect(DisplayWidth.of(cluster: Array(text.unicodeScalars)) == cells)
        #expect(DisplayWidth.of(text) == cells)
    }

    @Test func clustersFollowUnicodeSegmentation() {
        func lengths(_ s: String) -> [Int] { GraphemeClusters.lengths(Array(s.unicodeScalars)) }
        #expect(lengths("e\u{301}x") == [2, 1])
        #expect(lengths("ab") == [1, 1])
        #expect(lengths("\u{1F1FB}\u{1F1F3}\u{1F1EB}\u{1F1F7}") == [2, 2])
        #expect(lengths("a\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}b") == [1, 5, 1])
        // A conjunct (consonant, virama, consonant) and its vowel sign are one cluster.
        #expect(lengths("हिन्दी") == [2, 4])
        // Every sample: the lengths cover the scalars and agree with Swift's Characters.
        for s in ["Tiếng Việt".decomposedStringWithCanonicalMapping, "ภาษาไทย", "日本語、テキスト。", "#\u{FE0F}\u{20E3} ok"] {
            #expect(lengths(s) == s.map { $0.unicodeScalars.count })
        }
    }
}

@Suite struct TruncationByClusterTests {
    @Test func truncationNeverSplitsACluster() {
        // Three flags, two cells each: at 4 cells one flag and "…", never half a flag.
        #expect(DisplayWidth.truncate("🇻🇳🇫🇷🇺🇦", to: 4) == "🇻🇳…")
        let family = "👨‍👩‍👧"
        #expect(DisplayWidth.truncate(family + family + "x", to: 4) == family + "…")
        let vietnamese = "Việt Nam".decomposedStringWithCanonicalMapping
        #expect(DisplayWidth.truncate(vietnamese, to: 5) == "Việt".decomposedStringWithCanonicalMapping + "…")
    }
}
