/// Finds date phrases in a sentence's tokens.
///
/// A bare number is a year only in a date context ("in 2014", "since 2003", "between 1991
/// and 2003", "December 2021"), never a count ("2,500 troops", "110 drone strikes",
/// "52nd Brigade").
public enum DateFinder {
    static let weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]
    static let yearPrepositions: Set<String> = ["in", "since", "until", "till", "by", "from", "to", "between", "and", "of",
                                                "during", "before", "after", "early", "late", "mid", "through", "throughout", "around"]
    static let numberWords = ["a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                              "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "few": 3, "a few": 3]

    static func lower(_ t: Token) -> String { t.text.lowercased() }

    /// Whether a time between midnight and 5 a.m. ("at 2 a.m.", "around 1am", "after midnight")
    /// stands just before `i`.
    static func isSmallHours(_ tokens: [Token], before i: Int, from lower: Int) -> Bool {
        var j = i - 1
        while j >= lower, j >= i - 7 {
            let w = Self.lower(tokens[j])
            if w == "midnight" { return true }
            var hour: String? = nil
            if w == "a.m." || w == "a.m" || w == "am", j > lower { hour = Self.lower(tokens[j - 1]) }
            // "a.m." as tokens: "a" "." "m"
            else if w == "m", j - 3 >= lower, tokens[j - 1].text == ".", Self.lower(tokens[j - 2]) == "a" { hour = Self.lower(tokens[j - 3]) }
            else if w.hasSuffix("am"), w.count <= 4 { hour = String(w.dropLast(2)) }
            if let hour, let h = Int(hour.split(separator: ":").first ?? ""), h == 12 || (1...5).contains(h) { return true }
            j -= 1
        }
        return false
    }

    static func year(_ t: Token) -> Int? {
        guard t.kind == .number, t.text.utf8.count == 4, let y = Int(t.text), (1800...2100).contains(y) else { return nil }
        return y
    }

    static func dayNumber(_ t: Token) -> Int? {
        // A day number starts with a digit (what does not cannot parse as one below).
        guard let first = t.text.utf8.first, first >= 0x30, first <= 0x39 else { return nil }
        var text = lower(t)
        for suffix in ["st", "nd", "rd", "th"] where text.hasSuffix(suffix) { text.removeLast(2) }
        guard let d = Int(text), (1...31).contains(d), text.utf8.count <= 2 else { return nil }
        return d
    }

    /// Month names and abbreviations as written with a capital ("January", "Jan", "Sept").
    static let monthNames: [String: Int] = {
        var names: [String: Int] = [:]
        for (i, m) in DateText.months.enumerated() {
            let capitalized = m.prefix(1).uppercased() + m.dropFirst()
            names[capitalized] = i + 1
            names[m.uppercased()] = i + 1
            names[String(capitalized.prefix(3))] = i + 1
        }
        names["Sept"] = 9
        return names
    }()
    static let weekdayNames: [String: Int] = {
        var names: [String: Int] = [:]
        for (i, w) in weekdays.enumerated() { names[w.prefix(1).uppercased() + w.dropFirst()] = i; names[w.uppercased()] = i }
        return names
    }()

    static func month(_ t: Token) -> Int? {
        guard t.kind == .word, t.isCapitalized else { return nil }
        return monthNames[t.text]
    }

    /// Index of the next token that is not a "." or ",".
    static func skip(_ tokens: [Token], _ i: Int, _ marks: Set<String> = [".", ","]) -> Int {
        var j = i
        while j < tokens.count, marks.contains(tokens[j].text) { j += 1 }
        return j
    }

    /// Date phrases in `tokens[range]`, in order.
    public static func find(_ tokens: [Token], in range: Range<Int>) -> [DateExpression] {
        var found: [DateExpression] = []
        var i = range.lowerBound
        func add(_ kind: DateExpression.Kind, _ from: Int, _ to: Int, _ lean: DateExpression.Lean = .none) {
            var e = DateExpression(kind: kind, tokens: from..<to, range: tokens[from].start..<tokens[to - 1].end)
            e.lean = lean
            found.append(e)
        }
        while i < range.upperBound {
            let t = tokens[i]
            // Most tokens are ordinary lower-case words: skip them cheaply.
            if t.kind == .word, !t.isCapitalized, !relativeStarts.contains(t.text) {
                i += 1
                continue
            }
            // Nor does a punctuation mark or a possessive start a date phrase.
            if t.kind == .punctuation || t.kind == .possessive {
                i += 1
                continue
            }
            let word = t.kind == .punctuation ? t.text : lower(t)
            // ISO: 2020-01-03
            if let y = year(t), i + 4 < range.upperBound, tokens[i + 1].text == "-", let m = Int(tokens[i + 2].text),
               tokens[i + 3].text == "-", let d = Int(tokens[i + 4].text) {
                if let v = DateValue.checked(year: y, month: m, day: d) { add(.absolute(v), i, i + 5); i += 5; continue }
            }
            // Weekday, optionally with "January 4" or "4 January" after it.
            if t.isCapitalized, let w = weekdayNames[t.text] {
                // "last Friday", "next Monday", "this Sunday".
                let before = i > range.lowerBound ? lower(tokens[i - 1]) : ""
                let lean: DateExpression.Lean = before == "last" || before == "past" ? .past : (before == "next" || before == "coming" ? .future : .none)
                let from = lean == .none && before != "this" ? i : i - 1
                // "Tuesday, January 4", "Tuesday (July 30)".
                var j = skip(tokens, i + 1, [".", ",", "("])
                if j < range.upperBound, let m = month(tokens[j]), j + 1 < range.upperBound, let d = dayNumber(tokens[j + 1]) {
                    j += 2
                    let k = skip(tokens, j)
                    if k < range.upperBound, let y = year(tokens[k]) { if let v = DateValue.checked(year: y, month: m, day: d) { add(.absolute(v), i, k + 1) }; i = k + 1; continue }
                    add(.weekday(w + 1, month: m, day: d), i, j, lean); i = j; continue
                }
                if j < range.upperBound, let d = dayNumber(tokens[j]), j + 1 < range.upperBound, let m = month(tokens[j + 1]) {
                    j += 2
                    let k = skip(tokens, j)
                    if k < range.upperBound, let y = year(tokens[k]) { if let v = DateValue.checked(year: y, month: m, day: d) { add(.absolute(v), i, k + 1) }; i = k + 1; continue }
                    add(.weekday(w + 1, month: m, day: d), i, j, lean); i = j; continue
                }
                add(.weekday(w + 1, month: nil, day: nil), from, i + 1, lean); i += 1; continue
            }
            // Month first: "January 3, 2020", "Jan. 3", "December 2021", "in September".
            // "May" alone is the modal verb unless a day or year follows, or a capitalised "May"
            // follows a date word no verb can follow ("last May", "since May", "in May").
            if let m = month(t), !(word == "may" && !(i + 1 < range.upperBound && (dayNumber(tokens[i + 1]) != nil || year(tokens[i + 1]) != nil))
                                   && !(t.text == "May" && i > range.lowerBound && mayMonthWords.contains(lower(tokens[i - 1])))),
               !(word == "march" && i + 1 < range.upperBound && tokens[i + 1].kind == .word && !tokens[i + 1].isCapitalized && dayNumber(tokens[i + 1]) == nil
                 && !(i + 2 < range.upperBound && ["last", "this", "next"].contains(lower(tokens[i + 1])) && lower(tokens[i + 2]) == "year")) {
                var j = skip(tokens, i + 1, ["."])
                if j < range.upperBound, let d = dayNumber(tokens[j]) {
                    j += 1
                    let k = skip(tokens, j)
                    if k < range.upperBound, let y = year(tokens[k]) { if let v = DateValue.checked(year: y, month: m, day: d) { add(.absolute(v), i, k + 1) }; i = k + 1; continue }
                    if DateValue.checked(year: 2000, month: m, day: d) != nil { add(.partial(month: m, day: d), i, j) }; i = j; continue
                }
                j = skip(tokens, i + 1, [","])
                if j < range.upperBound, let y = year(tokens[j]) { add(.absolute(DateValue(year: y, month: m)), i, j + 1); i = j + 1; continue }
                // A lone month name counts only after a preposition: "in September", "since October".
                if i > range.lowerBound, ["in", "since", "until", "by", "from", "during", "early", "late", "mid", "last", "next", "this"].contains(lower(tokens[i - 1])) {
                    add(.partial(month: m, day: nil), i, i + 1)
                }
                i += 1
                continue
            }
            // Day first: "3 January 2020", "19 October, 2014", "on 7 June".
            if let d = dayNumber(t), i + 1 < range.upperBound, let m = month(tokens[i + 1]) {
                let k = skip(tokens, i + 2)
                if k < range.upperBound, let y = year(tokens[k]) { if let v = DateValue.checked(year: y, month: m, day: d) { add(.absolute(v), i, k + 1) }; i = k + 1; continue }
                if DateValue.checked(year: 2000, month: m, day: d) != nil { add(.partial(month: m, day: d), i, i + 2) }; i += 2; continue
            }
            // A year after a date preposition; "between 2003 and 2011" keeps only its start.
            // "and"/"to" only close a range: "between 1991 and 2003", "from 2003 to 2011".
            if let y = year(t), i > range.lowerBound, yearPrepositions.contains(lower(tokens[i - 1])),
               !["and", "to"].contains(lower(tokens[i - 1])) || (found.last?.isRangeStart == true && found.last!.tokens.upperBound == i - 1) {
                let isStart = lower(tokens[i - 1]) == "between" || lower(tokens[i - 1]) == "from"
                let previousIsRange = found.last?.isRangeStart == true && found.last?.tokens.upperBound == i - 1
                if !previousIsRange {
                    var e = DateExpression(kind: .absolute(DateValue(year: y)), tokens: i..<(i + 1), range: t.start..<t.end)
                    e.isRangeStart = isStart
                    found.append(e)
                }
                i += 1
                continue
            }
            // "the 1990s" is left out: a decade is not a date this timeline can place.
            if word == "same", i > range.lowerBound, lower(tokens[i - 1]) == "the", i + 1 < range.upperBound, lower(tokens[i + 1]) == "day" {
                add(.sameDay, i - 1, i + 2); i += 2; continue
            }
            if word == "last" || word == "this" || word == "next" || word == "past", i + 1 < range.upperBound {
                // "last weekend" is in last week (weeks run Monday to Sunday): week precision.
                let unit: DateExpression.Unit? = ["week": .week, "weekend": .week, "month": .month, "year": .year][lower(tokens[i + 1])]
                // "last week" but not "the last year of the war"; "this week", "next month".
                if let unit, !(word != "this" && i > range.lowerBound && ["the", "a", "its", "their", "his", "her"].contains(lower(tokens[i - 1]))),
                   word != "past" || unit == .week {
                    // "earlier this week" is the same week; "later this month" the same month.
                    let from = word == "this" && i > range.lowerBound && ["earlier", "later"].contains(lower(tokens[i - 1])) ? i - 1 : i
                    add(word == "this" ? .this(unit) : (word == "next" ? .next(unit) : .last(unit)), from, i + 2); i += 2; continue
                }
                // "last night" is the evening before the article's date, but "at 2 a.m. last night"
                // is already the article's own day.
                if word == "last", lower(tokens[i + 1]) == "night" {
                    add(.relativeDay(isSmallHours(tokens, before: i, from: range.lowerBound) ? 0 : -1), i, i + 2); i += 2; continue
                }
            }
            // "this morning", "this evening": the article's own day.
            if word == "this", i + 1 < range.upperBound, ["morning", "afternoon", "evening"].contains(lower(tokens[i + 1])) {
                add(.relativeDay(0), i, i + 2); i += 2; continue
            }
            // A capital mid-sentence is a name ("USA Today", "the Today programme").
            if let days = relativeDays[word], !t.isCapitalized || t.opensSentence || i == range.lowerBound {
                add(.relativeDay(days), i, i + 1); i += 1; continue
            }
            // "two months later", "days after", "a decade later", "four years ago".
            if let (count, unit, length) = countAndUnit(tokens, i, range.upperBound), i + length < range.upperBound {
                let next = lower(tokens[i + length])
                if next == "later" || next == "after" || next == "afterwards" || next == "ago" {
                    add(.offset(count: count, unit: unit, direction: next == "ago" ? .ago : .later), i, i + length + 1)
                    found[found.count - 1].isVague = length == 1 || ["several", "few"].contains(word)
                    i += length + 1; continue
                }
            }
            i += 1
        }
        return ranges(yearShifted(found, tokens), tokens, from: range.lowerBound)
    }

    /// "between January 1985 and November 2004", "from 3 May to 9 June": the start of a range
    /// and its end (bare years are handled where they are found: only their start is kept).
    static func ranges(_ found: [DateExpression], _ tokens: [Token], from start: Int) -> [DateExpression] {
        guard found.count > 1 else { return found }
        var result = found
        for n in 0..<(result.count - 1) {
            let e = result[n], f = result[n + 1]
            let before = e.tokens.lowerBound - 1
            guard before >= start, ["between", "from"].contains(lower(tokens[before])),
                  f.tokens.lowerBound == e.tokens.upperBound + 1, ["and", "to", "until"].contains(lower(tokens[e.tokens.upperBound])) else { continue }
            result[n].isRangeStart = true
            result[n + 1].isRangeEnd = true
        }
        return result
    }

    /// "last year's October 7", "October 7 last year", "in March this year": one yearless date
    /// whose year is counted from the article's, not a year and a date side by side.
    static func yearShifted(_ found: [DateExpression], _ tokens: [Token]) -> [DateExpression] {
        guard found.count > 1 else { return found }
        func shift(_ e: DateExpression) -> Int? {
            switch e.kind {
            case .last(.year): return -1
            case .this(.year): return 0
            case .next(.year): return 1
            default: return nil
            }
        }
        func isDate(_ e: DateExpression) -> Bool {
            if case .partial = e.kind { return e.yearShift == nil }
            return false
        }
        var result: [DateExpression] = []
        result.reserveCapacity(found.count)
        var i = 0
        while i < found.count {
            let e = found[i]
            if i + 1 < found.count {
                let f = found[i + 1]
                // Adjacent, or with the possessive between: "last year's October 7", "October 7 last year".
                let gap = f.tokens.lowerBound - e.tokens.upperBound
                let joined = gap == 0 || (gap == 1 && tokens[e.tokens.upperBound].kind == .possessive)
                if joined, let s = shift(e), isDate(f) {
                    var merged = f
                    merged.tokens = e.tokens.lowerBound..<f.tokens.upperBound
                    merged.range = e.range.lowerBound..<f.range.upperBound
                    merged.yearShift = s
                    result.append(merged); i += 2; continue
                }
                if gap == 0, isDate(e), let s = shift(f) {
                    var merged = e
                    merged.tokens = e.tokens.lowerBound..<f.tokens.upperBound
                    merged.range = e.range.lowerBound..<f.range.upperBound
                    merged.yearShift = s
                    result.append(merged); i += 2; continue
                }
            }
            result.append(e)
            i += 1
        }
        return result
    }

    /// Words before a capitalised "May" that make it the month: a modal verb never follows them.
    static let mayMonthWords: Set<String> = ["last", "next", "since", "in", "until", "early", "mid", "late", "during"]
    /// Lower-case words that can begin a relative phrase.
    static let relativeStarts: Set<String> = Set(numberWords.keys).union(["same", "last", "this", "next", "past", "days", "weeks", "months", "years",
                                                                          "decades", "yesterday", "today", "tonight", "tomorrow"])
    /// Days from the article's date that a word names.
    static let relativeDays: [String: Int] = ["yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1]

    static let units: [String: DateExpression.Unit] = ["day": .day, "days": .day, "week": .week, "weeks": .week, "month": .month,
                                                       "months": .month, "year": .year, "years": .year, "decade": .decade, "decades": .decade]

    /// "two months", "days", "a decade": the count (a bare plural counts as a few), unit and tokens used.
    static func countAndUnit(_ tokens: [Token], _ i: Int, _ end: Int) -> (Int, DateExpression.Unit, Int)? {
        let w = lower(tokens[i])
        if let unit = units[w], w.hasSuffix("s") { return (3, unit, 1) }
        guard i + 1 < end, let unit = units[lower(tokens[i + 1])] else { return nil }
        if let n = numberWords[w] { return (n, unit, 2) }
        if tokens[i].kind == .number, let n = Int(tokens[i].text), n < 100 { return (n, unit, 2) }
        return nil
    }
}
