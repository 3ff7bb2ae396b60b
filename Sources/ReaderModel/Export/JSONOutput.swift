import Foundation

/// Pretty, key-sorted JSON, as every command prints it.
public enum JSONOutput {
    /// The JSON of a value, or `fallback` if it cannot be encoded.
    public static func encode<T: Encodable>(_ value: T, fallback: String = "null") -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? fallback
    }
}
