/// Bodies named by two subjects joined with "and" before their kind noun: "the Transport
/// and General Workers Union", "the Food and Drug Administration", "the Public and
/// Commercial Services Union". The run finder stops at the lower-case "and"; the two runs
/// are one name when "the" opens the first, neither side is a known name, and the second
/// ends in an organization's or a place's cue word ("the Coke and Chemical Plant").
extension EntityRecognizer {
    /// `runs` with such pairs joined into one run.
    func joinCoordinatedBodies(_ runs: [Range<Int>], _ tokens: [Token], memo: LookupMemo) -> [Range<Int>] {
        var out: [Range<Int>] = []
        out.reserveCapacity(runs.count)
        for run in runs {
            if let last = out.last, isCoordinatedBody(last, run, tokens, memo: memo) {
                out[out.count - 1] = last.lowerBound..<run.upperBound
                continue
            }
            out.append(run)
        }
        return out
    }

    func isCoordinatedBody(_ whole: Range<Int>, _ second: Range<Int>, _ tokens: [Token], memo: LookupMemo) -> Bool {
        // "The US Securities and …" opening a sentence: the run holds its "The".
        let opensWithThe = whole.count > 1 && tokens[whole.lowerBound].text == "The"
        let first = opensWithThe ? whole.lowerBound + 1..<whole.upperBound : whole
        // "the X and Y … Union": exactly one lower-case "and" between, on one line.
        guard second.lowerBound == first.upperBound + 1, tokens[first.upperBound].text == "and",
              tokens[first.upperBound].newlinesBefore == 0, tokens[second.lowerBound].newlinesBefore == 0,
              opensWithThe || first.lowerBound > 0 && tokens[first.lowerBound - 1].text.lowercased() == "the",
              first.count <= 2, first.allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized }),
              // "the US Securities and Exchange Commission": capitals only before another word.
              !tokens[first.upperBound - 1].isAllCaps, first.count == 2 || !tokens[first.lowerBound].isAllCaps,
              let lastWord = second.last, tokens[lastWord].kind == .word,
              // "the Avdiivka Coke and Chemical Plant": a place's cue word too.
              knowledge.organizationCues.contains(Knowledge.fold(tokens[lastWord].text))
                || knowledge.placeCues.contains(Knowledge.fold(tokens[lastWord].text)) else { return false }
        // "the US and European Union": a known name on either side is a list, not one name.
        guard lookupName(text(tokens, first), memo: memo) == nil, lookupName(tokens, second, memo: memo) == nil,
              !knowledge.isDemonym(text(tokens, first)) else { return false }
        return lookupName(tokens[second.lowerBound].text, memo: memo) == nil
    }
}
