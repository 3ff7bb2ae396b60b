import Foundation

/// Draws a reader's state into a frame: title bar, three panes, status line, overlays.
public enum Renderer {
    public static func frame(_ reader: Reader) -> Frame {
        let state = reader.state
        let layout = state.layout
        var frame = Frame(width: layout.width, height: layout.height)
        guard !layout.isTooSmall else {
            let message = "terminal too small (\(layout.width)×\(layout.height))"
            let hint = "need \(PaneLayout.minimumWidth)×\(PaneLayout.minimumHeight) · q quits"
            let row = max(0, layout.height / 2 - 1)
            frame.put(message, row: row, column: max(0, (layout.width - DisplayWidth.of(message)) / 2), style: .title)
            frame.put(hint, row: row + 1, column: max(0, (layout.width - DisplayWidth.of(hint)) / 2), style: .dim)
            return frame
        }
        drawTitleBar(&frame, reader)
        drawList(&frame, reader)
        drawArticle(&frame, reader)
        for r in layout.body {
            frame.put("│", row: r, column: layout.list.upperBound, style: .border)
            if let s = layout.sidebar { frame.put("│", row: r, column: s.lowerBound - 1, style: .border) }
        }
        if let columns = layout.sidebar { drawSidebar(&frame, reader, columns: columns) }
        if state.overlay == .sidebar {
            let columns = layout.sidebarOverlay
            for r in layout.body { frame.put("│", row: r, column: columns.lowerBound - 1, style: .border) }
            drawSidebar(&frame, reader, columns: columns)
        }
        if state.overlay == .timeline { drawTimeline(&frame, reader) }
        drawStatus(&frame, reader)
        if state.prompt != nil { drawPrompt(&frame, reader) }
        drawNotePrompt(&frame, reader)
        if state.overlay == .help { drawHelp(&frame, reader) }
        return frame
    }

    static func drawTitleBar(_ frame: inout Frame, _ reader: Reader) {
        let state = reader.state
        frame.fill(rows: 0..<1, columns: 0..<frame.width, style: .bar)
        let n = reader.world.documentCount
        var position = state.openDocument.map { "document \($0 + 1) of \(n)" } ?? "no documents"
        if n > 0 {
            // What `v` filters on, and what it is showing when not all.
            let counts = reader.markCounts
            let shown = state.list.show == .all ? "" : "showing \(state.list.show.rawValue) · "
            position = shown + "\(counts.unread) unread · \(counts.starred) starred  │  " + position
        }
        // The open article's source and date, which the narrow list has no room for.
        var meta: [String] = []
        if let d = state.openDocument {
            let doc = reader.world.analysis.documents[d]
            if let source = doc.document.source { meta.append(source) }
            if let date = doc.date ?? doc.document.date.flatMap(DateValue.init(iso:)) {
                meta.append(date.iso + (doc.dateInferred ? " (inferred)" : ""))
            } else if let date = reader.world.eventsIfReady?.dates[d] {
                meta.append(date.iso + ((reader.world.eventsIfReady?.inferred[d] ?? false) ? " (inferred)" : ""))
            }
        }
        var left = " Dossier · \(reader.world.analysis.corpusName)" + (meta.isEmpty ? "" : "  │  " + meta.joined(separator: " · "))
        // The article's source and date whole or not at all (not a lone "2" of a date).
        if DisplayWidth.of(left) > frame.width - DisplayWidth.of(position) - 2 { left = " Dossier · \(reader.world.analysis.corpusName)" }
        let end = frame.put(left, row: 0, column: 0, limit: frame.width - DisplayWidth.of(position) - 2, style: .bar)
        frame.put(position + " ", row: 0, column: max(end + 1, frame.width - DisplayWidth.of(position) - 1), style: .bar)
    }
}
