import ArgumentParser
import Foundation
import ReaderModel

/// `dossier bench`: speed and memory figures, run in release mode.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure start-up, keystroke, search and analysis speed and peak memory (build with -c release).",
        discussion: "Prints a Markdown section; --write appends it to a file such as BENCHMARKS.md."
    )

    @Option(help: "Corpus folder to measure.")
    var corpus: String = "../shared/corpora/bbc-news"

    @Option(help: "Keys in the scripted reader session.")
    var keys: Int = 2000

    @Option(help: "Search queries to time.")
    var queries: Int = 600

    @Option(help: "Append the results to this Markdown file.")
    var write: String?

    @Option(help: "Corpus copies (in separate folders) for the cost-growth table, comma-separated.")
    var copies: String = "1,2,4"

    @Option(help: "Runs of the start-up and whole-analysis timings; the median is reported, with the range.")
    var `repeat`: Int = 3

    @Flag(help: "Only the worst-case growth table of hostile inputs; exits 1 if a ratio is over the bound.")
    var hostileOnly = false

    @Option(help: "Copies for the launch-to-first-frame table (through a pseudo-terminal), comma-separated; empty for none.")
    var launchCopies: String = "1,8"

    @Option(help: "Runs of each launch measurement (cold, warm, one file changed).")
    var launchRuns: Int = 3

    @Flag(help: "Only the launch-to-first-frame table, not the in-process breakdown.")
    var launchOnly = false

    @Flag(help: "Only the keystroke session, run --repeat times on one loaded corpus: p50, p99 and max of each run.")
    var keysOnly = false

    func run() throws {
        if keysOnly { return try runKeys() }
        let launchCounts = launchCopies.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        var launchLines: [String] = []
        if !launchCounts.isEmpty, !hostileOnly {
            let rows = try LaunchTable.measure(corpus: corpus, copies: launchCounts, runs: max(1, launchRuns)) { Diagnostics.warn($0) }
            let articles = (try? CorpusLoader().load(paths: [corpus]))?.documents.count ?? 0
            launchLines = LaunchTable.lines(rows, articlesPerCopy: articles) + [""]
        }
        if launchOnly {
            let text = (["### \(Self.dateString()) — `dossier bench --launch-only --corpus \(corpus) --launch-copies \(launchCopies)`", ""] + launchLines).joined(separator: "\n")
            print(text)
            try append(text)
            return
        }
        let hostile = HostileBench.section(runs: max(1, self.repeat))
        if hostileOnly {
            print(hostile.lines.joined(separator: "\n"))
            if !hostile.withinBound { throw ExitCode(1) }
            return
        }
        let clock = ContinuousClock()
        let runs = max(1, self.repeat)
        // Whole analysis, as export needs it: load, entities, linking, events, related for every article, search index.
        let wholes = (0..<runs).map { _ in BenchSession.wholeAnalysis(corpus) }.sorted { $0.total < $1.total }
        let whole = wholes[wholes.count / 2]
        let peakAfterWhole = BenchSession.peakResidentMegabytes()
        // Start-up as the reader does it: events are found in the background after the first screen.
        var startups: [(load: Duration, analysis: Duration, screen: Duration, ready: Duration, total: Duration, world: ReaderWorld, reader: Reader)] = []
        for _ in 0..<runs {
            let started = clock.now
            let loaded: Corpus
            do { loaded = try CorpusLoader().load(paths: [corpus]) } catch { Diagnostics.fail("\(error)") }
            let afterLoad = clock.now
            let analysis = Analysis(corpus: loaded, events: false)
            let afterAnalysis = clock.now
            let world = ReaderWorld(analysis: analysis)
            let reader = Reader(world: world, width: 120, height: 40)
            _ = Renderer.frame(reader)
            let firstScreen = clock.now
            // Keys are timed once the background work is done; how long that took is reported on its own.
            _ = world.search
            _ = world.events
            let ready = clock.now
            startups.append((afterLoad - started, afterAnalysis - afterLoad, firstScreen - afterAnalysis, ready - started, firstScreen - started, world, reader))
        }
        startups.sort { $0.total < $1.total }
        let median = startups[startups.count / 2]
        let world = median.world, analysis = world.analysis
        var reader = median.reader
        let span = { (xs: [Double]) in runs > 1 ? String(format: " (%d runs: %.0f–%.0f ms)", runs, xs.min()!, xs.max()!) : "" }

        let words = analysis.wordCount
        let keyTimes = BenchSession.keystrokes(&reader, count: keys)
        let searchTimes = BenchSession.searches(world, count: queries)
        let folderShare = BenchSession.sameFolderShare(analysis, world.related)

        let ms = BenchSession.milliseconds
        let analysisSeconds = ms(median.analysis) / 1000
        let lines = [
            "### \(Self.dateString()) — `dossier bench --corpus \(corpus)`",
            "",
        ] + launchLines + [
            "In-process breakdown (the analysis without the cache, in this process):",
            "",
            "| measure | value |",
            "| --- | --- |",
            "| articles / words | \(analysis.documents.count) / \(words) |",
            "| load files | \(String(format: "%.0f", ms(median.load))) ms |",
            "| analysis (tokens, entities, linking) | \(String(format: "%.0f", ms(median.analysis))) ms, \(String(format: "%.0f", Double(words) / max(analysisSeconds, 1e-9))) words/s |",
            "| relatedness weights + first screen | \(String(format: "%.0f", ms(median.screen))) ms |",
            "| search index and events ready (built in the background) | \(String(format: "%.0f", ms(median.ready))) ms after start |",
            "| start to first full screen (120×40), median | \(String(format: "%.0f", ms(median.total))) ms\(span(startups.map { ms($0.total) })) |",
            "| keystroke: state update + frame, \(keyTimes.count) keys | p50 \(BenchSession.format(BenchSession.percentile(keyTimes, 0.5))), p99 \(BenchSession.format(BenchSession.percentile(keyTimes, 0.99))), max \(BenchSession.format(keyTimes.max() ?? 0)) |",
            "| search, \(searchTimes.count) queries | p50 \(BenchSession.format(BenchSession.percentile(searchTimes, 0.5))), p99 \(BenchSession.format(BenchSession.percentile(searchTimes, 0.99))) |",
            "| top-3 related from the same folder | \(String(format: "%.1f", folderShare * 100))% |",
            "| whole analysis (load, entities, linking, dates and events, related for all, search index), median | \(BenchSession.format(whole.total))\(span(wholes.map(\.total))) (load \(BenchSession.format(whole.load)), analysis \(BenchSession.format(whole.analysis)), related \(BenchSession.format(whole.related)), then index ready \(BenchSession.format(whole.index)) later), \(String(format: "%.0f", Double(whole.words) / (whole.total / 1000))) words/s |",
            "| peak resident memory after the whole analysis | \(peakAfterWhole) MB |",
            "",
            "Cost growth: the corpus analysed again as N copies in separate folders (loaded once, copied in memory):",
            "",
            "| copies | articles | words | analysis + related + index | per 1,000 articles |",
            "| --- | --- | --- | --- | --- |",
        ] + BenchSession.growth(analysis.corpus, copies: copies.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }) + [
            "",
        ] + hostile.lines
        let text = lines.joined(separator: "\n")
        print(text)
        try append(text)
    }

    func append(_ text: String) throws {
        if let write {
            let url = URL(fileURLWithPath: write)
            let existing = (try? String(contentsOf: url, encoding: .utf8)) ?? "# Benchmarks\n\n"
            try (existing + (existing.hasSuffix("\n\n") ? "" : "\n") + text + "\n").write(to: url, atomically: true, encoding: .utf8)
        }
    }

    static func dateString() -> String {
        let f = DateFormatter()
        f.dateFormat = "yyyy-MM-dd"
        return f.string(from: Date())
    }
}

