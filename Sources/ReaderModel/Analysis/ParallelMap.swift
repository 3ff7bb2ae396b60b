import Dispatch

/// Maps over an array on all cores, keeping order. For independent, pure work only.
enum ParallelMap {
    static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        guard items.count > 1 else { return items.map(transform) }
        var results = [R?](repeating: nil, count: items.count)
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let out = buffer
            // Chunks keep scheduling cheap while still balancing uneven articles.
            let chunk = max(1, items.count / 64)
            let chunks = (items.count + chunk - 1) / chunk
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                for i in (c * chunk)..<min(items.count, (c + 1) * chunk) { out[i] = transform(items[i]) }
            }
        }
        return results.map { $0! }
    }
}
