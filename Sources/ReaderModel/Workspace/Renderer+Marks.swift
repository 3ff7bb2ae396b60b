extension Renderer {
    /// The note editor on the status line, when it is open.
    static func drawNotePrompt(_ frame: inout Frame, _ reader: Reader) {
        guard let prompt = reader.state.marks.notePrompt else { return }
        let row = frame.height - 1
        frame.fill(rows: row..<row + 1, columns: 0..<frame.width, style: .bar)
        let about: String
        switch prompt.target {
        case .article: about = "article"
        case .entity(let e): about = reader.world.analysis.entities[e].name
        }
        let hint = "  Enter: save (empty removes)  Esc: cancel "
        let label = "Note on \(DisplayWidth.truncate(about, to: 24)): "
        let room = max(0, frame.width - DisplayWidth.of(label) - DisplayWidth.of(hint) - 1)
        // The end of a long note stays in view as it is typed.
        var text = prompt.text
        while DisplayWidth.of(text) > room, !text.isEmpty { text.removeFirst() }
        var c = frame.put(label, row: row, column: 0, style: .prompt)
        c = frame.put(text, row: row, column: c, style: .prompt)
        frame.put("▏", row: row, column: c, style: .prompt)
        frame.put(hint, row: row, column: max(c + 2, frame.width - DisplayWidth.of(hint)), style: .bar)
    }
}
