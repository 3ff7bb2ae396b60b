import Foundation

/// Turns a file's bytes into article text, or says why it is not an article.
public enum TextDecoder {
    /// What decoding found.
    public enum Result: Equatable, Sendable {
        case text(String, hadInvalidUTF8: Bool)
        case empty
        case binary
    }

    public static func decode(_ data: Data) -> Result {
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return .empty }
        let head = data.prefix(65_536)
        if head.contains(0) { return .binary }
        let controls = head.filter { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0x0C && $0 != 0x1B }.count
        if controls * 10 > head.count { return .binary }
        if let valid = String(validating: data, as: UTF8.self) { return .text(valid, hadInvalidUTF8: false) }
        return .text(String(decoding: data, as: UTF8.self), hadInvalidUTF8: true)
    }
}
