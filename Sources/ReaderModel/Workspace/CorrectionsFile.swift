import Foundation

/// A collection's corrections file: read, applied to an analysis, and appended to by the reader.
public struct CorrectionsFile: Sendable {
    public var path: String

    public init(path: String) { self.path = path }

    /// The corrections in the file (none when it does not exist) and the lines that do not parse.
    public func read() -> (corrections: [NumberedCorrection], problems: [CorrectionProblem]) {
        guard let text = AtomicFile.read(path) else { return ([], []) }
        return CorrectionsParser.parse(text)
    }

    /// The analysis with the file's corrections, and every line that did not apply, in line order.
    public func apply(to analysis: Analysis) -> CorrectedAnalysis {
        let (corrections, unreadable) = read()
        var result = CorrectionApplier.apply(corrections, to: analysis)
        result.problems = (unreadable + result.problems).sorted { $0.line < $1.line }
        return result
    }

    /// Adds a line at the end, keeping every line already there (atomically).
    public func append(_ correction: Correction) throws {
        var text = AtomicFile.read(path) ?? "# Dossier corrections: one a line (merge, separate, reject, type, rename, alias).\n"
        if !text.isEmpty, !text.hasSuffix("\n") { text += "\n" }
        try AtomicFile.write(text + correction.line + "\n", to: path)
    }

    /// Removes the last line that reads exactly as this correction (undo); false when none does.
    public func removeLast(_ correction: Correction) throws -> Bool {
        guard let text = AtomicFile.read(path) else { return false }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let i = lines.lastIndex(where: { CorrectionsParser.parse(line: $0).flatMap { try? $0.get() } == correction }) else { return false }
        lines.remove(at: i)
        try AtomicFile.write(lines.joined(separator: "\n"), to: path)
        return true
    }
}
