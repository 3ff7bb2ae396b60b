// Hand-off to other programs: e edits the article's file at the line on screen, O opens a
// link of the article (or its address) in the browser, | pipes the article or the card to
// a shell command. The terminal layer runs them, with the screen suspended.
extension Reader {
    mutating func handleHandOffKey(_ key: Key) -> Bool {
        switch key {
        case .character("e"):
            guard let d = state.openDocument else { state.message = "no article open"; return true }
            let doc = world.analysis.documents[d].document
            guard let path = doc.path else { state.message = "the bundled articles have no file to edit"; return true }
            state.marks.request = .edit(path: path, line: doc.textIsExtracted ? 1 : fileLine(of: topOffset, in: doc))
        case .character("O"):
            guard let url = linkToOpen() else { state.message = "no link in this article"; return true }
            state.marks.request = .browse(url)
        case .character("|"):
            state.marks.pipePrompt = PipePrompt(ofCard: state.focus == .sidebar && cardEntity != nil)
        default:
            return false
        }
        return true
    }

    mutating func handlePipePrompt(_ key: Key) {
        guard var prompt = state.marks.pipePrompt else { return }
        switch key {
        case .escape, .control("g"), .control("c"):
            state.marks.pipePrompt = nil
            return
        case .enter:
            state.marks.pipePrompt = nil
            let command = prompt.command.trimmingWhitespace
            guard !command.isEmpty else { return }
            state.marks.request = .pipe(command: command, text: prompt.ofCard ? cardText : articleText)
            return
        case .backspace: if !prompt.command.isEmpty { prompt.command.removeLast() }
        case .control("u"): prompt.command = ""
        case .character(let c):
            guard prompt.command.count < 500, c.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F }) else { return }
            prompt.command.append(c)
        default: return
        }
        state.marks.pipePrompt = prompt
    }

    /// Code-point offset of the first line shown in the article pane.
    var topOffset: Int {
        let lines = state.article.lines
        guard lines.indices.contains(state.articleScroll) else { return 0 }
        return lines[state.articleScroll].offsets.first ?? lines[state.articleScroll].paragraphStart
    }

    /// The 1-based line of the file an offset is on.
    func fileLine(of offset: Int, in doc: Document) -> Int {
        var line = 1
        let scalars = doc.scalars
        for s in scalars[..<min(offset, scalars.count)] where s == "\n" { line += 1 }
        return line
    }

    /// The link to open: the first one from the top of the screen down, else the article's
    /// own address, else the first in the article.
    func linkToOpen() -> String? {
        guard let d = state.openDocument else { return nil }
        let doc = world.analysis.documents[d].document
        var found = doc.links.map { ($0.range.lowerBound, $0.url) }
        found += Self.urls(in: doc)
        found.sort { $0.0 < $1.0 }
        let top = topOffset
        return found.first { $0.0 >= top }?.1 ?? doc.url ?? found.first?.1
    }

    /// `http(s)://…` addresses written in an article's text, with their offsets.
    static func urls(in doc: Document) -> [(Int, String)] {
        var result: [(Int, String)] = []
        let scalars = doc.scalars
        var i = 0
        while i + 8 < scalars.count {
            if scalars[i] == "h", scalars[i + 1] == "t", scalars[i + 2] == "t", scalars[i + 3] == "p" {
                var j = i
                while j < scalars.count, !scalars[j].properties.isWhitespace, scalars[j].value > 0x20, !"<>\"”’»)]".unicodeScalars.contains(scalars[j]) { j += 1 }
                var text = String(String.UnicodeScalarView(scalars[i..<j]))
                while let last = text.last, ".,;:!?".contains(last) { text.removeLast() }
                if text.hasPrefix("http://") || text.hasPrefix("https://"), text.count > 8 { result.append((i, text)) }
                i = max(j, i + 1)
            } else {
                i += 1
            }
        }
        return result
    }

    /// The open article's text, as stored (or as extracted).
    var articleText: String {
        guard let d = state.openDocument else { return "" }
        return world.analysis.documents[d].document.text
    }

    /// The card's rows as lines of text.
    var cardText: String {
        state.sidebarRows.map { $0.displayText(world) + ($0.detail.map { "  " + $0 } ?? "") }.joined(separator: "\n") + "\n"
    }
}

extension Renderer {
    /// The `|` prompt on the status line.
    static func drawPipePrompt(_ frame: inout Frame, _ reader: Reader) {
        guard let prompt = reader.state.marks.pipePrompt else { return }
        let row = frame.height - 1
        frame.fill(rows: row..<row + 1, columns: 0..<frame.width, style: .bar)
        let hint = "  Enter: run  Esc: cancel "
        var c = frame.put("Pipe the \(prompt.ofCard ? "card" : "article") to: ", row: row, column: 0, style: .prompt)
        c = frame.put(prompt.command, row: row, column: c, limit: max(c, frame.width - DisplayWidth.of(hint) - 1), style: .prompt)
        frame.put("▏", row: row, column: c, style: .prompt)
        frame.put(hint, row: row, column: max(c + 2, frame.width - DisplayWidth.of(hint)), style: .bar)
    }
}
