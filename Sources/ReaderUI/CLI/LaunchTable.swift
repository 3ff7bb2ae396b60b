import Foundation
import ReaderModel

/// The launch section of `dossier bench`: first frame through a pseudo-terminal, cold (empty
/// cache), warm (unchanged collection reopened) and after one file changed, at N copies.
enum LaunchTable {
    struct Row {
        var copies: Int
        var cold: [LaunchBench.Run]
        var warm: [LaunchBench.Run]
        var touched: [LaunchBench.Run]
    }

    static func measure(corpus: String, copies: [Int], runs: Int, log: (String) -> Void) throws -> [Row] {
        let fm = FileManager.default
        let root = fm.temporaryDirectory.appendingPathComponent("dossier-bench-\(getpid())")
        defer { try? fm.removeItem(at: root) }
        let binary = (try? fm.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var rows: [Row] = []
        for n in copies {
            let folder = try LaunchBench.makeCopies(of: corpus, count: n, under: root)
            let cache = root.appendingPathComponent("cache-\(n)")
            var environment = ProcessInfo.processInfo.environment.filter { ["PATH", "HOME", "USER"].contains($0.key) }
            environment["TERM"] = "xterm-256color"
            environment["LANG"] = "C.UTF-8"
            environment["XDG_CACHE_HOME"] = cache.path
            environment["XDG_CONFIG_HOME"] = root.appendingPathComponent("config").path
            environment["XDG_DATA_HOME"] = root.appendingPathComponent("data-\(n)").path
            func launch(_ what: String) throws -> LaunchBench.Run {
                let run = try LaunchBench.launch(binary: binary, arguments: [folder.path], environment: environment, waitReady: true)
                log(String(format: "bench: %d× %@: first frame %.0f ms, whole analysis %.0f ms, %d MB", n, what, run.milliseconds,
                           run.readyMilliseconds ?? 0, run.peakMB))
                return run
            }
            var row = Row(copies: n, cold: [], warm: [], touched: [])
            for _ in 0..<runs {
                try? fm.removeItem(at: cache)
                row.cold.append(try launch("cold"))
                row.warm.append(try launch("warm"))
            }
            for _ in 0..<runs {
                _ = try LaunchBench.touchOne(in: folder)
                row.touched.append(try launch("one file changed"))
            }
            rows.append(row)
        }
        return rows
    }

    static func median(_ runs: [LaunchBench.Run]) -> Double {
        let sorted = runs.map(\.milliseconds).sorted()
        return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    }

    static func cell(_ runs: [LaunchBench.Run]) -> String { cell(runs.map(\.milliseconds)) }

    /// "1234 ms (1100–1300)": median and range.
    static func cell(_ ms: [Double]) -> String {
        guard let lo = ms.min(), let hi = ms.max() else { return "–" }
        let median = ms.sorted()[ms.count / 2]
        return ms.count > 1 ? String(format: "%.0f ms (%.0f–%.0f)", median, lo, hi) : String(format: "%.0f ms", lo)
    }

    static func lines(_ rows: [Row], articlesPerCopy: Int) -> [String] {
        let base = rows.first { $0.copies == 1 }
        var out = [
            "Launch to first frame, through a pseudo-terminal (120×40): the `dossier` process started on N copies",
            "in separate folders, timed until the title bar's bytes arrive; median (range) over the runs. The",
            "reader then gets `t` until its timeline opens: the whole analysis (every article, linking, related",
            "weights, events) is done; that time is the last column. Peak RSS is the process's maximum resident",
            "memory over the whole run, analysis included.",
            "",
            "| copies | articles | cold (empty cache) | warm (unchanged, reopened) | one file changed | growth cold / warm vs 1× | peak RSS cold / warm | whole analysis cold / warm |",
            "| --- | --- | --- | --- | --- | --- | --- | --- |",
        ]
        for row in rows {
            let growth = base.map { String(format: "%.1f× / %.1f×", median(row.cold) / max(1, median($0.cold)), median(row.warm) / max(1, median($0.warm))) } ?? "–"
            out.append("| \(row.copies) | \(row.copies * articlesPerCopy) | \(cell(row.cold)) | \(cell(row.warm)) | \(cell(row.touched)) | \(growth) | \(row.cold.map(\.peakMB).max() ?? 0) / \(row.warm.map(\.peakMB).max() ?? 0) MB | \(cell(row.cold.compactMap(\.readyMilliseconds))) / \(cell(row.warm.compactMap(\.readyMilliseconds))) |")
        }
        return out
    }
}
