import Foundation
import ReaderModel

extension CorpusOptions {
    /// This collection's folders: its corrections file and reading state.
    var collection: CollectionPaths {
        CollectionPaths(paths: paths, workspace: WorkspacePaths(environment: ProcessInfo.processInfo.environment))
    }

    /// Loads and analyses the corpus, then applies the collection's corrections, warning
    /// (`FILE:LINE: problem`) about each line that did not apply.
    func analyze(events: Bool = true, quiet: Bool = false) throws -> Analysis {
        try analyzeReporting(events: events, quiet: quiet).analysis
    }

    /// As `analyze`, also giving the corrections that did not apply.
    /// With `reportCorrections` false, the caller reports them (the reader, once the screen is gone).
    func analyzeReporting(events: Bool = true, quiet: Bool = false, reportCorrections: Bool = true) throws -> CorrectedAnalysis {
        try analyzeKeepingBase(events: events, quiet: quiet, reportCorrections: reportCorrections).corrected
    }

    /// As `analyzeReporting`, also giving the analysis before corrections (the reader applies them again).
    func analyzeKeepingBase(events: Bool = true, quiet: Bool = false, reportCorrections: Bool = true) throws -> (base: Analysis, corrected: CorrectedAnalysis) {
        let progress = quiet ? nil : StartupProgress.shared
        defer { progress?.finish() }
        let analysis = try analyzeThroughCache(events: events, quiet: quiet, progress: progress)
        let file = CorrectionsFile(path: collection.correctionsFile)
        let result = file.apply(to: analysis)
        if !quiet, reportCorrections { warnCorrections(result.problems) }
        return (analysis, result)
    }

    /// `FILE:LINE: problem` on standard error for each correction that did not apply.
    func warnCorrections(_ problems: [CorrectionProblem]) {
        for problem in problems { Diagnostics.warn("\(collection.correctionsFile):\(problem.line): \(problem.message)") }
    }
}
