/// The entity card's correction keys while one is being written: the entity to merge with
/// (picked by search), the new name, or the new type.
public struct CorrectionPrompt: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case merge, rename, retype }

    public var kind: Kind
    /// The entity whose card it is.
    public var entity: Int
    public var text: String
    /// For a merge: entities matching the text, best first.
    public var results: [Int] = []
    public var selection = 0
}

/// What the reader asks of the terminal layer, which owns the corrections file.
public enum WorkspaceRequest: Sendable, Equatable {
    /// Write a correction, then show the card of the entity named so (nil: the article's sidebar).
    case correct(Correction, show: String?)
    /// Take back the last correction written in this session.
    case undo
    /// Open a file in the editor at a line (1-based).
    case edit(path: String, line: Int)
    /// Open an address with the browser.
    case browse(String)
    /// Run a shell command with this text on its standard input.
    case pipe(command: String, text: String)
}

/// The `|` prompt: the shell command the article or the card is piped to.
public struct PipePrompt: Sendable, Equatable {
    public var command = ""
    /// What goes to the command: the card's text when a card has the focus, else the article.
    public var ofCard: Bool
}

extension WorkspaceRequest {
    /// Whether another program is run (editor, browser, command).
    public var isHandOff: Bool {
        switch self {
        case .edit, .browse, .pipe: return true
        case .correct, .undo: return false
        }
    }
}
