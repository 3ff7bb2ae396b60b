import Foundation
import ReaderModel

/// The worst-case growth table of `dossier bench`: each hostile input at two sizes, analysed
/// and exported as `dossier export` does; the larger may take at most 12 times as long.
enum HostileBench {
    static let sizes = (small: 50_000, large: 500_000)
    static let allowedRatio = 12.0

    /// Seconds to analyse and export one article, the best of `runs`.
    static func seconds(_ text: String, runs: Int) -> Double {
        let clock = ContinuousClock()
        let parser = DocumentParser(furnitureMarkers: Knowledge.bundled.furniture)
        return (0..<max(1, runs)).map { _ in
            let start = clock.now
            let corpus = Corpus(name: "hostile", documents: [parser.parse(Document(id: "hostile.txt", text: text))])
            _ = ExportFormat(Analysis(corpus: corpus)).json()
            return BenchSession.milliseconds(clock.now - start) / 1000
        }.min() ?? 0
    }

    /// Markdown lines: the table, and whether every ratio is within the bound.
    static func section(runs: Int) -> (lines: [String], withinBound: Bool) {
        var lines = [
            "Worst-case growth: hostile inputs analysed and exported as one article, \(sizes.small / 1000) KB and \(sizes.large / 1000) KB (best of \(runs)); the larger may take at most \(Int(allowedRatio))× the smaller:",
            "",
            "| input | \(sizes.small / 1000) KB | \(sizes.large / 1000) KB | ratio |",
            "| --- | --- | --- | --- |",
        ]
        var within = true
        for input in HostileInput.allCases {
            let small = seconds(input.article(bytes: sizes.small), runs: runs)
            let large = seconds(input.article(bytes: sizes.large), runs: runs)
            // Below a few milliseconds the ratio is noise: compare against a 5 ms floor.
            let ratio = large / max(small, 0.005)
            let ok = ratio <= allowedRatio
            within = within && ok
            lines.append(String(format: "| %@ | %.3f s | %.3f s | %.1f×%@ |", input.rawValue, small, large, ratio, ok ? "" : " — over the bound"))
        }
        return (lines + [""], within)
    }
}
