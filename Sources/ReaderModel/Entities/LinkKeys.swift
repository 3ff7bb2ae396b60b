/// The keys under which two names of the same type may be linked.
enum LinkKeys {
    /// Keys for a name: exact, singular and, when long enough to be safe, skeleton.
    static func keys(for name: String, type: EntityType, knowledge: Knowledge) -> [String] {
        var words = NameKey.significantWords(name)
        guard !words.isEmpty else { return [] }
        // "Dave Collins" and "David Collins" meet.
        if type == .person { words = knowledge.fullGivenName(words) }
        var keys = ["x:" + words.joined(separator: " ")]
        if type == .organization {
            keys.append("o:" + organizationKey(words, knowledge))
        }
        // A name's short words say too little as skeletons ("Mi"/"Ma Bergamasco" → "m"): kept whole.
        var skeleton = words.map { type == .person && $0.count <= 2 ? $0 : NameKey.skeleton(word: $0) }.joined(separator: " ")
        // A short surname's skeleton says too little ("Marr"/"Murray" → "mr"): keep it whole.
        if type == .person, words.count >= 2, let last = words.last, NameKey.skeleton(word: last).count < 3 {
            skeleton = (words.dropLast().map { NameKey.skeleton(word: $0) } + [last]).joined(separator: " ")
        }
        let letters = skeleton.filter { $0 != " " }.count
        // Skeletons of short or single-word person names collide too easily.
        if letters >= 5, type != .person || words.count >= 2 { keys.append("s:" + skeleton) }
        return keys.map { type.rawValue + "|" + $0 }
    }

    /// Singular words, with an English head noun moved to its Arabic prefix:
    /// "Sayyid al-Shuhada Brigades" and "Kataib Sayyid al-Shuhada" meet.
    static func organizationKey(_ words: [String], _ knowledge: Knowledge) -> String {
        let singular = NameKey.singular(word:)
        var ws = words.map(singular)
        if let first = ws.first, let mapped = knowledge.organizationPrefixes[first] ?? knowledge.organizationPrefixes[first + "s"] {
            ws[0] = singular(mapped)
        } else if let last = ws.last, ws.count >= 2,
                  // An English head noun: the singular of a prefix's meaning (scanned, not built into a dictionary per name).
                  knowledge.organizationPrefixes.values.contains(where: { singular($0) == last }) {
            ws.removeLast()
            ws.insert(last, at: 0)
        }
        // Whole words: skeletons of short names collide ("Sony"/"Sina", "BBC"/"BAC"); vowel
        // drift in longer names is left to the skeleton key, which has a length floor.
        return ws.joined(separator: " ")
    }
}
