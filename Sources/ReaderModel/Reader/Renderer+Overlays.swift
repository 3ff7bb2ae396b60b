import Foundation

// Overlays drawn over the panes: timeline and help.
extension Renderer {
    static func drawTimeline(_ frame: inout Frame, _ reader: Reader) {
        let state = reader.state
        let body = state.layout.body
        frame.fill(rows: body, columns: 0..<frame.width, style: .normal)
        let events = reader.world.events.events
        let rows = reader.timelineEvents
        frame.put(" TIMELINE — \(rows.count) dated event\(rows.count == 1 ? "" : "s")   Enter: open the article at the event   Backspace: back   q: close",
                  row: body.lowerBound, column: 0, style: .heading)
        for (k, row) in (body.lowerBound + 1..<body.upperBound).enumerated() {
            let i = state.timelineScroll + k
            guard i < rows.count else { break }
            let event = events[rows[i]]
            let selected = i == state.timelineSelection
            let style: Style = selected ? .selectedFocused : .normal
            if selected { frame.fill(rows: row..<row + 1, columns: 0..<frame.width, style: style) }
            var c = frame.put(" " + (event.date?.iso ?? "").padding(toLength: 11, withPad: " ", startingAt: 0), row: row, column: 0, style: selected ? style : .title)
            c = frame.put(event.type.padding(toLength: 13, withPad: " ", startingAt: 0), row: row, column: c, style: selected ? style : .organization)
            let count = event.documents.count
            c = frame.put((count > 1 ? "×\(count)" : "").padding(toLength: 4, withPad: " ", startingAt: 0), row: row, column: c, style: selected ? style : .dim)
            frame.put(DisplayWidth.truncate(event.summary, to: max(0, frame.width - c - 1)), row: row, column: c, style: style)
        }
    }

    static func drawHelp(_ frame: inout Frame) {
        let lines = HelpText.lines
        let keyWidth = lines.map { DisplayWidth.of($0.keys) }.max() ?? 10
        let width = min(frame.width - 4, keyWidth + 44)
        let height = min(frame.height - 2, lines.count + 3)
        let top = max(1, (frame.height - height) / 2)
        let left = max(1, (frame.width - width) / 2)
        frame.fill(rows: top..<(top + height), columns: left..<(left + width), style: .normal)
        frame.put(" Keys — any key closes", row: top, column: left, limit: left + width, style: .heading)
        for (k, line) in lines.prefix(height - 3).enumerated() {
            let row = top + 2 + k
            frame.put(" " + line.keys, row: row, column: left, limit: left + keyWidth + 2, style: .title)
            frame.put(line.action, row: row, column: left + keyWidth + 3, limit: left + width, style: .normal)
        }
    }
}
