import Foundation

/// The reader's state machine: a state and a key make the next state.
///
/// Every behaviour of the interactive reader lives here, so it is tested without a
/// terminal; the terminal layer only decodes keys and draws `Renderer.frame`.
public struct Reader: Sendable {
    public let world: ReaderWorld
    public internal(set) var state: ReaderState

    /// A reader on a screen of the given size, with the first article open.
    public init(world: ReaderWorld, width: Int, height: Int) {
        self.world = world
        let layout = PaneLayout(width: width, height: height)
        let empty = ArticleLayout(document: Document(id: "", text: ""), width: layout.articleTextWidth)
        state = ReaderState(layout: layout, article: empty)
        state.list.rebuild(world)
        if world.documentCount > 0 { open(document: 0, recordHistory: false) }
        state.focus = .documents
        refreshSidebar()
    }

    /// Applies one key.
    public mutating func handle(_ key: Key) {
        state.message = nil
        if case .resize(let w, let h) = key { resize(width: w, height: h); return }
        // The list's prompt takes every key, before the other keys' handlers.
        if state.linePrompt != nil { handleLinePrompt(key); return }
        if handleMarks(key) { return }
        if case .mouse(let event) = key { handleMouse(event); return }
        if state.prompt != nil { handlePrompt(key); return }
        if state.overlay == .help { handleHelp(key); return }
        if state.overlay == .timeline, handleTimeline(key) { return }
        if refuseWhileAnalysing(key) { return }
        switch key {
        case .character("q"): closeInnermostView()
        case .character("Q"), .control("c"): state.shouldQuit = true
        case .character("?"): state.overlay = .help; state.helpScroll = 0
        case .character("j"), .down: move(by: 1)
        case .character("k"), .up: move(by: -1)
        case .character("g"), .home: move(to: .start)
        case .character("G"), .end: move(to: .end)
        case .control("d"): move(by: max(1, state.bodyHeight / 2))
        case .control("u"): move(by: -max(1, state.bodyHeight / 2))
        case .character(" "), .pageDown, .control("f"): move(by: max(1, state.bodyHeight - 1))
        case .character("b"), .pageUp, .control("b"): move(by: -max(1, state.bodyHeight - 1))
        case .tab: cycleFocus(1)
        case .backTab: cycleFocus(-1)
        case .character("h"), .left: cycleFocus(-1, wrap: false)
        case .character("l"), .right: cycleFocus(1, wrap: false)
        case .character("1"): setFocus(.documents)
        case .character("2"): setFocus(.article)
        case .character("3"): setFocus(.sidebar)
        case .character("]"): stepMention(1)
        case .character("["): stepMention(-1)
        case .enter: activate()
        case .character("/"): openPrompt(.article)
        case .character("S"), .control("/"): openPrompt(.corpus)
        case .character("o"): cycleListOrder()
        case .character("v"): cycleListShow()
        case .character("z"): toggleFold()
        case .character("Z"): toggleAllFolds()
        case .character("F"), .character("&"): state.linePrompt = LinePrompt(kind: .filter, previous: state.list.filter, previousFolded: state.list.folded)
        case .character(":"): state.linePrompt = LinePrompt(kind: .goTo)
        case .character("n"): stepMatch(1)
        case .character("N"): stepMatch(-1)
        case .escape: clearSearch()
        case .backspace, .character("H"): goBack()
        case .character("L"): goForward()
        case .character("r"): focusRelated()
        case .character("t"): openTimeline()
        case .character("s"):
            if state.layout.sidebarFolded {
                state.overlay = state.overlay == .sidebar ? .none : .sidebar
                state.focus = state.overlay == .sidebar ? .sidebar : .article
            }
        default: break
        }
    }
}

func clamp(_ v: Int, _ lo: Int, _ hi: Int) -> Int { max(lo, min(hi, v)) }
