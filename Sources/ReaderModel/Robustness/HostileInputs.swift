/// Articles built to be the worst case for each analysis stage, at any size: the inputs of
/// the worst-case growth bench and seeds of the fuzz test. Deterministic for a given size.
public enum HostileInput: String, CaseIterable, Sendable {
    /// Runs of straight and curly quotes after a full stop (sentence splitting).
    case quotes
    /// Title words one after another: "Mr Mr President Prime Minister …" (name runs).
    case titleWords = "title-words"
    /// One long run of capitalised words, known names among them (name runs, lookups).
    case capitalisedWords = "capitalised-words"
    /// One known name over and over: "Hezbollah Hezbollah …" (short forms of one long mention; found by the fuzzer).
    case repeatedName = "repeated-name"
    /// One sentence of dates and event words (dates × events per sentence).
    case datesAndEvents = "dates-events"
    /// One token as long as the article.
    case longToken = "long-token"

    /// An article of about `bytes` bytes (UTF-8).
    public func article(bytes: Int) -> String {
        var random = SplitMix(seed: UInt64(bytes) &* 31 &+ UInt64(rawValue.utf8.count))
        var body = ""
        body.reserveCapacity(bytes + 64)
        func fill(_ next: (inout SplitMix) -> String) {
            while body.utf8.count < bytes { body += next(&random) }
        }
        switch self {
        case .quotes:
            body = "He said."
            let marks = ["\"", "\u{2019}", "\u{201D}", "\u{201C}\u{2018}", "'"]
            fill { r in String(repeating: marks[r.next(marks.count)], count: 1 + r.next(400)) + (r.next(50) == 0 ? " Then he left." : "") }
        case .titleWords:
            let words = ["Mr", "Mrs", "President", "Prime Minister", "Secretary of", "General", "Sheikh", "Dr", "Foreign",
                         "Minister", "Deputy", "Chief", "Commander", "King", "Prince", "Ayatollah", "Senator", "Judge"]
            fill { r in " " + words[r.next(words.count)] }
        case .capitalisedWords:
            let words = ["Baghdad", "Hezbollah", "Kataib", "Qassem", "Soleimani", "Popular", "Mobilization", "Forces", "Iraq",
                         "United", "States", "Army", "Fallujah", "Tehran", "Abu", "Mahdi", "Muhandis", "Council", "Ministry", "Al"]
            fill { r in " " + words[r.next(words.count)] }
        case .repeatedName:
            fill { _ in " Hezbollah" }
        case .datesAndEvents:
            let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]
            let events = ["killed", "attacked", "protested", "arrested", "met", "signed", "withdrew", "condemned", "voted"]
            body = "It happened"
            fill { r in " on \(1 + r.next(28)) \(months[r.next(months.count)]) \(1990 + r.next(35)) when troops \(events[r.next(events.count)]) rebels," }
            body += " and then it ended."
        case .longToken:
            body = String(repeating: "a", count: bytes)
        }
        return "A hostile article: \(rawValue)\n\n" + body + "\n"
    }
}

/// A small seeded generator (SplitMix64), so hostile inputs and fuzz runs repeat exactly.
public struct SplitMix: RandomNumberGenerator, Sendable {
    var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound`.
    public mutating func next(_ bound: Int) -> Int { Int(next() % UInt64(max(1, bound))) }
}
