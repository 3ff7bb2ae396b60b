import Foundation

/// Event types that describe the same happening in different words, for merging
/// (`Assets/knowledge/event-families.txt`): a strike and the killing, wounding or death it
/// causes; a statement and a condemnation; a vote and the law or resolution it passes.
enum EventFamily {
    /// Family of each type that has one other than itself.
    static let bundled = families(AssetStore.text("knowledge/event-families.txt") ?? "")

    /// "family: type type …" lines; `#` comments.
    static func families(_ text: String) -> [String: String] {
        var map: [String: String] = [:]
        for raw in text.split(separator: "\n") {
            let line = raw.trimmingCharacters(in: .whitespaces)
            guard !line.hasPrefix("#"), !line.hasPrefix("("), let colon = line.firstIndex(of: ":") else { continue }
            let family = line[..<colon].trimmingCharacters(in: .whitespaces)
            for type in line[line.index(after: colon)...].split(separator: " ") { map[String(type)] = family }
        }
        return map
    }

    static func of(_ type: String) -> String { bundled[type] ?? type }

    /// Types whose words say that something happened but not what: "launched" (missiles or an
    /// album), "lost" (a match or trust), "took" (office or a town), "began" (a campaign or a
    /// company). The `(vague)` line of the file.
    static let vague = vagueTypes(AssetStore.text("knowledge/event-families.txt") ?? "")

    static func vagueTypes(_ text: String) -> Set<String> {
        var types = Set<String>()
        for raw in text.split(separator: "\n") where raw.hasPrefix("(vague)") {
            types.formUnion(raw.dropFirst("(vague)".count).split(separator: " ").map(String.init))
        }
        return types
    }
}
