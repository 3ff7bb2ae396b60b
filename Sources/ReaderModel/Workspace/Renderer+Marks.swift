extension Renderer {
    /// The note editor on the status line, when it is open.
    static func drawNotePrompt(_ frame: inout Frame, _ reader: Reader) {
        drawCorrectionPrompt(&frame, reader)
        drawPipePrompt(&frame, reader)
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

extension Renderer {
    /// A correction being written on an entity's card: the prompt on the status line and,
    /// for a merge, the entities it could be merged with over the article pane.
    static func drawCorrectionPrompt(_ frame: inout Frame, _ reader: Reader) {
        guard let prompt = reader.state.marks.correctionPrompt else { return }
        let world = reader.world
        let name = DisplayWidth.truncate(world.analysis.entities[prompt.entity].name, to: 30)
        let row = frame.height - 1
        frame.fill(rows: row..<row + 1, columns: 0..<frame.width, style: .bar)
        let label: String, hint: String
        switch prompt.kind {
        case .merge: (label, hint) = ("Merge \(name) with: ", "  ↑↓: choose  Enter: merge  Esc: cancel ")
        case .rename: (label, hint) = ("Rename \(name) to: ", "  Enter: rename  Esc: cancel ")
        case .retype: (label, hint) = ("\(name) is a: (p)erson (o)rganization p(l)ace (x) other", "  Esc: cancel ")
        }
        var c = frame.put(label, row: row, column: 0, style: .prompt)
        if prompt.kind != .retype {
            c = frame.put(prompt.text, row: row, column: c, limit: max(c, frame.width - DisplayWidth.of(hint) - 1), style: .prompt)
            frame.put("▏", row: row, column: c, style: .prompt)
        }
        frame.put(hint, row: row, column: max(c + 2, frame.width - DisplayWidth.of(hint)), style: .bar)
        guard prompt.kind == .merge else { return }
        let layout = reader.state.layout
        let columns = layout.article.lowerBound..<layout.width
        let rows = layout.body.lowerBound..<min(layout.body.upperBound, layout.body.lowerBound + prompt.results.count + 2)
        frame.fill(rows: rows, columns: columns, style: .normal)
        let heading = prompt.text.isEmpty ? " Type a name to merge with" : " \(prompt.results.count) entit\(prompt.results.count == 1 ? "y" : "ies") for “\(prompt.text)”"
        frame.put(heading, row: rows.lowerBound, column: columns.lowerBound, limit: columns.upperBound, style: .heading)
        for (k, e) in prompt.results.enumerated() where rows.lowerBound + 1 + k < rows.upperBound {
            let entity = world.analysis.entities[e]
            let selected = k == prompt.selection
            let style: Style = selected ? .selectedFocused : SidebarContent.style(for: entity.type)
            if selected { frame.fill(rows: (rows.lowerBound + 1 + k)..<(rows.lowerBound + 2 + k), columns: columns, style: style) }
            frame.put(" \(entity.name) — \(entity.type.rawValue), \(entity.documents.count) article\(entity.documents.count == 1 ? "" : "s")",
                      row: rows.lowerBound + 1 + k, column: columns.lowerBound, limit: columns.upperBound, style: style)
        }
    }
}
