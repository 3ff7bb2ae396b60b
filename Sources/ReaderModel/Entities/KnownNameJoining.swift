/// Known names written with a lower-case connector inside them, which the run finder
/// breaks in two: "Islamic Resistance in Iraq", "Global Coalition to Defeat ISIS".
extension EntityRecognizer {
    static let nameConnectors: Set<String> = ["in", "to", "of", "for", "the", "and", "on", "against"]

    /// `runs` with neighbours joined wherever the runs and the words between them form a known name.
    func joinKnownNames(_ runs: [Range<Int>], _ tokens: [Token], memo: LookupMemo) -> [Range<Int>] {
        var out: [Range<Int>] = []
        out.reserveCapacity(runs.count)
        for run in runs {
            if let last = out.last, run.lowerBound > last.upperBound, run.lowerBound - last.upperBound <= 2,
               (last.upperBound..<run.lowerBound).allSatisfy({ tokens[$0].kind == .word && Self.nameConnectors.contains(tokens[$0].text) }),
               !(last.upperBound..<run.upperBound).contains(where: { tokens[$0].newlinesBefore > 0 }),
               lookupName(tokens, last.lowerBound..<run.upperBound, memo: memo) != nil {
                out[out.count - 1] = last.lowerBound..<run.upperBound
                continue
            }
            out.append(run)
        }
        return out
    }
}