#if os(Linux)
let RUSAGE_SELF_ID = RUSAGE_SELF.rawValue
#else
let RUSAGE_SELF_ID = RUSAGE_SELF
#endif

/// The scripted parts of the benchmark.
enum BenchSession {
    static func milliseconds(_ d: Duration) -> Double { Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15 }

    struct WholeAnalysis { var load, analysis, related, index, total: Double; var words: Int }

    static func wholeAnalysis(_ path: String) -> WholeAnalysis {
        let clock = ContinuousClock()
        let t0 = clock.now
        guard let corpus = try? CorpusLoader().load(paths: [path]) else { Diagnostics.fail("no such file or folder: \(path)") }
        let t1 = clock.now
        let analysis = Analysis(corpus: corpus)
        let t2 = clock.now
        // The index and related articles are independent: built side by side, as the reader does.
        let index = Background { SearchIndex(analysis) }
        _ = Relatedness(analysis).all()
        let t3 = clock.now
        _ = index.value
        let t4 = clock.now
        let words = analysis.wordCount
        return WholeAnalysis(load: milliseconds(t1 - t0), analysis: milliseconds(t2 - t1), related: milliseconds(t3 - t2),
                             index: milliseconds(t4 - t3), total: milliseconds(t4 - t0), words: words)
    }

