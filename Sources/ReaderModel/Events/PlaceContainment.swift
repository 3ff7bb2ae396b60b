import Foundation

/// Which places lie within which, for telling whether two reports agree on where something
/// happened: a town and its region or country meet ("Deir al-Balah" and "Gaza"), two towns do
/// not. Known from `Assets/knowledge/place-containment.txt` ("Inner: Outer") and from what the
/// articles themselves state ("Wad Tessel, a village in Morvel state", "Brindle in northern Dorrow").
public struct PlaceContainment: Sendable {
    /// Place entity → the place entities it lies directly within.
    public private(set) var within: [Int: Set<Int>] = [:]

    public init() {}

    public mutating func add(_ inner: Int, in outer: Int) {
        guard inner != outer, inner >= 0, outer >= 0 else { return }
        within[inner, default: []].insert(outer)
    }

    /// Whether `inner` lies within `outer`, directly or through a few steps (town, region, country).
    public func lies(_ inner: Int, in outer: Int) -> Bool {
        var frontier: Set<Int> = [inner], seen: Set<Int> = [inner]
        for _ in 0..<Self.depth {
            var next = Set<Int>()
            for p in frontier { for o in within[p] ?? [] where seen.insert(o).inserted { if o == outer { return true }; next.insert(o) } }
            if next.isEmpty { return false }
            frontier = next
        }
        return false
    }

    static let depth = 4

    /// Whether two reports' places agree: either names none, they share one, or one lies within another.
    public func meet(_ a: Set<Int>, _ b: Set<Int>) -> Bool {
        if a.isEmpty || b.isEmpty || !a.isDisjoint(with: b) { return true }
        guard !within.isEmpty else { return false }
        for x in a { for y in b where lies(x, in: y) || lies(y, in: x) { return true } }
        return false
    }

    // MARK: Knowledge

    /// "Inner: Outer" lines; `#` comments. Names are matched, lower-cased, to places' names and aliases.
    public static func pairs(_ text: String) -> [(inner: String, outer: String)] {
        text.split(separator: "\n").compactMap { raw in
            let line = raw.trimmingCharacters(in: .whitespaces)
            guard !line.hasPrefix("#"), let colon = line.firstIndex(of: ":") else { return nil }
            let inner = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let outer = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces).lowercased()
            return inner.isEmpty || outer.isEmpty ? nil : (inner, outer)
        }
    }

    /// The pairs shipped in the binary.
    public static let bundledPairs = pairs(AssetStore.text("knowledge/place-containment.txt") ?? "")

    /// The containment the knowledge gives among an analysis's places.
    public mutating func addKnown(_ pairs: [(inner: String, outer: String)], entities: [Entity]) {
        var byName: [String: [Int]] = [:]
        for (i, e) in entities.enumerated() where e.type == .place {
            for name in Set(([e.name] + e.aliases).map { $0.lowercased() }) { byName[name, default: []].append(i) }
        }
        for (inner, outer) in pairs {
            for i in byName[inner] ?? [] { for o in byName[outer] ?? [] { add(i, in: o) } }
        }
    }

    // MARK: What articles state

    static let directions: Set<String> = ["north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                                          "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
                                          "southeastern", "southwestern", "north-east", "north-west", "south-east", "south-west",
                                          "north-eastern", "north-western", "south-eastern", "south-western", "northernmost",
                                          "southernmost", "eastern-most", "upper", "lower", "rural", "coastal"]
    static let kinds: Set<String> = ["village", "town", "city", "district", "area", "neighbourhood", "neighborhood", "camp",
                                     "region", "province", "port", "suburb", "state", "governorate", "county", "municipality",
                                     "refugee", "hamlet", "settlement", "township", "oblast", "locality"]

    /// Pairs (inner, outer) of place entities an article states, from the words between two place
    /// names that follow each other: "X in Y", "X in northern Y", "X, in central Y", "X village in Y",
    /// "X, a town in Y", "X, a refugee camp in the south of Y". A list ("X, Y and Z") states none.
    public static func stated(_ doc: TokenizedDocument) -> [(inner: Int, outer: Int)] {
        var found: [(Int, Int)] = []
        let mentions = doc.mentions
        guard mentions.count > 1 else { return [] }
        for i in 0..<(mentions.count - 1) {
            let a = mentions[i], b = mentions[i + 1]
            guard a.type == .place, b.type == .place, i + 1 < doc.entityOfMention.count else { continue }
            let ea = doc.entityOfMention[i], eb = doc.entityOfMention[i + 1]
            guard ea >= 0, eb >= 0, ea != eb, a.tokens.upperBound <= b.tokens.lowerBound,
                  b.tokens.lowerBound - a.tokens.upperBound <= 8 else { continue }
            let between = doc.tokens[a.tokens.upperBound..<b.tokens.lowerBound].map { $0.text.lowercased() }
            if statesContainment(between) { found.append((ea, eb)) }
        }
        return found
    }

    /// Whether the words between two place names say the first lies in the second.
    static func statesContainment(_ words: [String]) -> Bool {
        var w = words[...]
        // "X, in Y", "X, a town in Y"
        if w.first == "," { w = w.dropFirst(); if w.first == "a" || w.first == "an" { w = w.dropFirst() } }
        // "X village in Y", "a coastal town in Y"
        while let f = w.first, kinds.contains(f) || directions.contains(f) { w = w.dropFirst() }
        guard w.first == "in" else { return false }
        // "in Y", "in northern Y", "in the north of Y"
        let rest = w.dropFirst().filter { $0 != "the" }
        if rest.isEmpty { return true }
        if rest.count == 1 { return directions.contains(rest[0]) }
        return rest.count == 2 && Self.parts.contains(rest[0]) && rest[1] == "of"
    }

    static let parts: Set<String> = ["north", "south", "east", "west", "centre", "center", "outskirts", "heart", "edge"]
}
