// The entity card's correction keys: M merge (with an entity picked by search), X reject,
// T retype, R rename; U undoes the last correction. The lines go to the corrections file
// through a request the terminal layer carries out.
extension Reader {
    /// The entity whose card is shown, if any.
    var cardEntity: Int? {
        if case .entity(let e) = state.sidebarMode { return e }
        return nil
    }

    /// Correction keys; true when the key was used.
    mutating func handleCorrectionKey(_ key: Key) -> Bool {
        if state.marks.correctionPrompt != nil { handleCorrectionPrompt(key); return true }
        switch key {
        case .character("U"):
            state.marks.request = .undo
            return true
        case .character("M"), .character("X"), .character("T"), .character("R"):
            guard let e = cardEntity else { state.message = "open an entity's card first (Enter on a name)"; return true }
            let entity = world.analysis.entities[e]
            switch key {
            case .character("M"): state.marks.correctionPrompt = CorrectionPrompt(kind: .merge, entity: e, text: "")
            case .character("R"): state.marks.correctionPrompt = CorrectionPrompt(kind: .rename, entity: e, text: entity.name)
            case .character("T"): state.marks.correctionPrompt = CorrectionPrompt(kind: .retype, entity: e, text: "")
            default: state.marks.request = .correct(.reject(entity.name), show: nil)
            }
            return true
        default:
            return false
        }
    }

    mutating func handleCorrectionPrompt(_ key: Key) {
        guard var prompt = state.marks.correctionPrompt else { return }
        let name = world.analysis.entities[prompt.entity].name
        if key == .escape || key == .control("g") || key == .control("c") {
            state.marks.correctionPrompt = nil
            state.message = "no correction made"
            return
        }
        if prompt.kind == .retype {
            let types: [Character: EntityType] = ["p": .person, "o": .organization, "l": .place, "x": .other]
            guard case .character(let c) = key, let type = types[c] else { return }
            state.marks.correctionPrompt = nil
            state.marks.request = .correct(.retype(name, type), show: name)
            return
        }
        switch key {
        case .enter:
            state.marks.correctionPrompt = nil
            let text = prompt.text.trimmingWhitespace
            if prompt.kind == .rename {
                guard !text.isEmpty, text != name else { state.message = "name unchanged"; return }
                state.marks.request = .correct(.rename(name, to: text), show: text)
            } else {
                guard prompt.results.indices.contains(prompt.selection) else { state.message = "no entity chosen to merge with"; return }
                let other = world.analysis.entities[prompt.results[prompt.selection]].name
                state.marks.request = .correct(.merge([name, other]), show: name)
            }
            return
        case .backspace: if !prompt.text.isEmpty { prompt.text.removeLast() }
        case .control("u"): prompt.text = ""
        case .down, .tab, .control("n"): prompt.selection = min(prompt.selection + 1, max(0, prompt.results.count - 1))
        case .up, .backTab, .control("p"): prompt.selection = max(prompt.selection - 1, 0)
        case .character(let c):
            guard prompt.text.count < 200, c.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F && !(0x80...0x9F).contains($0.value) }) else { return }
            prompt.text.append(c)
        default: return
        }
        if prompt.kind == .merge, key != .down, key != .up, key != .tab, key != .backTab, key != .control("n"), key != .control("p") {
            prompt.results = world.search.entities(prompt.text, limit: 12).filter { $0 != prompt.entity }
            prompt.selection = 0
        }
        state.marks.correctionPrompt = prompt
    }

    /// The request for the terminal layer, taken once.
    public mutating func takeRequest() -> WorkspaceRequest? {
        defer { state.marks.request = nil }
        return state.marks.request
    }

    /// This reader on a new world (the same articles, corrected again): the place, marks and
    /// settings kept; the card shows the entity named `show` when there is one.
    public func carried(to world: ReaderWorld, show: String?) -> Reader {
        var r = Reader(world: world, width: state.layout.width, height: state.layout.height)
        if state.settings != r.state.settings { r.apply(settings: state.settings) }
        r.state.visited = state.visited
        r.state.marks = state.marks
        r.state.marks.correctionPrompt = nil
        r.state.marks.request = nil
        if let d = state.openDocument {
            r.open(document: d, recordHistory: false)
            r.scrollArticle(to: state.articleScroll)
        }
        r.state.visited = state.visited
        r.state.listSelection = state.listSelection
        r.state.listScroll = state.listScroll
        r.state.lastQuery = state.lastQuery
        r.refreshMatches()
        if let show, let e = world.analysis.entities.firstIndex(where: { $0.name == show }) {
            r.state.sidebarMode = .entity(e)
            r.refreshSidebar()
            r.setFocus(.sidebar)
        } else {
            r.state.sidebarMode = .document
            r.refreshSidebar()
            r.state.focus = state.focus == .sidebar ? .article : state.focus
        }
        return r
    }
}

extension Reader {
    /// The name of the entity whose card is shown, if any.
    public var cardName: String? { cardEntity.map { world.analysis.entities[$0].name } }
}