    /// Rows of the growth table: analysis, related for all and the search index over N copies.
    static func growth(_ corpus: Corpus, copies: [Int]) -> [String] {
        let clock = ContinuousClock()
        return copies.map { n in
            var documents: [Document] = []
            for c in 1...max(1, n) {
                for var d in corpus.documents { d.id = "copy\(c)/" + d.id; documents.append(d) }
            }
            let start = clock.now
            let analysis = Analysis(corpus: Corpus(name: "copies", documents: documents))
            let analysed = clock.now
            _ = Relatedness(analysis).all()
            let related = clock.now
            _ = SearchIndex(analysis)
            let ms = milliseconds(clock.now - start)
            let words = analysis.wordCount
            return "| \(n) | \(documents.count) | \(words) | \(format(ms)) (analysis \(format(milliseconds(analysed - start))), related \(format(milliseconds(related - analysed))), index \(format(milliseconds(clock.now - related)))) | \(format(ms * 1000 / Double(max(1, documents.count)))) |"
        }
    }

    /// The keystroke session alone, `runs` times over one loaded corpus, each run from a fresh reader.
    static func keystrokeRuns(corpus: String, keys: Int, runs: Int) -> [String] {
        let loaded: Corpus
        do { loaded = try CorpusLoader().load(paths: [corpus]) } catch { Diagnostics.fail("\(error)") }
        let world = ReaderWorld(analysis: Analysis(corpus: loaded, events: false))
        _ = world.search
        _ = world.events
        var lines = ["| run | keys | wall p50 | wall p99 | wall max | CPU p50 | CPU p99 | CPU max |", "| --- | --- | --- | --- | --- | --- | --- | --- |"]
        var p99s: [Double] = [], cpuP99s: [Double] = []
        for run in 1...max(1, runs) {
            var reader = Reader(world: world, width: 120, height: 40)
            var cpu: [Double] = []
            let times = keystrokes(&reader, count: keys, cpu: &cpu)
            p99s.append(percentile(times, 0.99))
            cpuP99s.append(percentile(cpu, 0.99))
            lines.append("| \(run) | \(times.count) | \(format(percentile(times, 0.5))) | \(format(percentile(times, 0.99))) | \(format(times.max() ?? 0)) | \(format(percentile(cpu, 0.5))) | \(format(percentile(cpu, 0.99))) | \(format(cpu.max() ?? 0)) |")
        }
        lines.append("")
        lines.append("wall p99 over \(p99s.count) runs: median \(format(p99s.sorted()[p99s.count / 2])), range \(format(p99s.min()!))–\(format(p99s.max()!)); "
            + "CPU p99: median \(format(cpuP99s.sorted()[cpuP99s.count / 2])), range \(format(cpuP99s.min()!))–\(format(cpuP99s.max()!))")
        return lines
    }

    /// A fixed mix of the keys a reader uses, timed one by one (update + frame).
    static func keystrokes(_ reader: inout Reader, count: Int) -> [Double] {
        var cpu: [Double] = []
        return keystrokes(&reader, count: count, cpu: &cpu)
    }

