import Foundation

/// Countries (`Assets/knowledge/places.txt`, sections "countries" and "former states"): places
/// too wide to tell two events apart or together. Two strikes "in Syria" on one day may be two
/// strikes; two in Aleppo, or on the Golan Heights, are one.
public struct BroadPlaces: Sendable {
    /// Names and aliases, lower-cased.
    var names: Set<String> = []

    static let sections: Set<String> = ["countries", "former states"]

    public init(placesText: String) {
        var inBroad = false
        for raw in placesText.split(separator: "\n") {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("# ---") {
                inBroad = Self.sections.contains(line.dropFirst("# ---".count).trimmingCharacters(in: .whitespaces).lowercased())
                continue
            }
            guard inBroad, !line.hasPrefix("#"), !line.isEmpty else { continue }
            for name in line.split(separator: "|") { names.insert(name.trimmingCharacters(in: .whitespaces).lowercased()) }
        }
    }

    /// The broad places shipped in the binary.
    public static let bundled = BroadPlaces(placesText: AssetStore.text("knowledge/places.txt") ?? "")

    /// Indices of the places of an analysis that are countries.
    public func entities(_ entities: [Entity]) -> Set<Int> {
        Set(entities.indices.filter { i in
            entities[i].type == .place && ([entities[i].name] + entities[i].aliases).contains { names.contains($0.lowercased()) }
        })
    }
}
