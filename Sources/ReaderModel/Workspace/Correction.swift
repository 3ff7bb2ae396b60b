/// One line of a collection's `.dossier/corrections.txt`: the analyst's fix to the analysis.
public enum Correction: Sendable, Equatable {
    /// `merge: NAME | NAME […]` — one entity, named by the first.
    case merge([String])
    /// `separate: NAME | NAME` — never one entity.
    case separate(String, String)
    /// `reject: NAME` — not an entity, wherever it is written so.
    case reject(String)
    /// `type: NAME = TYPE`.
    case retype(String, EntityType)
    /// `rename: NAME = NEW NAME` — the canonical name.
    case rename(String, to: String)
    /// `alias: NAME = FORM` — FORM, wherever it occurs, names NAME.
    case alias(String, form: String)

    /// The line as written in the corrections file.
    public var line: String {
        switch self {
        case .merge(let names): return "merge: " + names.joined(separator: " | ")
        case .separate(let a, let b): return "separate: \(a) | \(b)"
        case .reject(let name): return "reject: \(name)"
        case .retype(let name, let type): return "type: \(name) = \(type.rawValue)"
        case .rename(let name, let new): return "rename: \(name) = \(new)"
        case .alias(let name, let form): return "alias: \(name) = \(form)"
        }
    }
}

/// A correction with the line it was read from (1-based).
public struct NumberedCorrection: Sendable, Equatable {
    public var line: Int
    public var correction: Correction

    public init(line: Int, correction: Correction) {
        self.line = line
        self.correction = correction
    }
}

/// A line of the corrections file that was skipped, and why.
public struct CorrectionProblem: Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    /// "line 4: …", to follow the file's path.
    public var description: String { "line \(line): \(message)" }
}
