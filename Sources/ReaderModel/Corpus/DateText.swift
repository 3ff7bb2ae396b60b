import Foundation

/// Reads the explicit dates of date lines: "December 4, 2023", "Monday, January 6, 2020",
/// "4 December 2023", "Feb. 7, 2024", "2023-12-04" (a time after it is ignored). Only real
/// calendar dates in 1–9999 are returned.
public enum DateText {
    static let months = ["january", "february", "march", "april", "may", "june", "july", "august",
                         "september", "october", "november", "december"]
    static let weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]

    /// Month number for a full or abbreviated English month name ("Jan.", "Sept").
    public static func month(_ word: String) -> Int? {
        let w = word.lowercased().trimmingCharacters(in: .punctuationCharacters)
        guard w.count >= 3 else { return nil }
        if let i = months.firstIndex(of: w) { return i + 1 }
        if w == "sept" { return 9 }
        return months.firstIndex { $0.hasPrefix(w) && w.count <= 4 }.map { $0 + 1 }
    }

    /// A weekday name or its three-letter abbreviation ("Mon", "Tues.").
    static func isWeekday(_ word: String) -> Bool {
        let w = word.lowercased().trimmingCharacters(in: .punctuationCharacters)
        return w.count >= 3 && weekdays.contains { $0 == w || ($0.hasPrefix(w) && w.count <= 4) }
    }

    /// A whole number written with digits only (a trailing "," or "." allowed); no prefix is
    /// taken, so "10000" is never read as the year 1000.
    static func number(_ s: Substring, maxDigits: Int) -> Int? {
        var t = s
        while let last = t.last, last == "," || last == "." { t = t.dropLast() }
        for suffix in ["st", "nd", "rd", "th"] where maxDigits <= 2 && t.hasSuffix(suffix) { t = t.dropLast(2) }
        guard !t.isEmpty, t.count <= maxDigits, t.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(t)
    }

    /// The date at the start of `text` (after an optional weekday), with how many characters
    /// it used, or nil.
    public static func parse(_ text: String) -> (iso: String, length: Int)? {
        parseValue(text).map { ($0.date.iso, $0.length) }
    }

    /// The day-precise date at the start of `text`, and the characters it used.
    static func parseValue(_ text: String) -> (date: DateValue, length: Int)? {
        // Words with their end offsets, so the length used can be given back.
        var words: [(word: Substring, end: Int)] = []
        var i = text.startIndex, offset = 0
        while i < text.endIndex, words.count < 5 {
            while i < text.endIndex, text[i] == " " || text[i] == "\t" { i = text.index(after: i); offset += 1 }
            let start = i
            while i < text.endIndex, text[i] != " ", text[i] != "\t" { i = text.index(after: i); offset += 1 }
            if start < i { words.append((text[start..<i], offset)) }
        }
        var k = 0
        if let first = words.first, isWeekday(String(first.word)), words.count > 1 { k = 1 }
        let rest = words[k...]
        guard let w0 = rest.first else { return nil }
        // ISO, possibly with a time: 2023-12-04, 2023-12-04T10:32:00Z.
        // "2024/01/29", as many sites print it: year first, so never ambiguous.
        let first = w0.word.count >= 10 && w0.word.prefix(10).filter({ $0 == "/" }).count == 2
            ? String(w0.word.prefix(10)).replacingOccurrences(of: "/", with: "-") : String(w0.word.prefix(10))
        if w0.word.count >= 10, let v = DateValue(iso: first), v.precision == .day {
            let tail = w0.word.dropFirst(10)
            if tail.isEmpty || tail.first == "T" || tail.first == "," || tail.first == "." {
                return (v, w0.end - (tail.first == "," || tail.first == "." ? tail.count : 0))
            }
        }
        guard rest.count >= 3 else { return nil }
        let w1 = rest[rest.startIndex + 1], w2 = rest[rest.startIndex + 2]
        // "December 4, 2023", "Dec. 4 2023"
        if let m = month(String(w0.word)), let d = number(w1.word, maxDigits: 2), let y = number(w2.word, maxDigits: 4),
           w2.word.trimmingCharacters(in: CharacterSet(charactersIn: ",.")).count == 4,
           let v = DateValue.checked(year: y, month: m, day: d) {
            return (v, w2.end - (w2.word.last == "," || w2.word.last == "." ? 1 : 0))
        }
        // "4 December 2023", "4 Dec. 2023"
        if let d = number(w0.word, maxDigits: 2), let m = month(String(w1.word)), let y = number(w2.word, maxDigits: 4),
           w2.word.trimmingCharacters(in: CharacterSet(charactersIn: ",.")).count == 4,
           let v = DateValue.checked(year: y, month: m, day: d) {
            return (v, w2.end - (w2.word.last == "," || w2.word.last == "." ? 1 : 0))
        }
        return nil
    }
}
