import Foundation

/// Dates as metadata writes them — ISO 8601 (`2024-03-05T10:00:00Z`), RFC 822 (`Tue, 05 Mar 2024
/// 10:00:00 GMT`), Unix timestamps, or plain English dates — made `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`).
/// The day is the one written, not moved to another time zone: the publisher's calendar day.
public enum MetadataDate {
    public static func iso(_ raw: String) -> String? {
        let s = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !s.isEmpty else { return nil }
        if let iso = isoPrefix(s) { return iso }
        if let iso = rfc822(s) { return iso }
        if let (iso, _) = DateText.parse(s) { return isoPrefix(iso) }
        if let seconds = Double(s) { return timestamp(seconds) }
        return nil
    }

    /// A JSON number as a Unix timestamp, in seconds or milliseconds.
    public static func timestamp(_ value: Double) -> String? {
        guard value > 0, value.isFinite else { return nil }
        let seconds = value > 100_000_000_000 ? value / 1000 : value
        guard seconds < 253_402_300_800 else { return nil }  // before year 10000
        let date = Date(timeIntervalSince1970: seconds)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        guard let y = c.year, let m = c.month, let d = c.day else { return nil }
        return format(y, m, d)
    }

    static func format(_ y: Int, _ m: Int?, _ d: Int?) -> String? {
        guard (1...9999).contains(y) else { return nil }
        guard let m else { return String(format: "%04d", y) }
        guard (1...12).contains(m) else { return nil }
        guard let d else { return String(format: "%04d-%02d", y, m) }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard d >= 1, let date = calendar.date(from: DateComponents(year: y, month: m, day: d)),
              calendar.component(.day, from: date) == d else { return nil }
        return String(format: "%04d-%02d-%02d", y, m, d)
    }

    /// `2024-03-05…`, `2024-03`, `2024`, `20240305`.
    static func isoPrefix(_ s: String) -> String? {
        let u = Array(s.utf8)
        func digits(_ from: Int, _ n: Int) -> Int? {
            guard from + n <= u.count else { return nil }
            var v = 0
            for i in from..<(from + n) { guard (48...57).contains(u[i]) else { return nil }; v = v * 10 + Int(u[i] - 48) }
            return v
        }
        guard let y = digits(0, 4) else { return nil }
        if u.count == 4 { return format(y, nil, nil) }
        if u.count >= 8, let m = digits(4, 2), let d = digits(6, 2), u.count == 8 || u[8] == UInt8(ascii: "T") { return format(y, m, d) }
        guard u.count >= 7, u[4] == UInt8(ascii: "-") || u[4] == UInt8(ascii: "/"), let m = digits(5, 2) else { return nil }
        if u.count == 7 { return format(y, m, nil) }
        guard u.count >= 10, u[7] == u[4], let d = digits(8, 2) else { return nil }
        if u.count > 10, let next = Unicode.Scalar(UInt32(u[10])), !(next == "T" || next == " " || next == "t") { return nil }
        return format(y, m, d)
    }

    /// `Tue, 05 Mar 2024 10:00:00 GMT` (the weekday optional, two-digit years allowed).
    static func rfc822(_ s: String) -> String? {
        var words = s.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        if let first = words.first, first.count >= 3, Int(first) == nil, DateText.month(first) == nil { words.removeFirst() }
        guard words.count >= 3, let d = Int(words[0]), let m = DateText.month(words[1]), var y = Int(words[2]) else { return nil }
        if words[2].count == 2 { y += y < 50 ? 2000 : 1900 }
        return format(y, m, d)
    }
}
