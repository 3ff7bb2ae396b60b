/// Lines written all in capitals: kickers ("PAYBACK"), shouted headlines, labels.
/// Their capitals say nothing, so a word on them is a name only when it is a known
/// name or one the article's body uses; a photographer's credit ("JOHN SMITH/Reuters")
/// is read wherever it stands.
struct CapitalLines {
    /// Sorted, disjoint token ranges of the lines in capitals.
    private var lines: [Range<Int>] = []

    init(_ tokens: [Token]) {
        var lineStart = 0
        for i in 0...tokens.count where i == tokens.count || (i > lineStart && tokens[i].newlinesBefore > 0) {
            var capitals = 0, lower = false
            for k in lineStart..<i where tokens[k].kind == .word {
                if tokens[k].isAllCaps { capitals += 1 }
                else if tokens[k].text.unicodeScalars.contains(where: { $0.properties.isLowercase }) { lower = true; break }
            }
            if capitals > 0, !lower { lines.append(lineStart..<i) }
            lineStart = i
        }
    }

    /// Whether token `k` lies on a line in capitals.
    func contains(_ k: Int) -> Bool {
        var lo = 0, hi = lines.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if lines[mid].upperBound <= k { lo = mid + 1 } else { hi = mid }
        }
        return lo < lines.count && lines[lo].contains(k)
    }
}

extension EntityRecognizer {
    /// "WAD MADANI, Sudan: …", "KHORVAN (Reuters) - …": a place in capitals opening a paragraph,
    /// then its country or the agency, is a wire report's dateline.
    func isDateline(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        let ws = words(tokens, range)
        guard !ws.isEmpty, ws.count <= 4, tokens[range.lowerBound].newlinesBefore > 0,
              ws.allSatisfy({ tokens[$0].isAllCaps && tokens[$0].text.unicodeScalars.count > 1 || runFinder.isParticle(tokens[$0]) }),
              range.upperBound + 1 < tokens.count, tokens[range.upperBound].newlinesBefore == 0 else { return false }
        let next = tokens[range.upperBound], after = tokens[range.upperBound + 1]
        switch next.text {
        case ",": return after.kind == .word && after.isCapitalized && !after.isAllCaps
        case "(": return after.kind == .word && after.isCapitalized
        case "—", "–": return true
        default: return false
        }
    }

    /// "JOHN SMITH/Reuters", "SAUL LOEB/AFP": two to four words in capitals, unknown, before a slash.
    func isPhotoCredit(_ tokens: [Token], _ range: Range<Int>, memo: LookupMemo) -> Bool {
        let ws = words(tokens, range)
        guard ws.count >= 2, ws.count <= 4, range.upperBound + 1 < tokens.count, tokens[range.upperBound].text == "/",
              !tokens[range.upperBound].spaceBefore, ws.allSatisfy({ tokens[$0].isAllCaps || runFinder.isParticle(tokens[$0]) }),
              lookupName(tokens, range, memo: memo) == nil else { return false }
        return true
    }

    /// Mentions on lines in capitals: credits, known names, and names the rest of the article
    /// uses (a full name, or a person's surname), longest first.
    func capitalLineMentions(_ runs: [Range<Int>], _ tokens: [Token], confirmedBy body: [Mention], memo: LookupMemo) -> [Mention] {
        var typeOfKey: [String: EntityType] = [:]
        for m in body where m.type != .other {
            typeOfKey[NameKey.exact(m.text)] = m.type
            let ws = NameKey.significantWords(m.text)
            if m.type == .person, ws.count >= 2, let last = ws.last, typeOfKey[last] == nil { typeOfKey[last] = .person }
        }
        var found: [Mention] = []
        func add(_ range: Range<Int>, _ type: EntityType, _ evidence: Mention.Evidence, known: String? = nil) {
            found.append(Mention(start: tokens[range.lowerBound].start, end: tokens[range.upperBound - 1].end,
                                 text: text(tokens, range), type: type, evidence: evidence, tokens: range, knownID: known))
        }
        // Lines already read as bylines, by their first token.
        var bylines: [Int: Bool] = [:]
        for run in runs {
            if isPhotoCredit(tokens, run, memo: memo) { add(run, .person, .pattern); continue }
            let line = line(tokens, around: run.lowerBound)
            if let isByline = bylines[line.lowerBound] {
                if isByline { continue }
            } else if let names = bylineNames(tokens, line: line, memo: memo) {
                bylines[line.lowerBound] = true
                for name in names { add(name, .person, .pattern) }
                continue
            } else {
                bylines[line.lowerBound] = false
            }
            let ws = words(tokens, run)
            var i = 0
            while i < ws.count {
                var taken = 0
                for length in stride(from: min(4, ws.count - i), through: 1, by: -1) {
                    let range = ws[i]..<(ws[i + length - 1] + 1)
                    let name = text(tokens, range)
                    if let entity = lookupName(name, memo: memo) {
                        add(range, entity.type, .known, known: entity.id)
                    } else if let type = typeOfKey[NameKey.exact(name)] {
                        add(range, type, .linked)
                    } else {
                        continue
                    }
                    taken = length
                    break
                }
                i += max(taken, 1)
            }
        }
        return found
    }
}
