// The first screen before the whole collection is analysed: the reader starts on a
// provisional world (every article's text, the first article's own analysis), shows the
// analysis's progress, and takes the whole world when it arrives, staying where it is.

/// What the background analysis tells the reader, as actions.
public enum StagingEvent: Sendable {
    /// Articles analysed so far, the rate, the stage.
    case progress(AnalysisProgress.Snapshot)
    /// The whole collection analysed, linked and weighed.
    case finished(ReaderWorld)
    /// Another provisional world: one more article read and analysed (the one the reader opened).
    case provisional(ReaderWorld)
}

extension Reader {
    init(world: ReaderWorld, state: ReaderState) {
        self.world = world
        self.state = state
    }

    /// True while the reader shows a provisional world.
    public var isAnalysing: Bool { !world.isComplete }

    /// Takes an event of the background analysis.
    public mutating func receive(_ event: StagingEvent) {
        switch event {
        case .progress(let snapshot):
            guard isAnalysing else { return }
            state.analysisProgress = snapshot
        case .finished(let whole):
            self = taking(whole)
        case .provisional(let world):
            guard isAnalysing, !world.isComplete else { return }
            self = taking(world)
        }
    }

    /// This reader on the whole world: the place, list, prompts and marks kept. Articles are
    /// found again by id (the provisional list may have come from the last session's directory,
    /// before files were added or removed); entities of the provisional world by name.
    func taking(_ whole: ReaderWorld) -> Reader {
        var next = state
        if whole.isComplete { next.analysisProgress = nil }
        let old = world.analysis.documents, new = whole.analysis.documents
        let same = old.count == new.count && zip(old, new).allSatisfy { $0.document.id == $1.document.id }
        var index: [String: Int] = [:]
        if !same { for (d, doc) in new.enumerated() { index[doc.document.id] = d } }
        func document(_ d: Int) -> Int? {
            guard old.indices.contains(d) else { return nil }
            return same ? d : index[old[d].document.id]
        }
        func entity(named e: Int) -> Int? {
            guard world.analysis.entities.indices.contains(e) else { return nil }
            let name = world.analysis.entities[e].name
            return whole.analysis.entities.firstIndex { $0.name == name }
        }
        func carry(_ mode: SidebarMode) -> SidebarMode {
            if case .entity(let e) = mode, let found = entity(named: e) { return .entity(found) }
            return .document
        }
        func carry(_ place: ReaderPlace) -> ReaderPlace? {
            var p = place
            if let d = place.document { guard let moved = document(d) else { return nil }; p.document = moved }
            p.sidebarMode = carry(p.sidebarMode)
            p.mentionCursor = nil
            return p
        }
        next.sidebarMode = carry(state.sidebarMode)
        next.back = state.back.compactMap(carry)
        next.forward = state.forward.compactMap(carry)
        next.visited = Set(state.visited.compactMap(document))
        next.marks.starred = Set(state.marks.starred.compactMap(document))
        next.marks.correctionPrompt = nil
        next.mentionCursor = nil
        next.articleSearch = nil
        next.highlight = nil
        next.listSelection = document(state.listSelection) ?? 0
        next.openDocument = state.openDocument.flatMap(document) ?? (new.isEmpty ? nil : 0)
        var r = Reader(world: whole, state: next)
        // The list's dates and rows, and the open article's text, come from the whole world.
        r.state.list.rebuild(whole, visited: r.state.visited, starred: r.state.marks.starred)
        if let d = r.state.openDocument {
            let scroll = state.openDocument.flatMap(document) == d ? state.articleScroll : 0
            r.state.article = r.articleLayout(d)
            r.state.articleScroll = 0
            r.scrollArticle(to: scroll)
        }
        r.keepListSelectionVisible()
        let selection = state.sidebarSelection, scroll = state.sidebarScroll
        r.refreshSidebar()
        if r.state.sidebarMode == state.sidebarMode {
            r.state.sidebarSelection = min(selection, max(0, r.state.sidebarRows.count - 1))
            r.state.sidebarScroll = min(scroll, max(0, r.state.sidebarRows.count - 1))
        }
        r.refreshMatches()
        return r
    }

    /// Keys that need the whole collection (search over it, the timeline, related articles),
    /// answered with the progress while it is analysed; true when the key was taken.
    mutating func refuseWhileAnalysing(_ key: Key) -> Bool {
        guard isAnalysing else { return false }
        let what: String
        switch key {
        case .character("S"), .control("/"): what = "searching all articles"
        case .character("t"): what = "the timeline"
        case .character("r"): what = "related articles"
        default: return false
        }
        state.message = "\(what): \(AnalysisProgressText.waiting(state.analysisProgress))"
        return true
    }
}

/// The words and bar the reader shows for the background analysis.
public enum AnalysisProgressText {
    /// "still analysing, 1,234 of 16,768 articles done"
    public static func waiting(_ progress: AnalysisProgress.Snapshot?) -> String {
        guard let p = progress else { return "still analysing the collection" }
        if p.phase != .analysing { return "still \(p.phase.rawValue)" }
        return "still analysing, \(count(p.done)) of \(count(p.total)) articles done"
    }

    /// "analysing 1,234/16,768 ▕███▏     ▏ 850/s", or the stage over the whole collection; at most `width` columns.
    public static func status(_ p: AnalysisProgress.Snapshot, width: Int) -> String {
        if p.phase != .analysing { return p.phase.rawValue + "…" }
        let counts = "analysing \(count(p.done))/\(count(p.total))"
        let rate = p.elapsed > 0.2 ? " \(count(Int(p.rate)))/s" : ""
        let barWidth = max(0, min(20, width - counts.count - rate.count - 3))
        guard barWidth >= 4 else { return counts + rate }
        return counts + " " + bar(Double(p.done) / Double(max(1, p.total)), width: barWidth) + rate
    }

    /// A bar of `width` cells, eighths of a cell for the part done: "▕████▌   ▏".
    static func bar(_ fraction: Double, width: Int) -> String {
        let inner = max(1, width - 2)
        let eighths = Int((max(0, min(1, fraction)) * Double(inner * 8)).rounded(.down))
        let partials = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        var text = String(repeating: "█", count: eighths / 8) + partials[eighths % 8]
        text += String(repeating: " ", count: max(0, inner - text.count))
        return "▕" + text + "▏"
    }

    /// 2095 → "2,095".
    public static func count(_ n: Int) -> String {
        let digits = Array(String(n))
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(d)
        }
        return out
    }
}
