import Foundation

/// The analysis as flat tables for spreadsheets and other tools: `export --format csv`
/// (one table per `--what`, or every table as files) and `--format jsonl` (one record a line).
public enum TableExport {
    /// The tables there are.
    public enum Table: String, Sendable, CaseIterable {
        case documents, entities, mentions, events
    }

    /// Header and rows of one table.
    public static func rows(_ table: Table, _ analysis: Analysis) -> (header: [String], rows: [[String]]) {
        let docs = analysis.documents
        let entities = analysis.entities
        func names(_ list: [Int]) -> String { list.map { entities[$0].name }.joined(separator: "; ") }
        func ids(_ list: [Int]) -> String { list.map { entities[$0].id }.joined(separator: "; ") }
        switch table {
        case .documents:
            return (["id", "title", "date", "date_inferred", "source", "entities", "events"], docs.map { d in
                [d.document.id, d.document.title, d.date?.iso ?? d.document.date ?? "", d.dateInferred ? "true" : "false",
                 d.document.source ?? "", String(Set(d.entityOfMention.filter { $0 >= 0 }).count), String(d.events.count)]
            })
        case .entities:
            return (["id", "name", "type", "documents", "mentions", "aliases", "corrections"], entities.map { e in
                [e.id, e.name, e.type.rawValue, String(e.documents.count), String(e.occurrences.count),
                 e.aliases.joined(separator: "; "), e.corrections.joined(separator: "; ")]
            })
        case .mentions:
            var rows: [[String]] = []
            for e in entities {
                for o in e.occurrences {
                    let m = docs[o.document].mentions[o.mention]
                    rows.append([e.id, e.name, e.type.rawValue, docs[o.document].document.id, String(m.start), String(m.end), m.text])
                }
            }
            return (["entity", "name", "type", "doc", "start", "end", "text"], rows)
        case .events:
            return (["id", "date", "type", "agent", "patient", "actors", "places", "actor_ids", "place_ids", "documents", "summary"],
                    analysis.events.map { v in
                        [v.id, v.date?.iso ?? "", v.type, v.agent.map { entities[$0].name } ?? "", v.patient.map { entities[$0].name } ?? "",
                         names(v.actors), names(v.places), ids(v.actors), ids(v.places),
                         v.documents.map { docs[$0].document.id }.joined(separator: "; "), v.summary]
                    })
        }
    }

    /// One table as CSV (RFC 4180: fields with commas, quotes or line breaks quoted, CRLF line ends).
    public static func csv(_ table: Table, _ analysis: Analysis) -> String {
        let (header, rows) = rows(table, analysis)
        return ([header] + rows).map { $0.map(csvField).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    static func csvField(_ raw: String) -> String {
        // Control characters, C1 and bidirectional overrides from an article never reach a
        // terminal or a spreadsheet: the same set the JSON output escapes.
        func unsafe(_ c: Unicode.Scalar) -> Bool {
            (c.value < 0x20 && c != "\n" && c != "\t" && c != "\r") || JSONOutput.mustEscape(c.value)
        }
        var s = raw
        if raw.unicodeScalars.contains(where: unsafe) {
            s = String(String.UnicodeScalarView(raw.unicodeScalars.map { unsafe($0) ? "\u{FFFD}" : $0 }))
        }
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) || s.hasPrefix(" ") || s.hasSuffix(" ") else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Tables as JSON Lines: one object a line, each with `"table"` naming its table.
    public static func jsonl(_ tables: [Table], _ analysis: Analysis) -> String {
        var lines: [String] = []
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for table in tables {
            let (header, rows) = rows(table, analysis)
            let listColumns: Set<String> = ["aliases", "corrections", "actors", "places", "actor_ids", "place_ids", "documents"]
            let numberColumns: Set<String> = ["start", "end", "mentions"]
            for row in rows {
                var object: [String: JSONValue] = ["table": .string(table.rawValue)]
                for (column, value) in zip(header, row) {
                    if listColumns.contains(column), !(table == .entities && column == "documents") {
                        object[column] = .list(value.isEmpty ? [] : value.components(separatedBy: "; "))
                    } else if numberColumns.contains(column) || (column == "documents" && table == .entities)
                                || (table == .documents && (column == "entities" || column == "events")), let n = Int(value) {
                        object[column] = .number(n)
                    } else if column == "date_inferred" {
                        object[column] = .bool(value == "true")
                    } else {
                        object[column] = value.isEmpty && (column == "date" || column == "source" || column == "agent" || column == "patient") ? .null : .string(value)
                    }
                }
                if let data = try? encoder.encode(object) { lines.append(JSONOutput.escapeInvisibles(String(decoding: data, as: UTF8.self))) }
            }
        }
        return lines.joined(separator: "\n") + (lines.isEmpty ? "" : "\n")
    }

    /// A JSON value of a flat record.
    enum JSONValue: Encodable {
        case string(String), number(Int), bool(Bool), list([String]), null

        func encode(to encoder: Encoder) throws {
            var c = encoder.singleValueContainer()
            switch self {
            case .string(let s): try c.encode(s)
            case .number(let n): try c.encode(n)
            case .bool(let b): try c.encode(b)
            case .list(let l): try c.encode(l)
            case .null: try c.encodeNil()
            }
        }
    }
}
