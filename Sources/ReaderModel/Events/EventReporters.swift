import Foundation

/// News agencies (`Assets/knowledge/event-reporters.txt`): they report events and take no part
/// in them, so they are never an event's actor or victim, and never a key that merges or
/// separates reports ("DAMASCUS (Reuters) –", "sources told AFP").
public struct EventReporters: Sendable {
    /// Listed names, lower-cased.
    var names: Set<String> = []
    /// Last words that mark an agency ("news agency"), lower-cased, with a leading space.
    var endings: [String] = []

    public init(text: String) {
        for raw in text.split(separator: "\n") where !raw.hasPrefix("#") {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("endings:") {
                endings = line.dropFirst("endings:".count).split(separator: "|")
                    .map { " " + $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { $0.count > 1 }
            } else if !line.isEmpty {
                names.insert(line.lowercased())
            }
        }
    }

    /// The reporters shipped in the binary.
    public static let bundled = EventReporters(text: AssetStore.text("knowledge/event-reporters.txt") ?? "")

    /// Whether an organization of this name (or any of these aliases) is a news agency.
    public func isReporter(name: String, aliases: [String] = []) -> Bool {
        for form in [name] + aliases {
            let lower = form.lowercased()
            if names.contains(lower) { return true }
            if endings.contains(where: { lower.hasSuffix($0) }) { return true }
        }
        return false
    }

    /// Indices of the organizations of an analysis that are news agencies.
    public func entities(_ entities: [Entity]) -> Set<Int> {
        Set(entities.indices.filter { entities[$0].type == .organization && isReporter(name: entities[$0].name, aliases: entities[$0].aliases) })
    }

    /// Whether the words before a name make it the source of the sentence, not a party to its
    /// event: "told Reuters", "speaking to the BBC", "according to CNN", "citing AFP",
    /// "reported by Al Jazeera", or the name alone in brackets ("(Reuters)").
    static func isSource(_ tokens: [Token], mention: Range<Int>, in range: Range<Int>) -> Bool {
        var j = mention.lowerBound - 1
        if j >= range.lowerBound, tokens[j].text.lowercased() == "the" { j -= 1 }
        if j >= range.lowerBound {
            let w = tokens[j].text.lowercased()
            if w == "told" || w == "citing" || w == "cited" { return true }
            if j > range.lowerBound, w == "to" || w == "by" {
                let v = tokens[j - 1].text.lowercased()
                if ["according", "speaking", "spoke", "talking", "reported", "quoted"].contains(v) { return true }
            }
            if tokens[j].text == "(", mention.upperBound < range.upperBound, tokens[mention.upperBound].text == ")" { return true }
        }
        return false
    }
}
