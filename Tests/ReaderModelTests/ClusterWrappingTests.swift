import Foundation
import Testing
@testable import ReaderModel

/// Wrapping measures grapheme clusters and never breaks inside one; highlights still land
/// on the cells of their code points.
@Suite struct ClusterWrappingTests {
    static let samples: [String] = [
        "Thủ tướng Việt Nam phát biểu tại Hà Nội về quan hệ với các nước láng giềng".decomposedStringWithCanonicalMapping,
        "प्रधानमंत्री ने आज नई दिल्ली में विदेश मंत्रियों से मुलाकात की और शांति वार्ता पर चर्चा की",
        "นายกรัฐมนตรีเดินทางไปเยือนกรุงเทพมหานครเพื่อหารือเรื่องความร่วมมือ",
        "Families 👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧 and flags 🇻🇳🇫🇷🇺🇦 and hands 👍🏽👍🏽 in one line",
        "日本語のテキストは空白なしで続きます。「引用」も、句読点も正しく折り返されます。",
    ]

    func layout(_ body: String, width: Int) -> (ArticleLayout, [Unicode.Scalar]) {
        let text = "Title\n\n" + body
        let doc = DocumentParser(furnitureMarkers: []).parse(Document(id: "x", text: text))
        return (ArticleLayout(document: doc, width: width), Array(text.unicodeScalars))
    }

    @Test(arguments: samples)
    func linesFitAndBreakOnlyBetweenClusters(sample: String) {
        for width in [3, 5, 8, 13, 21, 40] {
            let (a, source) = layout(sample, width: width)
            // Cluster boundaries of the source, as offsets.
            var boundaries: Set<Int> = [0]
            var at = 0
            for n in GraphemeClusters.lengths(source) { at += n; boundaries.insert(at) }
            let body = a.lines.filter { $0.kind == .body }
            for line in body {
                #expect(DisplayWidth.of(cluster: line.scalars) <= width, "\(width): \(String(String.UnicodeScalarView(line.scalars)))")
                #expect(boundaries.contains(line.offsets.first!), "line starts inside a cluster at width \(width)")
                #expect(boundaries.contains(line.offsets.last! + 1), "line ends inside a cluster at width \(width)")
            }
            // Nothing is lost or repeated: every scalar but the spaces broken at is shown once, in order.
            let shown = body.flatMap(\.offsets)
            let expected = (7..<source.count).filter { source[$0] != " " || shown.contains($0) }
            #expect(shown == expected)
        }
    }

    @Test func emojiSequencesMeasureTwoCells() {
        let family = "👨‍👩‍👧"
        let (a, _) = layout(Array(repeating: family, count: 6).joined(), width: 4)
        let body = a.lines.filter { $0.kind == .body }
        // Two families (2 cells each) on each 4-cell line; measured per scalar they took 6 each.
        #expect(body.count == 3)
        #expect(body.allSatisfy { String(String.UnicodeScalarView($0.scalars)) == family + family })
    }

    @Test func ideographsBreakAnywhereButBeforeClosingPunctuation() {
        let (a, _) = layout("日本語です。テスト", width: 10)
        let body = a.lines.filter { $0.kind == .body }.map { String(String.UnicodeScalarView($0.scalars)) }
        // "日本語です" fills 10 cells, but "。" may not start a line: "す" goes on with it.
        #expect(body == ["日本語で", "す。テスト"])
    }

    @Test func highlightsLandOnTheirCellsAfterCombiningMarks() throws {
        let text = "Hội nghị ở Hà Nội\n\nThủ tướng Việt Nam gặp Angela Merkel tại Hà Nội hôm qua.".decomposedStringWithCanonicalMapping
        let analysis = analyze([("vn.txt", text)])
        let doc = analysis.documents[0]
        let merkel = try #require(doc.mentions.firstIndex { $0.text == "Angela Merkel" })
        #expect(doc.entityOfMention[merkel] >= 0)
        let reader = Reader(world: ReaderWorld(analysis: analysis), width: 120, height: 30)
        let frame = Renderer.frame(reader)
        let row = try #require((0..<frame.height).first { frame.text(row: $0).contains("Angela Merkel") })
        // Columns by cell, so a cell with marks counts once.
        let cells = (0..<frame.width).filter { !frame[row, $0].isContinuation }
        let line = cells.map { frame[row, $0].text }
        let start = try #require((0..<line.count).first { line[$0...].starts(with: "Angela Merkel".map(String.init)) })
        for k in 0..<"Angela Merkel".count where line[start + k] != " " {
            #expect(frame[row, cells[start + k]].style == .person)
        }
        // The words before it, with their marks, keep the text's own style.
        #expect(frame[row, cells[start - 2]].style != .person)
        #expect(frame.text(row: row).contains("Thủ tướng Việt Nam gặp".decomposedStringWithCanonicalMapping))
    }
}
