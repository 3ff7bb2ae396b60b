import ArgumentParser
import Foundation
import ReaderModel

/// `dossier fuzz`: the whole analysis run on mutated articles for a while, seeded so a run
/// repeats exactly. A crash ends the process (the input is in OUT/current.txt), a hang
/// (more than 2 s per 100 KB) is written to OUT and exits 3, invalid output to OUT and exits 1.
struct Fuzz: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Fuzz the analysis with seeded mutations of articles (see Scripts/fuzz.sh).",
        shouldDisplay: false
    )

    @Option(help: "How long to run, in seconds.")
    var seconds: Double = 60

    @Option(help: "Seed of the run.")
    var seed: UInt64 = 1

    @Option(help: "Folders or files of articles to mutate, besides the bundled seeds and the hostile inputs.")
    var corpus: [String] = []

    @Option(help: "Articles taken from the corpus folders at most.")
    var sample: Int = 300

    @Option(help: "Largest input in bytes.")
    var maxBytes: Int = 200_000

    @Option(help: "Folder for inputs that fail.")
    var out: String = "fuzz-out"

    func run() throws {
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let pool = seeds()
        var random = SplitMix(seed: seed)
        let watchdog = Watchdog()
        watchdog.start { input, elapsed in
            let file = "\(out)/hang-\(seed)-\(input.iteration).txt"
            FileManager.default.createFile(atPath: file, contents: Data(input.bytes))
            Diagnostics.warn(String(format: "fuzz: hang, %.1f s of CPU on %d bytes (iteration %d): %@", elapsed, input.bytes.count, input.iteration, file))
            Foundation.exit(3)
        }
        let clock = ContinuousClock()
        let start = clock.now
        var iteration = 0, checked = 0, failures = 0, slowest = 0.0
        while BenchSession.milliseconds(clock.now - start) < seconds * 1000 {
            iteration += 1
            var bytes = pool[random.next(pool.count)]
            for _ in 0..<(1 + random.next(4)) { bytes = Fuzzing.mutate(bytes, others: pool, random: &random) }
            if bytes.count > maxBytes { bytes.removeSubrange(maxBytes...) }
            FileManager.default.createFile(atPath: "\(out)/current.txt", contents: Data(bytes))
            watchdog.begin(FuzzInput(bytes: bytes, iteration: iteration))
            let began = clock.now
            let problems = Fuzzing.check(bytes)
            slowest = max(slowest, BenchSession.milliseconds(clock.now - began) / 1000)
            watchdog.end()
            checked += 1
            if !problems.isEmpty {
                failures += 1
                let file = "\(out)/invalid-\(seed)-\(iteration).txt"
                FileManager.default.createFile(atPath: file, contents: Data(bytes))
                Diagnostics.warn("fuzz: \(problems.map(\.description).joined(separator: "; ")) (iteration \(iteration)): \(file)")
            }
        }
        try? FileManager.default.removeItem(atPath: "\(out)/current.txt")
        print(String(format: "fuzz: seed %llu, %d inputs in %.0f s, slowest %.2f s, %d with invalid output", seed, checked,
                     BenchSession.milliseconds(clock.now - start) / 1000, slowest, failures))
        if failures > 0 { throw ExitCode(1) }
    }

    /// The seed articles, the hostile inputs at small sizes, and a sample of the corpus folders.
    func seeds() -> [[UInt8]] {
        var pool = AssetStore.corpusFiles.map { Array($0.data) }
        for input in HostileInput.allCases { pool.append(Array(input.article(bytes: 20_000).utf8)) }
        if !corpus.isEmpty, let loaded = try? CorpusLoader().load(paths: corpus) {
            let step = max(1, loaded.documents.count / max(1, sample))
            for d in stride(from: 0, to: loaded.documents.count, by: step) { pool.append(Array(loaded.documents[d].text.utf8)) }
        }
        return pool
    }
}

/// One fuzz input, kept for the watchdog.
struct FuzzInput: Sendable {
    var bytes: [UInt8]
    var iteration: Int
}

/// Watches the analysis of each input from another thread: past 2 s of CPU per 100 KB it is
/// a hang (CPU time, so a loaded machine does not cry wolf), or past ten times that in wall
/// time (a hang that waits rather than computes).
final class Watchdog: @unchecked Sendable {
    /// A debug build runs the analysis about ten times slower than a release build.
    #if DEBUG
    static let slowdown = 10.0
    #else
    static let slowdown = 1.0
    #endif

    private let lock = NSLock()
    private var current: (input: FuzzInput, since: ContinuousClock.Instant, cpu: Double)?

    static func cpuSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    func begin(_ input: FuzzInput) { lock.withLock { current = (input, ContinuousClock.now, Self.cpuSeconds()) } }
    func end() { lock.withLock { current = nil } }

    func start(onHang: @escaping @Sendable (FuzzInput, Double) -> Void) {
        Thread.detachNewThread { [self] in
            while true {
                Thread.sleep(forTimeInterval: 0.1)
                let snapshot = lock.withLock { current }
                guard let (input, since, cpu) = snapshot else { continue }
                let limit = Self.slowdown * 2 * max(1, Double(input.bytes.count) / 100_000)
                let used = Self.cpuSeconds() - cpu
                let wall = BenchSession.milliseconds(ContinuousClock.now - since) / 1000
                if used > limit || wall > 10 * limit { onHang(input, max(used, wall / 10)) }
            }
        }
    }
}