    /// The calling thread's CPU time in milliseconds: on a loaded machine, what a key costs
    /// without the time the thread waited for a core.
    static func threadCPUMilliseconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) * 1000 + Double(t.tv_nsec) / 1_000_000
    }

    /// The session, with each key's thread CPU time in `cpu` beside the wall times returned.
    static func keystrokes(_ reader: inout Reader, count: Int, cpu: inout [Double]) -> [Double] {
        let script: [Key] = [
            .character("j"), .character("j"), .enter, .control("d"), .character("]"), .character("]"), .enter,
            .character("j"), .enter, .backspace, .character("2"), .character(" "), .character("b"), .character("r"),
            .character("j"), .enter, .character("H"), .character("L"), .tab, .character("k"), .character("1"),
            .character("G"), .character("g"), .character("j"), .enter, .character("/"), .character("b"), .character("l"),
            .character("a"), .character("i"), .character("r"), .enter, .character("n"), .character("n"), .character("N"),
            .escape, .character("S"), .character("b"), .character("l"), .character("a"), .character("i"), .character("r"),
            .tab, .pageDown, .enter, .character("["), .character("?"), .character("x"), .resize(width: 100, height: 30),
            .resize(width: 120, height: 40), .character("3"), .character("j"), .character("j"), .enter, .pageDown,
        ]
        var times: [Double] = []
        times.reserveCapacity(count)
        // Each kind of key's CPU times: on a noisy machine its minimum and median say what it costs.
        var slow: [String: [Double]] = [:]
        defer {
            if ProcessInfo.processInfo.environment["DOSSIER_BENCH_VERBOSE"] != nil {
                let rows = slow.mapValues { $0.sorted() }.sorted { $0.value[$0.value.count / 2] > $1.value[$1.value.count / 2] }
                for (k, v) in rows.prefix(10) {
                    print("slowest (CPU) \(k): n=\(v.count) min \(format(v[0])) median \(format(v[v.count / 2])) max \(format(v.last!))")
                }
            }
        }
        let clock = ContinuousClock()
        for i in 0..<count {
            let key = script[i % script.count]
            let start = clock.now
            let cpuStart = threadCPUMilliseconds()
            reader.handle(key)
            _ = Renderer.frame(reader)
            let keyCPU = threadCPUMilliseconds() - cpuStart
            cpu.append(keyCPU)
            let d = clock.now - start
            let t = milliseconds(d)
            times.append(t)
            let context = reader.state.prompt.map { " prompt=\($0.scope)" } ?? (reader.state.overlay == .none ? "" : " overlay=\(reader.state.overlay)")
            slow["\(key) focus=\(reader.state.focus) mode=\(reader.state.sidebarMode)\(context)", default: []].append(keyCPU)
            if reader.state.shouldQuit { reader.handle(.escape) }
        }
        return times
    }

    /// Queries made from entity names (whole, prefixes, with a typo) and common words.
    static func searches(_ world: ReaderWorld, count: Int) -> [Double] {
        let entities = world.analysis.entities.filter { $0.type != .other }
        var queries: [String] = []
        var i = 0
        while queries.count < count, !entities.isEmpty {
            let name = entities[(i * 7919) % entities.count].name
            switch i % 4 {
            case 0: queries.append(name)
            case 1: queries.append(String(name.lowercased().prefix(4)))
            case 2: queries.append(String(name.lowercased().dropLast()))
            default: queries.append(["government", "\"prime minister\"", "election", "market", "music", "film"][i % 6])
            }
            i += 1
        }
        let clock = ContinuousClock()
        return queries.map { q in
            let start = clock.now
            _ = world.search.search(q, limit: 40)
            let d = clock.now - start
            return milliseconds(d)
        }
    }

    /// Share of each article's top three related articles that come from its own folder.
    static func sameFolderShare(_ analysis: Analysis, _ related: Relatedness) -> Double {
        var same = 0, total = 0
        for (d, neighbors) in related.all().enumerated() {
            let folder = analysis.documents[d].document.id.split(separator: "/").first
            for n in neighbors.prefix(3) {
                total += 1
                if analysis.documents[n.document].document.id.split(separator: "/").first == folder { same += 1 }
            }
        }
        return total == 0 ? 0 : Double(same) / Double(total)
    }

    static func percentile(_ values: [Double], _ p: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded()))]
    }

    static func format(_ ms: Double) -> String { String(format: "%.2f ms", ms) }

    static func peakResidentMegabytes() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF_ID, &usage)
        return Int(usage.ru_maxrss) / 1024
    }
}

extension Bench {
    /// `--keys-only`: the keystroke session alone, several runs, for comparing builds side by side.
    func runKeys() throws {
        let lines = ["### \(Self.dateString()) — `dossier bench --keys-only --corpus \(corpus) --keys \(keys) --repeat \(self.repeat)`", ""]
            + BenchSession.keystrokeRuns(corpus: corpus, keys: keys, runs: self.repeat)
        let text = lines.joined(separator: "\n")
        print(text)
        try append(text)
    }
}
