import Foundation

/// The rows of `dossier entities`: one per actor or place, most mentioned first.
public enum EntityTable {
    /// One row of the table.
    public struct Row: Codable, Sendable, Equatable {
        public var id: String
        public var name: String
        public var type: String
        public var documents: Int
        public var mentions: Int
        public var aliases: [String]
    }

    public static func rows(_ analysis: Analysis, type: EntityType? = nil) -> [Row] {
        analysis.entities
            .filter { $0.type != .other && (type == nil || $0.type == type) }
            .map { Row(id: $0.id, name: $0.name, type: $0.type.rawValue, documents: $0.documents.count,
                       mentions: $0.occurrences.count, aliases: $0.aliases) }
            .sorted { ($1.mentions, $1.documents, $0.name) < ($0.mentions, $0.documents, $1.name) }
    }

    /// Aligned columns: name, type, documents, mentions, aliases.
    public static func text(_ rows: [Row]) -> String {
        let nameWidth = min(40, max(4, rows.map { DisplayWidth.of($0.name) }.max() ?? 4))
        func pad(_ s: String, _ w: Int) -> String {
            let clipped = DisplayWidth.truncate(s, to: w)
            return clipped + String(repeating: " ", count: max(0, w - DisplayWidth.of(clipped)))
        }
        var lines = [pad("NAME", nameWidth) + "  " + pad("TYPE", 12) + "  DOCS  MENTIONS  ALIASES"]
        for r in rows {
            let docs = String(r.documents), count = String(r.mentions)
            lines.append(pad(r.name, nameWidth) + "  " + pad(r.type, 12) + "  "
                         + String(repeating: " ", count: max(0, 4 - docs.count)) + docs + "  "
                         + String(repeating: " ", count: max(0, 8 - count.count)) + count + "  "
                         + r.aliases.joined(separator: "; "))
        }
        return lines.joined(separator: "\n")
    }

    public static func json(_ rows: [Row]) -> String {
        JSONOutput.encode(rows, fallback: "[]")
    }
}
