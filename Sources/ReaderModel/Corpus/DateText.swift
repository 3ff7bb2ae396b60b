import Foundation

/// Reads the explicit dates of datelines: "December 4, 2023", "4 December 2023", "2023-12-04".
public enum DateText {
    static let months = ["january", "february", "march", "april", "may", "june", "july", "august",
                         "september", "october", "november", "december"]

    /// Month number for a full or abbreviated English month name ("Jan.", "Sept").
    public static func month(_ word: String) -> Int? {
        let w = word.lowercased().trimmingCharacters(in: .punctuationCharacters)
        guard w.count >= 3 else { return nil }
        if let i = months.firstIndex(of: w) { return i + 1 }
        if w == "sept" { return 9 }
        return months.firstIndex { $0.hasPrefix(w) && w.count <= 4 }.map { $0 + 1 }
    }

    /// The ISO date at the start of `text`, with how many characters it used, or nil.
    public static func parse(_ text: String) -> (iso: String, length: Int)? {
        let parts = text.split(separator: " ", omittingEmptySubsequences: true).prefix(3).map(String.init)
        func number(_ s: String) -> Int? { Int(s.trimmingCharacters(in: CharacterSet(charactersIn: ",.")).prefix(4)) }
        func iso(_ y: Int, _ m: Int, _ d: Int) -> String? {
            guard (1...12).contains(m), (1...31).contains(d), (1000...2999).contains(y) else { return nil }
            return String(format: "%04d-%02d-%02d", y, m, d)
        }
        if parts.count >= 3, let m = month(parts[0]), let d = number(parts[1]), let y = number(parts[2]), let s = iso(y, m, d) {
            return (s, parts[0...2].joined(separator: " ").count)
        }
        if parts.count >= 3, let d = number(parts[0]), let m = month(parts[1]), let y = number(parts[2]), let s = iso(y, m, d) {
            return (s, parts[0...2].joined(separator: " ").count)
        }
        if let first = parts.first, first.count >= 10 {
            let pieces = first.prefix(10).split(separator: "-")
            if pieces.count == 3, let y = Int(pieces[0]), let m = Int(pieces[1]), let d = Int(pieces[2]), let s = iso(y, m, d) {
                return (s, 10)
            }
        }
        return nil
    }
}
