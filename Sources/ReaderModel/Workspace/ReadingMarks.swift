/// The analyst's marks on the open collection while the reader runs (read state itself is
/// `ReaderState.visited`): stars, notes, and the note being written.
public struct ReadingMarks: Sendable, Equatable {
    public var starred: Set<Int> = []
    /// Article id → note.
    public var articleNotes: [String: String] = [:]
    /// Entity canonical name → note.
    public var entityNotes: [String: String] = [:]
    /// The note being written, when the note prompt is open.
    public var notePrompt: NotePrompt?
    /// A correction being written on an entity's card.
    public var correctionPrompt: CorrectionPrompt?
    /// The `|` prompt, while a command is typed.
    public var pipePrompt: PipePrompt?
    /// What the terminal layer is asked to do (write a correction, undo one).
    public var request: WorkspaceRequest?
    /// Bumped by every change worth saving.
    public var revision = 0

    public init() {}
}

/// The one-line editor for a note (`a`).
public struct NotePrompt: Sendable, Equatable {
    /// What the note is about.
    public enum Target: Sendable, Equatable {
        case article(Int)
        case entity(Int)
    }

    public var target: Target
    public var text: String
    /// Notes stay short: one line in the list and on the card.
    public static let maxLength = 400
}
