import Foundation

/// A calendar date known to a year, a month, a week or a day (proleptic Gregorian).
///
/// A week is stored as its Monday with `isWeek` set. Dates are only ever made from text
/// through `DateValue.checked`, which refuses days the calendar does not have ("February 30")
/// and years outside 1–9999, so no such date reaches the export.
public struct DateValue: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int?
    public var day: Int?
    /// The date is the Monday of a week known no more precisely ("last week").
    public var isWeek = false

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
    }

    /// The date if it is a real one: year 1–9999, month 1–12, a day the month has.
    public static func checked(year: Int, month: Int? = nil, day: Int? = nil) -> DateValue? {
        let v = DateValue(year: year, month: month, day: day)
        return v.isValid ? v : nil
    }

    /// The week (Monday to Sunday) that holds a day-precise date.
    public static func week(of date: DateValue) -> DateValue? {
        guard let wd = date.weekday else { return nil }
        // weekday: 1 = Sunday … 7 = Saturday; Monday starts the week.
        var monday = date.adding(days: -((wd + 5) % 7))
        guard monday.isValid else { return nil }
        monday.isWeek = true
        return monday
    }

    /// How precisely the date is known.
    public enum Precision: Int, Sendable, Comparable, CustomStringConvertible {
        case year = 1, month, week, day
        public static func < (a: Precision, b: Precision) -> Bool { a.rawValue < b.rawValue }
        public var description: String {
            switch self {
            case .year: return "year"
            case .month: return "month"
            case .week: return "week"
            case .day: return "day"
            }
        }
    }

    public var precision: Precision { isWeek ? .week : (day != nil ? .day : (month != nil ? .month : .year)) }

    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; a week is written as the month its Thursday falls in
    /// (the ISO week's month), since the export's date has no week form.
    public var iso: String {
        if isWeek { return thursday.truncated(to: .month).iso }
        var s = Self.pad(year, 4)
        if let month { s += "-" + Self.pad(month, 2) }
        if let day { s += "-" + Self.pad(day, 2) }
        return s
    }

    /// What a reader is shown: the ISO form, or "week of YYYY-MM-DD".
    public var display: String {
        guard isWeek else { return iso }
        var monday = self
        monday.isWeek = false
        return "week of " + monday.iso
    }

    /// The Thursday of a week (the day that names its month and year).
    var thursday: DateValue {
        var monday = self
        monday.isWeek = false
        return monday.adding(days: 3)
    }

    public var description: String { display }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    /// The same date at a lower precision (a week's month and year are those of its Thursday).
    public func truncated(to precision: Precision) -> DateValue {
        if isWeek, precision < .week { return thursday.truncated(to: precision) }
        switch precision {
        case .year: return DateValue(year: year)
        case .month: return DateValue(year: year, month: month)
        case .week: return precision <= self.precision ? (Self.week(of: self) ?? self) : self
        case .day: return self
        }
    }

    /// First and last day the date can be, as day numbers.
    var span: (first: Int, last: Int) {
        if isWeek { let d = dayNumber; return (d, d + 6) }
        let first = DateValue(year: year, month: month ?? 1, day: day ?? 1).dayNumber
        if day != nil { return (first, first) }
        if let month { return (first, first + Self.daysIn(month: month, year: year) - 1) }
        return (first, DateValue(year: year, month: 12, day: 31).dayNumber)
    }

    /// Whether two dates can be the same day: equal wherever both are known (a week holds its seven days).
    public func isCompatible(with other: DateValue) -> Bool {
        if isWeek || other.isWeek {
            let a = span, b = other.span
            return a.first <= b.last && b.first <= a.last
        }
        return year == other.year && (month == nil || other.month == nil || month == other.month)
            && (day == nil || other.day == nil || day == other.day)
    }

    /// Days from `other` to this date, when both are day-precise (weeks count from their Monday).
    public func days(since other: DateValue) -> Int? {
        guard day != nil, other.day != nil else { return nil }
        return dayNumber - other.dayNumber
    }

    public static func < (a: DateValue, b: DateValue) -> Bool {
        (a.year, a.month ?? 0, a.day ?? 0, a.isWeek ? 0 : 1) < (b.year, b.month ?? 0, b.day ?? 0, b.isWeek ? 0 : 1)
    }

    // MARK: - Calendar arithmetic (proleptic Gregorian, pure integer arithmetic)

    static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// A real date in the range this program handles: year 1–9999, month 1–12, a day the month has.
    public var isValid: Bool {
        guard (1...9999).contains(year) else { return false }
        guard let month else { return day == nil && !isWeek }
        guard (1...12).contains(month) else { return false }
        guard let day else { return !isWeek }
        return (1...Self.daysIn(month: month, year: year)).contains(day)
    }

    /// Days since 1970-01-01 (Howard Hinnant's days-from-civil).
    var dayNumber: Int {
        let m = month ?? 1, d = day ?? 1
        let y = m <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The date of a day number (civil-from-days).
    static func fromDayNumber(_ n: Int) -> DateValue {
        let z = n + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return DateValue(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// 1 = Sunday … 7 = Saturday, for a day-precise date.
    public var weekday: Int? {
        guard day != nil, isValid || isWeek else { return nil }
        // 1970-01-01 was a Thursday (5).
        return ((dayNumber % 7 + 7) % 7 + 4) % 7 + 1
    }

    /// The date moved by a number of days, months or years, at the same precision (a day
    /// count on a month- or year-precise date moves it from its first day, at its precision).
    /// The result may fall outside 1–9999: check `isValid` before keeping it.
    public func adding(days: Int = 0, months: Int = 0, years: Int = 0) -> DateValue {
        // Bounded so arithmetic on absurd counts cannot overflow.
        guard abs(days) < 10_000_000, abs(months) < 1_000_000, abs(years) < 100_000 else { return DateValue(year: 0) }
        var y = year + years
        var m = (month ?? 1) + months
        y += (m - 1 >= 0 ? (m - 1) / 12 : (m - 12) / 12)
        m = ((m - 1) % 12 + 12) % 12 + 1
        var d = day ?? 1
        if day != nil { d = min(d, Self.daysIn(month: m, year: y)) }
        var moved = DateValue(year: y, month: m, day: d)
        if days != 0 { moved = Self.fromDayNumber(moved.dayNumber + days) }
        var result = DateValue(year: moved.year, month: month == nil && months == 0 && days == 0 ? nil : moved.month,
                               day: day == nil && days == 0 ? nil : moved.day)
        result.isWeek = isWeek
        return result
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a time after the date, as in
    /// `2024-02-07T10:32:00Z`, is ignored); nil unless the date is real.
    public init?(iso: String) {
        var text = Substring(iso.trimmingCharacters(in: [" ", "\t"]))
        if let t = text.firstIndex(where: { $0 == "T" || $0 == " " }) { text = text[..<t] }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }),
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else { return nil }
        let n = parts.map { Int($0)! }
        guard let v = Self.checked(year: n[0], month: n.count > 1 ? n[1] : nil, day: n.count > 2 ? n[2] : nil) else { return nil }
        self = v
    }
}
