/// What tells a man from a woman in a name, for "Mr Blair" and "Mrs Blair" when an article names
/// two people of one surname: the title written with a name, else its given name
/// (`Assets/knowledge/gendered-names.txt`).
struct PersonSex: Sendable {
    enum Sex: Sendable { case male, female }

    var titles: [String: Sex] = [:]
    var femaleNames = Set<String>()
    var eitherNames = Set<String>()

    static let bundled = PersonSex(text: AssetStore.text("knowledge/gendered-names.txt") ?? "")

    /// Parses lines "male titles: …", "female titles: …", "female: …" and "either: …".
    init(text: String) {
        for raw in text.split(whereSeparator: \.isNewline) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            guard !line.hasPrefix("#"), let colon = line.firstIndex(of: ":") else { continue }
            let words = line[line.index(after: colon)...].split(separator: " ").map { Knowledge.fold(String($0)) }
            switch line[..<colon].lowercased() {
            case "male titles": for w in words { titles[w] = .male }
            case "female titles": for w in words { titles[w] = .female }
            case "female": femaleNames.formUnion(words)
            case "either": eitherNames.formUnion(words)
            default: break
            }
        }
        femaleNames.subtract(eitherNames)
    }

    /// The sex a title says ("mrs" → female), nil for none or a title said of both ("Dr").
    func sex(ofTitle title: String?) -> Sex? {
        guard let title else { return nil }
        return titles[Knowledge.fold(title)] ?? titles[Knowledge.fold(title).trimmingCharacters(in: ["."])]
    }

    /// The sex a given name says: a woman's name, or another known given name not said of both.
    func sex(ofGivenName name: String, knowledge: Knowledge) -> Sex? {
        let folded = Knowledge.fold(name)
        if femaleNames.contains(folded) { return .female }
        if eitherNames.contains(folded) || !knowledge.isGivenName(name) { return nil }
        return .male
    }
}
