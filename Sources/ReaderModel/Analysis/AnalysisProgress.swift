import Foundation

/// How far an analysis has come: articles done of the total, how many from the cache, and the
/// rate. Updated from the analysing threads, read by whoever shows it (a progress line, the reader).
public final class AnalysisProgress: @unchecked Sendable {
    /// The stage the analysis is in: articles one by one, then the stages over the whole collection.
    public enum Phase: String, Sendable, Equatable {
        case reading = "reading files"
        case analysing = "analysing"
        case linking = "linking entities across articles"
        case events = "finding events"
        case related = "weighing related articles"
        case done = "done"
    }

    /// A consistent reading of the counters.
    public struct Snapshot: Sendable, Equatable {
        public var done: Int
        public var total: Int
        public var fromCache: Int
        /// Seconds since the analysis started.
        public var elapsed: Double
        public var phase: Phase = .analysing
        /// Articles per second so far.
        public var rate: Double { elapsed > 0 ? Double(done) / elapsed : 0 }
        public var finished: Bool { done >= total }

        public init(done: Int, total: Int, fromCache: Int = 0, elapsed: Double, phase: Phase = .analysing) {
            self.done = done
            self.total = total
            self.fromCache = fromCache
            self.elapsed = elapsed
            self.phase = phase
        }
    }

    private let lock = NSLock()
    private var done = 0
    private var fromCache = 0
    private var total = 0
    private var started = Date()
    private var phase = Phase.analysing

    public init() {}

    /// Starts counting `total` articles from now.
    public func begin(total: Int) {
        lock.lock()
        self.total = total
        done = 0
        fromCache = 0
        started = Date()
        phase = .analysing
        lock.unlock()
    }

    /// Moves to a stage over the whole collection (the articles are all done by then).
    public func enter(_ next: Phase) {
        lock.lock()
        phase = next
        lock.unlock()
    }

    func advance(cached: Bool) {
        lock.lock()
        done += 1
        if cached { fromCache += 1 }
        lock.unlock()
    }

    public var snapshot: Snapshot {
        lock.lock()
        defer { lock.unlock() }
        return Snapshot(done: done, total: total, fromCache: fromCache, elapsed: Date().timeIntervalSince(started),
                        phase: phase)
    }
}
