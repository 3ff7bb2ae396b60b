import Foundation

/// Recognises a line that gives an article's own date, as news files carry it above or
/// under the title: "Monday, January 6, 2020", "Published: 7 February 2024", "Updated Feb.
/// 7, 2024 10:32 AM ET", a bare "2024-02-07", "date 2024-02-07", or a dateline with its
/// source, "The Cradle, December 4, 2023 —".
///
/// The line must be the date and little else (a label before it; a time, time zone or a
/// second "Updated …" after it): a sentence that merely mentions a date is not a date line.
public enum DateLine {
    /// Labels that may stand before the date, lower-cased, longest first.
    static let labels = ["first published on", "first published", "last updated on", "last updated", "last modified",
                         "publication date", "published on", "published", "posted on", "posted", "updated on", "updated",
                         "dated", "date"]
    /// Lower-case words a time or a second stamp after the date may use.
    static let tailWords: Set<String> = ["at", "am", "pm", "a.m.", "p.m.", "updated", "last", "published", "posted", "on",
                                         "modified", "local", "time", "hrs", "h"]

    /// What a date line gives.
    public struct Found: Equatable, Sendable {
        public var source: String?
        public var date: DateValue
    }

    /// The date (and source, for a "Source, Date —" dateline) a line gives, or nil.
    public static func read(_ line: String) -> Found? {
        var text = Substring(line.trimmingCharacters(in: .whitespaces))
        guard !text.isEmpty, text.count < 120 else { return nil }
        // Markdown emphasis or a leading "#" around a date line: "*Published 7 Feb 2024*".
        while let f = text.first, "#*_>".contains(f) { text = text.dropFirst() }
        while let l = text.last, "*_".contains(l) { text = text.dropLast() }
        text = Substring(text.trimmingCharacters(in: .whitespaces))
        let lower = text.lowercased()
        for label in labels where lower.hasPrefix(label) {
            let after = text.dropFirst(label.count)
            guard let c = after.first, c == ":" || c == " " || c == "\t" || c == "-" || c == "—" || c == "|" else { continue }
            text = Substring(after.drop { $0 == ":" || $0 == " " || $0 == "\t" || $0 == "-" || $0 == "—" || $0 == "|" })
            break
        }
        // "Published 08:35 IST, March 7th 2024": a time before the date.
        text = dropLeadingTime(text)
        if let parsed = DateText.parseValue(String(text)), isTail(text.dropFirst(parsed.length)) {
            return Found(source: nil, date: parsed.date)
        }
        return sourceDateline(text)
    }

    /// The text after a leading time ("08:35 IST, ", "10:32 AM ET |"), or the text itself.
    static func dropLeadingTime(_ text: Substring) -> Substring {
        let words = text.split(separator: " ", maxSplits: 3, omittingEmptySubsequences: true)
        guard let first = words.first, first.contains(":"),
              first.trimmingCharacters(in: CharacterSet(charactersIn: ",|")).allSatisfy({ $0.isNumber || $0 == ":" }) else { return text }
        var rest = text.dropFirst(first.count)
        // An hour mark or time zone after it ("AM", "IST", "GMT+3"), then the separator.
        for word in words.dropFirst() where !first.hasSuffix(",") && !first.hasSuffix("|") {
            let w = word.trimmingCharacters(in: CharacterSet(charactersIn: ",|"))
            guard tailWords.contains(w.lowercased()) || (!w.isEmpty && w.allSatisfy { $0.isUppercase || $0.isNumber || $0 == "+" }) else { break }
            rest = rest.drop { $0 == " " }.dropFirst(word.count)
            if word.hasSuffix(",") || word.hasSuffix("|") { break }
        }
        return Substring(rest.drop { $0 == " " || $0 == "," || $0 == "|" || $0 == "-" || $0 == "—" })
    }

    /// "The Cradle, December 4, 2023 —" → ("The Cradle", 2023-12-04).
    static func sourceDateline(_ text: Substring) -> Found? {
        guard let comma = text.firstIndex(of: ",") else { return nil }
        let source = text[..<comma].trimmingCharacters(in: .whitespaces)
        let rest = text[text.index(after: comma)...].trimmingCharacters(in: .whitespaces)
        guard !source.isEmpty, source.split(separator: " ").count <= 5, source.first?.isUppercase == true,
              let parsed = DateText.parseValue(rest) else { return nil }
        let tail = rest.dropFirst(parsed.length).trimmingCharacters(in: .whitespaces)
        guard tail.isEmpty || tail.hasPrefix("—") || tail.hasPrefix("–") || tail.hasPrefix("-") || tail.hasPrefix("(") else { return nil }
        // Only the separator, or an agency, may follow: prose after it makes a date line opening
        // a paragraph (`LeadDateline`), whose date line is the opening alone.
        let separators: Set<Character> = ["—", "–", "-", " ", ":"]
        var after = Substring(tail).drop { separators.contains($0) }
        if after.hasPrefix("("), let close = after.firstIndex(of: ")") {
            after = after[after.index(after: close)...].drop { separators.contains($0) }
        }
        guard after.isEmpty else { return nil }
        return Found(source: source, date: parsed.date)
    }

    /// What may follow the date on a date line: nothing, a time ("10:32 AM ET", "at 14:05
    /// GMT+3"), a separator, or a second stamp ("| Updated: 8 February 2024"). Prose is refused.
    static func isTail(_ tail: Substring) -> Bool {
        let t = tail.trimmingCharacters(in: .whitespaces)
        if t.isEmpty { return true }
        guard t.count <= 60 else { return false }
        for raw in t.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
            let word = raw.trimmingCharacters(in: CharacterSet(charactersIn: ",;()[]|—–-:"))
            if word.isEmpty { continue }
            if word.first!.isNumber || word.first == "+" { continue }          // 10:32, 2024, +03:00
            if word.allSatisfy({ $0.isUppercase || $0.isNumber || $0 == "+" }) { continue }  // ET, GMT+3, UTC
            if tailWords.contains(word.lowercased()) { continue }
            if DateText.month(word) != nil || DateText.isWeekday(word) { continue }
            return false
        }
        return true
    }
}
