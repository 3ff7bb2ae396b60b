// Read/unread (`u`), stars (`*`), notes (`a`), and the reading state saved between runs.
extension Reader {
    /// Keys for marks; true when the key was used. While a note is written, every key goes to it.
    mutating func handleMarks(_ key: Key) -> Bool {
        if state.marks.notePrompt != nil { handleNotePrompt(key); return true }
        if state.marks.correctionPrompt != nil { handleCorrectionPrompt(key); return true }
        if state.marks.pipePrompt != nil { handlePipePrompt(key); return true }
        guard state.prompt == nil, state.overlay == .none || state.overlay == .sidebar else { return false }
        if handleCorrectionKey(key) || handleHandOffKey(key) { return true }
        switch key {
        case .character("u"): toggleRead()
        case .character("*"): toggleStar()
        case .character("a"): startNote()
        default: return false
        }
        return true
    }

    /// The article a mark applies to: the selected one in the list, else the open one.
    var markedDocument: Int? {
        guard state.focus == .documents, world.documentCount > 0 else { return state.openDocument }
        return state.listHeader == nil ? state.listSelection : nil
    }

    mutating func toggleRead() {
        guard let d = markedDocument else { return }
        if state.visited.remove(d) == nil {
            state.visited.insert(d)
            state.message = "marked read"
        } else {
            state.message = "marked unread"
        }
        state.marks.revision += 1
    }

    mutating func toggleStar() {
        guard let d = markedDocument else { return }
        if state.marks.starred.remove(d) == nil {
            state.marks.starred.insert(d)
            state.message = "starred"
        } else {
            state.message = "star removed"
        }
        state.marks.revision += 1
    }

    /// Opens the note editor: on the entity whose card has the focus, else on the article.
    mutating func startNote() {
        if case .entity(let e) = state.sidebarMode, state.focus == .sidebar {
            state.marks.notePrompt = NotePrompt(target: .entity(e), text: state.marks.entityNotes[world.analysis.entities[e].name] ?? "")
        } else if let d = markedDocument {
            state.marks.notePrompt = NotePrompt(target: .article(d), text: state.marks.articleNotes[world.analysis.documents[d].document.id] ?? "")
        }
    }

