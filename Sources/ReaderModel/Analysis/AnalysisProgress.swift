import Foundation

/// How far an analysis has come: articles done of the total, how many from the cache, and the
/// rate. Updated from the analysing threads, read by whoever shows it (a progress line, the reader).
public final class AnalysisProgress: @unchecked Sendable {
    /// A consistent reading of the counters.
    public struct Snapshot: Sendable, Equatable {
        public var done: Int
        public var total: Int
        public var fromCache: Int
        /// Seconds since the analysis started.
        public var elapsed: Double
        /// Articles per second so far.
        public var rate: Double { elapsed > 0 ? Double(done) / elapsed : 0 }
        public var finished: Bool { done >= total }
    }

    private let lock = NSLock()
    private var done = 0
    private var fromCache = 0
    private var total = 0
    private var started = Date()

    public init() {}

    func begin(total: Int) {
        lock.lock()
        self.total = total
        done = 0
        fromCache = 0
        started = Date()
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
        return Snapshot(done: done, total: total, fromCache: fromCache, elapsed: Date().timeIntervalSince(started))
    }
}
