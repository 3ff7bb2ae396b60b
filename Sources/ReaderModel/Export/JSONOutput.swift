import Foundation

/// Pretty, key-sorted JSON, as every command prints it.
public enum JSONOutput {
    /// The JSON of a value, or `fallback` if it cannot be encoded.
    public static func encode<T: Encodable>(_ value: T, fallback: String = "null") -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)).map { escapeInvisibles(String(decoding: $0, as: UTF8.self)) } ?? fallback
    }

    /// Whether a character is written as `\uXXXX` although JSON allows it raw: DEL, C1
    /// controls, bidirectional marks and overrides, line and paragraph separators. A
    /// terminal showing the JSON would act on them; as escapes they are still the same text.
    static func mustEscape(_ v: UInt32) -> Bool {
        v == 0x7F || (0x80...0x9F).contains(v) || v == 0x061C || v == 0x200E || v == 0x200F
            || (0x2028...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    /// `json` with those characters escaped. They can only stand inside strings, so a
    /// plain pass over the text is safe.
    static func escapeInvisibles(_ json: String) -> String {
        // Their UTF-8 lead bytes: 7F, C2 (C1), D8 (U+061C), E2 (U+20xx). Most output has none.
        guard json.utf8.contains(where: { $0 == 0x7F || $0 == 0xC2 || $0 == 0xD8 || $0 == 0xE2 }) else { return json }
        var out = String.UnicodeScalarView()
        for s in json.unicodeScalars {
            if mustEscape(s.value) {
                out.append(contentsOf: "\\u".unicodeScalars)
                out.append(contentsOf: String(s.value, radix: 16).leftPadded(4).unicodeScalars)
            } else {
                out.append(s)
            }
        }
        return String(out)
    }
}