    mutating func handleNotePrompt(_ key: Key) {
        guard var prompt = state.marks.notePrompt else { return }
        switch key {
        case .escape, .control("g"), .control("c"):
            state.marks.notePrompt = nil
            state.message = "note not changed"
            return
        case .enter:
            state.marks.notePrompt = nil
            saveNote(prompt)
            return
        case .backspace:
            if !prompt.text.isEmpty { prompt.text.removeLast() }
        case .control("u"):
            prompt.text = ""
        case .character(let c):
            guard prompt.text.count < NotePrompt.maxLength, !c.isNewline,
                  c.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F && !(0x80...0x9F).contains($0.value) }) else { return }
            prompt.text.append(c)
        default:
            return
        }
        state.marks.notePrompt = prompt
    }

    mutating func saveNote(_ prompt: NotePrompt) {
        let text = prompt.text.trimmingWhitespace
        switch prompt.target {
        case .article(let d):
            state.marks.articleNotes[world.analysis.documents[d].document.id] = text.isEmpty ? nil : text
        case .entity(let e):
            state.marks.entityNotes[world.analysis.entities[e].name] = text.isEmpty ? nil : text
        }
        state.message = text.isEmpty ? "note removed" : "note saved"
        state.marks.revision += 1
        let selection = state.sidebarSelection, scroll = state.sidebarScroll
        refreshSidebar()
        state.sidebarSelection = min(selection, max(0, state.sidebarRows.count - 1))
        state.sidebarScroll = scroll
    }

    /// Rows above the sidebar's content: the note on the open article or on the entity of the card.
    func noteRows() -> [SidebarRow] {
        let note: String?
        switch state.sidebarMode {
        case .entity(let e): note = state.marks.entityNotes[world.analysis.entities[e].name]
        case .document: note = state.openDocument.flatMap { state.marks.articleNotes[world.analysis.documents[$0].document.id] }
        }
        guard let note else { return [] }
        return [SidebarRow("NOTE", style: .heading), SidebarRow("  " + note), SidebarRow("")]
    }

    /// The list's first column: • unread, * starred (in the unread style when also unread), ✎ a note.
    func listMark(_ d: Int) -> (mark: String, unread: Bool) {
        let unread = !state.visited.contains(d)
        if state.marks.starred.contains(d) { return ("*", unread) }
        if unread { return ("•", true) }
        if state.marks.articleNotes[world.analysis.documents[d].document.id] != nil { return ("✎", false) }
        return (" ", false)
    }

    // MARK: - Between runs

    /// The state to save: this collection's marks, over what was stored (articles not in
    /// this collection now keep their marks).
    public func readingState(over stored: ReadingState) -> ReadingState {
        let documents = world.analysis.documents
        let ids = Set(documents.map(\.document.id))
        var result = stored
        result.read = stored.read.filter { !ids.contains($0) }.union(state.visited.map { documents[$0].document.id })
        result.starred = stored.starred.filter { !ids.contains($0) }.union(state.marks.starred.map { documents[$0].document.id })
        result.articleNotes = state.marks.articleNotes
        result.entityNotes = state.marks.entityNotes
        if let d = state.openDocument {
            result.lastDocument = documents[d].document.id
            let lines = state.article.lines
            result.lastOffset = lines.indices.contains(state.articleScroll)
                ? (lines[state.articleScroll].offsets.first ?? lines[state.articleScroll].paragraphStart) : 0
        }
        return result
    }

    /// Takes back a stored state: marks, and the last article open at the same place.
    public mutating func restore(_ stored: ReadingState) {
        let documents = world.analysis.documents
        var index: [String: Int] = [:]
        for (d, doc) in documents.enumerated() { index[doc.document.id] = d }
        state.visited = Set(stored.read.compactMap { index[$0] })
        state.marks.starred = Set(stored.starred.compactMap { index[$0] })
        state.marks.articleNotes = stored.articleNotes
        state.marks.entityNotes = stored.entityNotes
        if let id = stored.lastDocument, let d = index[id] {
            open(document: d, recordHistory: false)
            let line = state.article.line(containing: stored.lastOffset)
            scrollArticle(to: line)
            state.focus = .article
        } else if let d = state.openDocument {
            state.visited.insert(d)
        }
        // Read marks decide what an unread list shows.
        if state.list.show == .unread { rebuildList() }
        refreshSidebar()
    }

    /// How many articles are unread and starred, for the list's heading.
    public var markCounts: (unread: Int, starred: Int) {
        (world.documentCount - state.visited.count, state.marks.starred.count)
    }
}

extension Reader {
    /// Shows a one-line message on the status line (from the terminal layer: saving failed…).
    public mutating func notify(_ message: String) { state.message = message }
}

extension Reader {
    /// Takes the options of a configuration (`set` lines): the panes and the article are laid out again.
    public mutating func apply(settings: ReaderSettings) {
        state.settings = settings
        state.list.order = settings.listOrder
        state.list.show = settings.listShow
        rebuildList()
        resize(width: state.layout.width, height: state.layout.height)
    }

    /// Whether keys are commands now (key bindings apply), not text typed into a prompt.
    public var acceptsBindings: Bool { state.prompt == nil && state.marks.notePrompt == nil && state.marks.correctionPrompt == nil
        && state.marks.pipePrompt == nil }
}

extension Reader {
    /// Sections the help adds to its own: the keys the configuration file binds.
    var helpSections: [HelpText.Section] {
        state.settings.boundKeys.isEmpty ? [] : [HelpText.Section("YOUR KEYS (config)", state.settings.boundKeys)]
    }
}
