import Foundation
import Testing
@testable import ReaderModel

@Suite struct TableExportTests {
    /// Splits RFC 4180 CSV into rows of fields.
    func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var chars = Array(text.unicodeScalars)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" { if chars.first == "\"" { field.unicodeScalars.append("\""); chars.removeFirst() } else { quoted = false } }
                else { field.unicodeScalars.append(c) }
            } else if c == "\"" { quoted = true }
            else if c == "," { row.append(field); field = "" }
            else if c == "\r" { continue }
            else if c == "\n" { row.append(field); rows.append(row); row = []; field = "" }
            else { field.unicodeScalars.append(c) }
        }
        return rows
    }

    @Test func csvQuotesWhatNeedsItAndReadsBack() {
        #expect(TableExport.csvField("plain") == "plain")
        #expect(TableExport.csvField("a, b") == "\"a, b\"")
        #expect(TableExport.csvField("say \"no\"") == "\"say \"\"no\"\"\"")
        #expect(TableExport.csvField("two\nlines") == "\"two\nlines\"")
        #expect(TableExport.csvField("bell\u{7}") == "bell\u{FFFD}")
        // C1 controls and bidirectional overrides are as unsafe in a terminal as ESC.
        #expect(TableExport.csvField("a\u{9B}2J\u{202E}b") == "a\u{FFFD}2J\u{FFFD}b")
        let result = corrected("merge: Tony Blair | Mark Blair\ntype: United Nations = place")
        let rows = parseCSV(TableExport.csv(.entities, result.analysis))
        #expect(rows[0] == ["id", "name", "type", "documents", "mentions", "aliases", "corrections"])
        #expect(rows.count == result.analysis.entities.count + 1)
        #expect(rows.allSatisfy { $0.count == 7 })
        let blair = rows.first { $0[1] == "Tony Blair" }!
        #expect(blair[4] == "5" && blair[5].contains("Mark Blair") && blair[6].contains("merge"))
        #expect(rows.first { $0[1] == "United Nations" }?[2] == "place")
    }

    @Test func mentionsAndEventsTablesPointIntoTheArticles() {
        let analysis = correctionBase
        let mentions = parseCSV(TableExport.csv(.mentions, analysis))
        #expect(mentions.count - 1 == analysis.entities.map(\.occurrences.count).reduce(0, +))
        for row in mentions.dropFirst() {
            let doc = analysis.documents.first { $0.document.id == row[3] }!
            #expect(doc.document.slice(Int(row[4])!..<Int(row[5])!) == row[6])
        }
        let events = parseCSV(TableExport.csv(.events, analysis))
        #expect(events.count - 1 == analysis.events.count)
        #expect(events.dropFirst().allSatisfy { $0.count == 11 })
    }

    @Test func jsonlHasOneTypedObjectPerLine() throws {
        let text = TableExport.jsonl(TableExport.Table.allCases, correctionBase)
        let lines = text.split(separator: "\n")
        let analysis = correctionBase
        #expect(lines.count == analysis.documents.count + analysis.entities.count + analysis.entities.map(\.occurrences.count).reduce(0, +) + analysis.events.count)
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(object["table"] is String)
        }
        let entity = try #require(try JSONSerialization.jsonObject(with: Data(TableExport.jsonl([.entities], analysis).split(separator: "\n")[0].utf8)) as? [String: Any])
        #expect(entity["aliases"] is [String] && entity["mentions"] is Int)
    }

    @Test func jsonlEscapesC1AndBidiControls() {
        let text = TableExport.jsonl([.documents], analyze([("a.txt", "Evil\u{9B}2J title \u{202E}\n\nTony Blair spoke.")]))
        #expect(!text.unicodeScalars.contains { $0.value == 0x9B || $0.value == 0x202E })
        #expect(text.contains("\\u009b") && text.contains("\\u202e"))
    }
}
