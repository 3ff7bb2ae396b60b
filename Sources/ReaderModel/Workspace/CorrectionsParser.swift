/// Reads the corrections file: one correction a line, `#` comments and blank lines ignored.
/// A line that does not parse is reported with its number and skipped, never fatal.
public enum CorrectionsParser {
    static let keywords = "merge, separate, reject, type, rename or alias"

    /// The corrections in file order, and the lines that could not be read.
    public static func parse(_ text: String) -> (corrections: [NumberedCorrection], problems: [CorrectionProblem]) {
        var corrections: [NumberedCorrection] = []
        var problems: [CorrectionProblem] = []
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            switch parse(line: String(raw)) {
            case .none: continue
            case .some(.success(let c)): corrections.append(NumberedCorrection(line: i + 1, correction: c))
            case .some(.failure(let p)): problems.append(CorrectionProblem(line: i + 1, message: p.description))
            }
        }
        return (corrections, problems)
    }

    /// One line: nil for a blank line or a comment.
    public static func parse(line raw: String) -> Result<Correction, ReasonText>? {
        let line = raw.trimmingWhitespace
        guard !line.isEmpty, !line.hasPrefix("#") else { return nil }
        guard let colon = line.firstIndex(of: ":") else {
            return .failure(ReasonText("expected 'KEYWORD: …' (\(keywords)): \(quoted(line))"))
        }
        let keyword = line[..<colon].trimmingWhitespace.lowercased()
        let rest = String(line[line.index(after: colon)...]).trimmingWhitespace
        switch keyword {
        case "merge":
            let names = rest.split(separator: "|", omittingEmptySubsequences: false).map { String($0).trimmingWhitespace }
            if names.contains(where: \.isEmpty) { return .failure("merge: a name is empty (expected NAME | NAME […])") }
            guard names.count >= 2 else { return .failure("merge needs two names or more: NAME | NAME") }
            return .success(.merge(names))
        case "separate":
            let names = rest.split(separator: "|", omittingEmptySubsequences: false).map { String($0).trimmingWhitespace }
            guard names.count == 2, !names[0].isEmpty, !names[1].isEmpty else {
                return .failure("separate needs exactly two names: NAME | NAME")
            }
            return .success(.separate(names[0], names[1]))
        case "reject":
            guard !rest.isEmpty else { return .failure("reject needs a name: reject: NAME") }
            return .success(.reject(rest))
        case "type":
            guard let (name, value) = pair(rest) else { return .failure("type needs NAME = person|organization|place|other") }
            guard let type = entityType(value) else {
                return .failure(ReasonText("unknown type \(quoted(value)); expected person, organization, place or other"))
            }
            return .success(.retype(name, type))
        case "rename":
            guard let (name, new) = pair(rest) else { return .failure("rename needs NAME = NEW NAME") }
            return .success(.rename(name, to: new))
        case "alias":
            guard let (name, form) = pair(rest) else { return .failure("alias needs NAME = FORM") }
            return .success(.alias(name, form: form))
        default:
            return .failure(ReasonText("unknown correction \(quoted(keyword)); expected \(keywords)"))
        }
    }

    /// "NAME = VALUE", both non-empty, split at the first `=`.
    static func pair(_ text: String) -> (String, String)? {
        guard let eq = text.firstIndex(of: "=") else { return nil }
        let name = text[..<eq].trimmingWhitespace, value = text[text.index(after: eq)...].trimmingWhitespace
        return name.isEmpty || value.isEmpty ? nil : (name, value)
    }

    static func entityType(_ value: String) -> EntityType? {
        switch value.lowercased() {
        case "person", "people", "per": return .person
        case "organization", "organisation", "org": return .organization
        case "place", "location", "loc": return .place
        case "other", "misc": return .other
        default: return nil
        }
    }

    static func quoted(_ s: String) -> String { "'" + TextSanitizer.clean(String(s.prefix(60))) + "'" }
}

extension StringProtocol {
    /// Without leading and trailing white space.
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
