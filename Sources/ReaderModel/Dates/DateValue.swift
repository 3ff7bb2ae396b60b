import Foundation

/// A calendar date known to a year, a month or a day.
public struct DateValue: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int?
    public var day: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
    }

    /// How precisely the date is known.
    public enum Precision: Int, Sendable, Comparable {
        case year = 1, month, day
        public static func < (a: Precision, b: Precision) -> Bool { a.rawValue < b.rawValue }
    }

    public var precision: Precision { day != nil ? .day : (month != nil ? .month : .year) }

    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    public var iso: String {
        var s = String(format: "%04d", year)
        if let month { s += String(format: "-%02d", month) }
        if let day { s += String(format: "-%02d", day) }
        return s
    }

    public var description: String { iso }

    /// The same date at a lower precision.
    public func truncated(to precision: Precision) -> DateValue {
        switch precision {
        case .year: return DateValue(year: year)
        case .month: return DateValue(year: year, month: month)
        case .day: return self
        }
    }

    /// Whether two dates can be the same day: equal wherever both are known.
    public func isCompatible(with other: DateValue) -> Bool {
        year == other.year && (month == nil || other.month == nil || month == other.month)
            && (day == nil || other.day == nil || day == other.day)
    }

    public static func < (a: DateValue, b: DateValue) -> Bool {
        (a.year, a.month ?? 0, a.day ?? 0) < (b.year, b.month ?? 0, b.day ?? 0)
    }

    // MARK: - Calendar arithmetic (Gregorian, UTC)

    static let calendar: Calendar = {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(identifier: "UTC")!
        return c
    }()

    var components: DateComponents { DateComponents(year: year, month: month ?? 1, day: day ?? 1) }

    /// A real day: false for "February 30".
    public var isValid: Bool {
        guard let month, let day else { return (1...12).contains(month ?? 1) }
        guard (1...12).contains(month), day >= 1, let date = Self.calendar.date(from: components) else { return false }
        return Self.calendar.component(.day, from: date) == day
    }

    /// 1 = Sunday … 7 = Saturday, for a day-precise date.
    public var weekday: Int? {
        guard day != nil, let date = Self.calendar.date(from: components) else { return nil }
        return Self.calendar.component(.weekday, from: date)
    }

    /// The date moved by a number of days, months or years, at the same precision.
    public func adding(days: Int = 0, months: Int = 0, years: Int = 0) -> DateValue {
        guard let date = Self.calendar.date(from: components),
              let moved = Self.calendar.date(byAdding: DateComponents(year: years, month: months, day: days), to: date) else { return self }
        let c = Self.calendar.dateComponents([.year, .month, .day], from: moved)
        return DateValue(year: c.year!, month: month == nil && months == 0 && days == 0 ? nil : c.month,
                         day: day == nil && days == 0 ? nil : c.day)
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public init?(iso: String) {
        let parts = iso.split(separator: "-").map { Int($0) }
        guard let first = parts.first, let year = first, parts.allSatisfy({ $0 != nil }) else { return nil }
        self.init(year: year, month: parts.count > 1 ? parts[1] : nil, day: parts.count > 2 ? parts[2] : nil)
    }
}
