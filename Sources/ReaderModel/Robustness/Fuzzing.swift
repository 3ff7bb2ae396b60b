import Foundation

/// Seeded mutation of articles, and the checks every analysis must pass whatever its input:
/// the fuzz target (`dossier fuzz`, `Scripts/fuzz.sh`) and the property test share them.
public enum Fuzzing {
    /// Fragments that trouble each stage, spliced into articles.
    static let fragments: [String] = [
        "\"", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "'", "(", ")", ".", ". ", "!", "?", " Mr", " Mr.", " Prime Minister",
        " President", " Secretary of", " Gen.", " al-", " bin ", " van der ", " Baghdad", " Hezbollah", " Kata’ib", " U.S.",
        " on 3 January 2020", " 2021-02-30", " 10000", " in 2014", " January", " May", " Thursday", " two months later",
        " killed", " attacked", " protested", " condemned", " the same day", "\n", "\n\n", "\r\n", "\t", " ",
        "\u{00A0}", "\u{2003}", "\u{1B}[2J", "\u{1B}]2;x\u{07}", "\u{9B}", "\u{202E}", "\u{200B}", "\u{FEFF}", "\u{0000}",
        "😀", "e\u{0301}", "ﬁ", "Ⅻ", "٣", "# ", "Via ", "—", "-", "&", ",", "52nd", "2,500", "Tower 22",
    ]

    /// One mutation of `bytes`, drawing from `others` for splices.
    public static func mutate(_ bytes: [UInt8], others: [[UInt8]], random r: inout SplitMix) -> [UInt8] {
        var b = bytes
        func position() -> Int { b.isEmpty ? 0 : r.next(b.count + 1) }
        func span() -> Range<Int> {
            let start = position(), length = r.next(min(4096, b.count - start) + 1)
            return start..<(start + length)
        }
        switch r.next(9) {
        case 0: b.insert(contentsOf: Array(fragments[r.next(fragments.count)].utf8), at: position())
        case 1:  // a run of one fragment: quotes, titles, dates
            let piece = Array(fragments[r.next(fragments.count)].utf8)
            let run = Array([[UInt8]](repeating: piece, count: 1 + r.next(2000)).joined())
            b.insert(contentsOf: run, at: position())
        case 2: if !b.isEmpty { b.removeSubrange(span()) }
        case 3:  // a slice repeated
            let s = span()
            if !s.isEmpty { b.insert(contentsOf: Array([[UInt8]](repeating: Array(b[s]), count: 1 + r.next(50)).joined()), at: s.upperBound) }
        case 4:  // splice another article
            if let other = others.isEmpty ? nil : others[r.next(others.count)], !other.isEmpty {
                let start = r.next(other.count), end = min(other.count, start + r.next(20_000))
                b.insert(contentsOf: other[start..<end], at: position())
            }
        case 5: for _ in 0..<(1 + r.next(16)) where !b.isEmpty { b[r.next(b.count)] = UInt8(truncatingIfNeeded: r.next()) }
        case 6:  // case flipped over a span: capitals everywhere, or none
            let s = span(), upper = r.next(2) == 0
            for i in s where (upper ? (0x61...0x7A) : (0x41...0x5A)).contains(b[i]) { b[i] ^= 0x20 }
        case 7: if !b.isEmpty { b.removeSubrange(position()...) }
        default:  // an encoding's mark in front
            let marks: [[UInt8]] = [[0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], []]
            b.insert(contentsOf: marks[r.next(marks.count)], at: 0)
        }
        return b
    }

    /// A problem with an analysis's output.
    public struct Problem: Error, CustomStringConvertible {
        public var description: String
    }

    /// Decodes, parses, analyses and exports `bytes` as one file; returns the problems found
    /// in the output (invalid JSON, offsets out of the text, impossible dates, raw C1 or bidi
    /// controls). A crash or a hang is the caller's to catch.
    public static func check(_ bytes: [UInt8], knowledge: Knowledge = .bundled) -> [Problem] {
        guard case .text(let decoded) = TextDecoder.decode(bytes: bytes) else { return [] }
        let parser = DocumentParser(furnitureMarkers: knowledge.furniture)
        let document = parser.parse(Document(id: "fuzz.txt", text: decoded.text))
        let analysis = Analysis(corpus: Corpus(name: "fuzz", documents: [document]), knowledge: knowledge)
        _ = Relatedness(analysis).all()
        let json = ExportFormat(analysis).json()
        var problems: [Problem] = []
        if json.unicodeScalars.contains(where: { JSONOutput.mustEscape($0.value) }) {
            problems.append(Problem(description: "raw C1, bidi or separator control in the JSON"))
        }
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else {
            return problems + [Problem(description: "the export is not valid JSON")]
        }
        let length = document.scalars.count
        for entity in object["entities"] as? [[String: Any]] ?? [] {
            for mention in entity["mentions"] as? [[String: Any]] ?? [] {
                let start = mention["start"] as? Int ?? -1, end = mention["end"] as? Int ?? -1
                if !(0 <= start && start < end && end <= length) {
                    problems.append(Problem(description: "mention \(start)..<\(end) outside the text (\(length) code points)"))
                }
            }
        }
        var dates = (object["documents"] as? [[String: Any]] ?? []).compactMap { $0["date"] as? String }
        dates += (object["events"] as? [[String: Any]] ?? []).compactMap { $0["date"] as? String }
        for date in dates where !isValidDate(date) { problems.append(Problem(description: "invalid date \(date)")) }
        return problems
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a week form `YYYY-Www` too) on the calendar, year 1–9999.
    public static func isValidDate(_ s: String) -> Bool {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let yearText = parts.first, yearText.count == 4, let year = Int(yearText), (1...9999).contains(year) else { return false }
        if parts.count == 1 { return true }
        if parts.count == 2, parts[1].hasPrefix("W") { return Int(parts[1].dropFirst()).map { (1...53).contains($0) } ?? false }
        guard parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return false }
        if parts.count == 2 { return true }
        guard parts.count == 3, parts[2].count == 2, let day = Int(parts[2]) else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return (1...days).contains(day)
    }
}
