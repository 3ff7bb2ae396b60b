import Foundation
import ReaderModel

/// Feeds the analysis's counts into the start-up progress line while it runs:
/// "analysing 16,768 articles: 1,234 done, 850/s, 1,000 from the cache".
final class AnalysisProgressFeed: @unchecked Sendable {
    private let stop = DispatchSemaphore(value: 0)
    private let stopped = DispatchSemaphore(value: 0)

    init(_ progress: AnalysisProgress, into line: StartupProgress) {
        Thread.detachNewThread { [self] in
            while stop.wait(timeout: .now() + 0.1) == .timedOut {
                line.begin(Self.phase(progress.snapshot))
            }
            stopped.signal()
        }
    }

    static func phase(_ s: AnalysisProgress.Snapshot) -> String {
        if s.finished { return "linking \(AnalysisProgressText.count(s.total)) articles" }
        var text = "analysing \(AnalysisProgressText.count(s.total)) articles: \(AnalysisProgressText.count(s.done)) done, \(AnalysisProgressText.count(Int(s.rate)))/s"
        if s.fromCache > 0 { text += ", \(AnalysisProgressText.count(s.fromCache)) from the cache" }
        return text
    }

    /// Stops feeding and waits until the feeding thread is done.
    func finish() {
        stop.signal()
        stopped.wait()
    }
}
