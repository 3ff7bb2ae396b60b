/// Last words an organization's name drops in other articles ("Veritas Party" → "Veritas",
/// "Apple Computer" → "Apple"), from `Assets/knowledge/organization-suffixes.txt`.
enum OrganizationSuffixes {
    static let bundled: Set<String> = parse(AssetStore.text("knowledge/organization-suffixes.txt") ?? "")

    static func parse(_ text: String) -> Set<String> {
        var words = Set<String>()
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            for word in line.split(separator: " ") { words.insert(Knowledge.fold(String(word))) }
        }
        return words
    }

    /// The name without its last word when that is a suffix and a name is left: "Veritas Party" → "Veritas".
    static func stem(_ name: String, suffixes: Set<String> = bundled) -> String? {
        let words = name.split(separator: " ")
        guard words.count >= 2, let last = words.last, suffixes.contains(Knowledge.fold(String(last))) else { return nil }
        let stem = words.dropLast().joined(separator: " ")
        return NameKey.significantWords(stem).isEmpty ? nil : stem
    }
}
