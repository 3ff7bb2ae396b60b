import Foundation

/// A date line that opens the first paragraph, as wires and press releases write it:
/// "Colombo /Sri Lanka, 29th January 2024: …", "KYIV, Ukraine, January 29, 2024 — …",
/// "BEIRUT, Jan. 29, 2024 (Reuters) - …", "WASHINGTON (AP) — …", "New Delhi [India], January
/// 29 (ANI): …". The place, an optional date and an optional agency in parentheses, then a
/// colon or a dash; a date needs its year to date the article ("Jan 29" alone dates nothing),
/// and a line without a date or an agency is no date line ("ERBIL, Kurdistan Region - …").
public enum LeadDateline {
    /// What the opening of a paragraph gives.
    public struct Found: Equatable, Sendable {
        /// The agency named in parentheses ("Reuters", "AP").
        public var agency: String?
        public var date: DateValue?
        /// Code points from the line's start to the first character of its prose.
        public var length: Int
    }

    /// The place may be this many words at most ("New Delhi [India]", "Deir al-Balah, Gaza Strip").
    static let maxPlaceWords = 6

    /// A cheap test on the line's code points before any string is made: a capital first, then
    /// a colon or dash within the opening, with a digit or "(" before it. Most paragraphs fail it.
    public static func mayOpen(_ scalars: ScalarText, _ range: Range<Int>) -> Bool {
        guard !range.isEmpty, scalars[range.lowerBound].properties.isUppercase else { return false }
        var sawDigitOrParen = false
        var previous: Unicode.Scalar = " "
        for i in range.lowerBound..<min(range.upperBound, range.lowerBound + 140) {
            let c = scalars[i]
            switch c {
            case "0"..."9", "(": sawDigitOrParen = true
            case ":", "\u{2014}", "\u{2013}": return sawDigitOrParen
            case "-": if previous == " " { return sawDigitOrParen }
            default: break
            }
            previous = c
        }
        return false
    }

    /// The date line at the start of `line`, or nil.
    public static func read(_ line: Substring) -> Found? {
        let head = line.prefix(140)
        guard let first = head.first, first.isUppercase else { return nil }
        guard let (prefixEnd, proseStart) = separator(head) else { return nil }
        var prefix = head[..<prefixEnd].trimmingCharacters(in: .whitespaces)[...]
        var agency: String? = nil
        if prefix.hasSuffix(")"), let open = prefix.lastIndex(of: "(") {
            let name = prefix[prefix.index(after: open)..<prefix.index(before: prefix.endIndex)].trimmingCharacters(in: .whitespaces)
            let words = name.split(separator: " ")
            guard !words.isEmpty, words.count <= 4, words.allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
            agency = name
            prefix = prefix[..<open]
            while let l = prefix.last, l == " " || l == "," { prefix = prefix.dropLast() }
        }
        var date: DateValue? = nil
        var place = prefix
        // The date follows a comma: try each comma, the first one whose rest is a date and nothing more.
        var i = prefix.startIndex
        while let comma = prefix[i...].firstIndex(of: ",") {
            let rest = prefix[prefix.index(after: comma)...].trimmingCharacters(in: .whitespaces)
            if let parsed = DateText.parseValue(rest), parsed.length == rest.count {
                date = parsed.date
                place = prefix[..<comma]
                break
            }
            // "Jan 29", "January 29", "29 January": a date without its year, before an agency only.
            if agency != nil, isMonthDay(rest) {
                place = prefix[..<comma]
                break
            }
            i = prefix.index(after: comma)
        }
        guard date != nil || agency != nil, isPlace(place) else { return nil }
        // Without a date, an agency stands behind a place in capitals ("WASHINGTON (AP)") or is
        // written in capitals itself ("Beirut (AFP)"): not "Prime Minister X (Labour) - …".
        if date == nil, let agency, !isCapitals(place), !isCapitals(agency[...]) { return nil }
        return Found(agency: agency, date: date, length: head[..<proseStart].unicodeScalars.count)
    }

    /// Where the date line's own text ends and where the prose starts: at the first colon or
    /// dash ("2024:", " — ", "(Reuters) -", " -- ") within the opening, or nil.
    static func separator(_ text: Substring) -> (String.Index, String.Index)? {
        var i = text.startIndex
        var previous: Character = " "
        while i < text.endIndex {
            let c = text[i]
            let next = text.index(after: i)
            let following: Character = next < text.endIndex ? text[next] : " "
            var end: String.Index? = nil
            // A colon not inside a time ("10:30"), with a space after it.
            if c == ":", following == " " { end = next }
            if c == "—" || c == "–" { end = next }
            if c == "-", previous == " ", following == " " || following == "-" {
                end = following == "-" ? text.index(after: next) : next
            }
            if let end {
                var prose = end
                while prose < text.endIndex, text[prose] == " " || text[prose] == "-" { prose = text.index(after: prose) }
                guard prose < text.endIndex else { return nil }
                return (i, prose)
            }
            previous = c
            i = next
        }
        return nil
    }

    static func isCapitals(_ text: Substring) -> Bool {
        text.contains { $0.isLetter } && !text.contains { $0.isLowercase }
    }

    /// "Jan 29", "Jan. 29", "January 29", "29 January": a day of a month and nothing else.
    static func isMonthDay(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard words.count == 2 else { return false }
        if DateText.month(String(words[0])) != nil, DateText.number(words[1], maxDigits: 2).map({ (1...31).contains($0) }) == true { return true }
        if DateText.month(String(words[1])) != nil, DateText.number(words[0], maxDigits: 2).map({ (1...31).contains($0) }) == true { return true }
        return false
    }

    /// A place as a date line names it: one to six words, each capitalized ("Gaza City",
    /// "New Delhi [India]", "Colombia /America", "Washington, D.C."), or a particle of a name
    /// ("Deir al-Balah", "Rio de Janeiro").
    static func isPlace(_ text: Substring) -> Bool {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "/" || $0 == "," }).map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "[]().")) }
        guard !words.isEmpty, words.count <= maxPlaceWords, words.first?.first?.isUppercase == true else { return false }
        for w in words {
            guard let f = w.first else { return false }
            if f.isUppercase { continue }
            if ["al", "el", "de", "da", "di", "del", "of", "ad", "as", "an", "ar", "at", "az"].contains(w.lowercased()) { continue }
            if w.contains("-"), w.split(separator: "-").last?.first?.isUppercase == true { continue }
            return false
        }
        return true
    }
}
