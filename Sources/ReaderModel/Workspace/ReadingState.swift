/// What the reader remembers of one collection between runs: articles read and starred,
/// notes on articles and entities, and where the reader was. Articles are named by id and
/// entities by canonical name, so the state survives articles being added or removed.
///
/// Stored as text, one fact a line (`read<TAB>DOC`); lines this version does not know are
/// kept and written back unchanged, so nothing a newer version or a person wrote is lost.
public struct ReadingState: Sendable, Equatable {
    public var read: Set<String> = []
    public var starred: Set<String> = []
    /// Article id → note.
    public var articleNotes: [String: String] = [:]
    /// Entity canonical name → note.
    public var entityNotes: [String: String] = [:]
    /// The article open at the last quit, and the code-point offset at the top of its pane.
    public var lastDocument: String?
    public var lastOffset = 0
    /// Lines not understood, in their order, written back as they were.
    public var unknownLines: [String] = []

    public init() {}

    static let header = "# Dossier reading state: read/star DOC, note DOC TEXT, entity-note NAME TEXT, last DOC OFFSET (tab-separated)"

    /// Reads the text of a state file; nothing in it is ever an error.
    public init(text: String) {
        for raw in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let line = String(raw)
            if line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { Self.unescape(String($0)) }
            switch (fields[0], fields.count) {
            case ("read", 2): read.insert(fields[1])
            case ("star", 2): starred.insert(fields[1])
            case ("note", 3): articleNotes[fields[1]] = fields[2]
            case ("entity-note", 3): entityNotes[fields[1]] = fields[2]
            case ("last", 3) where Int(fields[2]) != nil:
                lastDocument = fields[1]
                lastOffset = Int(fields[2])!
            default: unknownLines.append(line)
            }
        }
    }

    /// The file's text: known facts in a stable order, then the lines kept as they were.
    public var text: String {
        var lines = [Self.header]
        if let lastDocument { lines.append(Self.line("last", lastDocument, String(lastOffset))) }
        lines += read.sorted().map { Self.line("read", $0) }
        lines += starred.sorted().map { Self.line("star", $0) }
        lines += articleNotes.sorted { $0.key < $1.key }.map { Self.line("note", $0.key, $0.value) }
        lines += entityNotes.sorted { $0.key < $1.key }.map { Self.line("entity-note", $0.key, $0.value) }
        lines += unknownLines
        return lines.joined(separator: "\n") + "\n"
    }

    static func line(_ fields: String...) -> String { fields.map(escape).joined(separator: "\t") }

    /// Tabs, line breaks and backslashes in a field as `\t`, `\n`, `\\`.
    static func escape(_ s: String) -> String {
        guard s.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\\" || $0 == "\r" }) else { return s }
        var out = ""
        for c in s {
            switch c {
            case "\\": out += "\\\\"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: out.append(c)
            }
        }
        return out
    }

    static func unescape(_ s: String) -> String {
        guard s.contains("\\") else { return s }
        var out = "", escaped = false
        for c in s {
            if escaped {
                switch c {
                case "t": out += "\t"
                case "n": out += "\n"
                case "r": out += "\r"
                default: out.append(c)
                }
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else {
                out.append(c)
            }
        }
        return out
    }
}

/// The reading-state file of a collection.
public struct ReadingStateFile: Sendable {
    public var path: String

    public init(path: String) { self.path = path }

    /// The stored state; an empty one when there is none yet.
    public func load() -> ReadingState {
        AtomicFile.read(path).map(ReadingState.init(text:)) ?? ReadingState()
    }

    /// Writes the state atomically: a crash mid-write leaves the previous file.
    public func save(_ state: ReadingState) throws {
        try AtomicFile.write(state.text, to: path)
    }
}
