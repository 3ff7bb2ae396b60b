/// Team sheets and squad lists: a line of five names or more between commas and
/// semicolons, after an optional label ("Replacements:"), such as "G Murphy; G Dempsey,
/// B O'Driscoll (capt), S Horgan, Masi, Troncon". Every name on it is a player, a person
/// whether or not the article names them again; a bare surname is no longer dropped for
/// want of a first name. A list of known places or organizations (a draw of teams, a
/// list of clubs) is no team sheet.
extension EntityRecognizer {
    /// Items of a list, and the fewest a line must hold to be read as one.
    static let listSeparators: Set<String> = [",", ";"]
    static let shortestTeamSheet = 5

    /// `mentions` with the names on team-sheet lines read as people (sorted by start).
    func readTeamSheets(_ mentions: inout [Mention], _ tokens: [Token], memo: LookupMemo) {
        var lineStart = 0
        var separators = 0
        var sheets: [[Range<Int>]] = []
        for i in 0...tokens.count {
            if i == tokens.count || i > lineStart && tokens[i].newlinesBefore > 0 {
                if separators >= Self.shortestTeamSheet - 1, let items = teamSheetItems(tokens, lineStart..<i, memo: memo) {
                    sheets.append(items)
                }
                lineStart = i
                separators = 0
                if i == tokens.count { break }
            }
            if Self.listSeparators.contains(tokens[i].text) { separators += 1 }
        }
        guard !sheets.isEmpty else { return }
        let items = sheets.flatMap { $0 }
        // What was found inside an item gives way to the whole name; other mentions stay.
        mentions.removeAll { m in items.contains { $0.contains(m.tokens.lowerBound) } }
        for item in items {
            mentions.append(Mention(start: tokens[item.lowerBound].start, end: tokens[item.upperBound - 1].end,
                                    text: text(tokens, item), type: .person, evidence: .pattern, tokens: item))
        }
        mentions.sort { $0.start < $1.start }
    }

    /// The name items of a team-sheet line, or nil when the line is not one.
    func teamSheetItems(_ tokens: [Token], _ line: Range<Int>, memo: LookupMemo) -> [Range<Int>]? {
        var start = line.lowerBound
        // "Replacements:", "Subs not used:": a short label before a colon.
        if let colon = tokens[line].prefix(6).firstIndex(where: { $0.text == ":" }),
           colon > line.lowerBound, (line.lowerBound..<colon).allSatisfy({ tokens[$0].kind == .word }) {
            start = colon + 1
        }
        var items: [Range<Int>] = []
        var item: [Int] = []
        var depth = 0
        func close() -> Bool {
            defer { item = [] }
            guard let first = item.first, let last = item.last, isPlayerName(tokens, item) else { return false }
            items.append(first..<(last + 1))
            return true
        }
        for k in start..<line.upperBound {
            let t = tokens[k]
            if t.text == "(" { depth += 1; continue }
            if t.text == ")" { depth = max(0, depth - 1); continue }
            if depth > 0 { continue }
            if Self.listSeparators.contains(t.text) {
                guard close() else { return nil }
            } else if t.text == ".", k == line.upperBound - 1 {
                continue
            } else {
                item.append(k)
            }
        }
        if !item.isEmpty { guard close() else { return nil } }
        guard items.count >= Self.shortestTeamSheet else { return nil }
        // "Fiji, Australia, Canada, Portugal, Japan": known places and bodies make it no team.
        let known = items.filter { lookupName(tokens, $0, memo: memo).map { $0.type != .person } ?? false }.count
        return known * 4 <= items.count ? items : nil
    }

    /// One to four words, contiguous, each capitalized or a name particle, ending in a
    /// capitalized word that is no ordinary word: "Masi", "G Easterby", "van der Walt", "O'Driscoll".
    func isPlayerName(_ tokens: [Token], _ item: [Int]) -> Bool {
        guard let first = item.first, let last = item.last, item.count <= 6, last - first + 1 == item.count else { return false }
        var words = 0
        for k in item {
            let t = tokens[k]
            if t.kind == .word {
                guard t.isCapitalized || runFinder.isParticle(t) else { return false }
                words += 1
            } else if t.text == "-", !t.spaceBefore {
                // "Simpson-Daniel".
                guard k != first, k != last else { return false }
            } else {
                return false
            }
        }
        let lastWord = tokens[last]
        return words >= 1 && words <= 4 && lastWord.isCapitalized && !lastWord.isAllCaps
            && !knowledge.isCommonWord(lastWord.text) && !knowledge.isDemonym(lastWord.text)
    }
}
