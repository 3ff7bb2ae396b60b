import Dispatch
import Foundation

/// A value computed on a background thread; reading it waits until it is ready.
public final class Background<Value: Sendable>: @unchecked Sendable {
    private let lock = NSCondition()
    private var result: Value?

    public init(_ make: @escaping @Sendable () -> Value) {
        DispatchQueue.global(qos: .userInitiated).async {
            let value = make()
            self.lock.lock()
            self.result = value
            self.lock.broadcast()
            self.lock.unlock()
        }
    }

    /// A value that never comes: for a stand-in that is replaced before anyone waits on it.
    init(pending: Void) {}

    /// A value that is ready already.
    public init(ready value: Value) {
        result = value
    }

    public var value: Value {
        lock.lock()
        defer { lock.unlock() }
        while result == nil { lock.wait() }
        return result!
    }

    /// The value if it is ready, without waiting.
    public var ready: Value? {
        lock.lock()
        defer { lock.unlock() }
        return result
    }
}
