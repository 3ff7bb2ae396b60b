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
}
