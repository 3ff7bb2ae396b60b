/// A sparse vector kept as two sorted arrays (12 bytes an entry), where a dictionary took
/// three to four times that: every article holds two of them for as long as the reader runs.
struct SparseVector: Sendable, Equatable, Sequence {
    private var keys: [Int32] = []
    private var values: [Double] = []

    init(_ dictionary: [Int: Double]) {
        let sorted = dictionary.sorted { $0.key < $1.key }
        keys = sorted.map { Int32($0.key) }
        values = sorted.map(\.value)
    }

    var count: Int { keys.count }

    /// The value at `key`, if the vector has one (binary search).
    subscript(key: Int) -> Double? {
        var lo = 0, hi = keys.count
        let k = Int32(key)
        while lo < hi { let mid = (lo + hi) / 2; if keys[mid] < k { lo = mid + 1 } else { hi = mid } }
        return lo < keys.count && keys[lo] == k ? values[lo] : nil
    }

    /// Entries in key order.
    func makeIterator() -> some IteratorProtocol<(key: Int, value: Double)> {
        zip(keys, values).lazy.map { (key: Int($0), value: $1) }.makeIterator()
    }
}
