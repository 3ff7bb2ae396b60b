/// Which line breaks of plain text were made by hand-wrapping (an editor or a mail program
/// filling lines to a column) and can be joined for display, and which are the writer's own
/// (verse, addresses, lists, one paragraph per line). Display only: the text and its offsets
/// stay as stored.
enum Reflow {
    /// What becomes of the break between two lines.
    enum Join: Equatable { case keep, space, none }

    /// Hard-wrapping fills lines to between this many columns…
    static let narrowest = 30
    /// …and this many; longer lines are paragraphs written on one line.
    static let widest = 120

    /// The column the text seems wrapped at, from the lines that go on into another (the
    /// 90th percentile of their widths); nil when no such column looks like hand-wrapping.
    static func wrapColumn(runs: [[Range<Int>]], scalars: ScalarText) -> Int? {
        var widths: [Int] = []
        for run in runs where run.count > 1 {
            for line in run.dropLast() where hasInnerSpace(line, scalars) { widths.append(width(line, scalars)) }
        }
        // Two lines are no evidence of a habit: a column needs three lines that go on.
        guard widths.count >= 3 else { return nil }
        widths.sort()
        let column = widths[(widths.count - 1) * 9 / 10]
        return (narrowest...widest).contains(column) ? column : nil
    }

    /// Fillers such as `fmt` aim a little short of their column (93% of it), so a break
    /// counts as forced when the next word would have come within this of the column.
    static func slack(_ column: Int) -> Int { column / 10 }

    /// The joins between each line of a run of non-blank lines and the next. A run is joined
    /// only when most of its breaks were forced (the next line's first word would not have fit
    /// on the line); then a break that was not forced ends a paragraph there.
    static func joins(run: [Range<Int>], scalars: ScalarText, column: Int?) -> [Join] {
        guard run.count > 1 else { return [] }
        let keepAll = [Join](repeating: .keep, count: run.count - 1)
        guard let column else { return keepAll }
        var forced: [Bool] = []
        for k in 0..<run.count - 1 {
            let a = run[k], b = run[k + 1]
            let newItem = isListItem(b, scalars) || (indent(b, scalars) > indent(a, scalars) && !isListItem(a, scalars))
            forced.append(!newItem && width(a, scalars) + 1 + firstWordWidth(b, scalars) > column - slack(column))
        }
        guard forced.filter({ $0 }).count * 3 >= forced.count * 2 else { return keepAll }
        return forced.indices.map { k in
            guard forced[k] else { return .keep }
            return endsWithBrokenWord(run[k], before: run[k + 1], scalars) ? .none : .space
        }
    }

    /// A line that starts a list item: "- ", "* ", "• ", "+ ", "– ", "1. ", "2) ".
    static func isListItem(_ line: Range<Int>, _ scalars: ScalarText) -> Bool {
        listMarkerWidth(line, scalars) > 0
    }

    /// Cells of a list item's mark and the space after it ("- " 2, "12. " 4); 0 for other lines.
    static func listMarkerWidth(_ line: Range<Int>, _ scalars: ScalarText) -> Int {
        var i = line.lowerBound
        while i < line.upperBound, scalars[i] == " " || scalars[i] == "\t" { i += 1 }
        guard i < line.upperBound else { return 0 }
        if "-*•+–◦▪".unicodeScalars.contains(scalars[i]) {
            return i + 1 < line.upperBound && (scalars[i + 1] == " " || scalars[i + 1] == "\t") ? 2 : 0
        }
        var j = i
        while j < line.upperBound, j - i < 3, ("0"..."9").contains(scalars[j]) { j += 1 }
        return j > i && j + 1 < line.upperBound && (scalars[j] == "." || scalars[j] == ")") && scalars[j + 1] == " " ? j - i + 2 : 0
    }

    /// Display width of a line without its trailing white space.
    static func width(_ line: Range<Int>, _ scalars: ScalarText) -> Int {
        var end = line.upperBound
        while end > line.lowerBound, scalars[end - 1].properties.isWhitespace { end -= 1 }
        return DisplayWidth.of(cluster: scalars[line.lowerBound..<end])
    }

    static func indent(_ line: Range<Int>, _ scalars: ScalarText) -> Int {
        var n = 0
        for i in line { if scalars[i] == " " { n += 1 } else if scalars[i] == "\t" { n += 4 } else { break } }
        return n
    }

    static func firstWordWidth(_ line: Range<Int>, _ scalars: ScalarText) -> Int {
        var i = line.lowerBound
        while i < line.upperBound, scalars[i] == " " || scalars[i] == "\t" { i += 1 }
        var j = i
        while j < line.upperBound, !scalars[j].properties.isWhitespace { j += 1 }
        return DisplayWidth.of(cluster: scalars[i..<j])
    }

    static func hasInnerSpace(_ line: Range<Int>, _ scalars: ScalarText) -> Bool {
        let text = line.drop { scalars[$0] == " " || scalars[$0] == "\t" }
        return text.contains { scalars[$0] == " " }
    }

    /// "well-" then "known": the word goes on without a space (the hyphen is kept).
    static func endsWithBrokenWord(_ a: Range<Int>, before b: Range<Int>, _ scalars: ScalarText) -> Bool {
        var end = a.upperBound
        while end > a.lowerBound, scalars[end - 1].properties.isWhitespace { end -= 1 }
        guard end - a.lowerBound >= 2, scalars[end - 1] == "-", scalars[end - 2].properties.isAlphabetic else { return false }
        guard let first = b.first(where: { !scalars[$0].properties.isWhitespace }) else { return false }
        return scalars[first].properties.isLowercase
    }
}
