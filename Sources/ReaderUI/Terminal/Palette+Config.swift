import ReaderModel

extension Palette {
    /// The palette with the configuration's `color` lines applied; colours the terminal
    /// cannot show (beyond 8 on an 8-colour terminal, any under NO_COLOR) fall back to the default.
    func applying(_ settings: [ColorSetting]) -> Palette {
        var palette = self
        for setting in settings {
            func usable(_ color: Int16) -> Int16 {
                switch depth {
                case .none: return -1
                case .eight: return color < 8 ? color : -1
                case .many: return color
                }
            }
            var attributes: Attributes = []
            for name in setting.attributes {
                switch name {
                case "bold": attributes.insert(.bold)
                case "underline": attributes.insert(.underline)
                case "reverse": attributes.insert(.reverse)
                case "dim": attributes.insert(.dim)
                case "italic": attributes.insert(.italic)
                default: break
                }
            }
            palette.looks[Int(setting.element.rawValue)] = Look(foreground: usable(setting.foreground), background: usable(setting.background),
                                                                attributes: attributes)
        }
        return palette
    }

    /// `color` lines for every element as this palette draws it.
    var configLines: [String] {
        func name(_ color: Int16) -> String {
            color < 0 ? "default" : ReaderConfig.colorNames.first { $0.value == color && $0.key != "default" }?.key ?? "color\(color)"
        }
        return Style.allCases.map { style in
            let look = self[style]
            var names: [String] = []
            if look.attributes.contains(.bold) { names.append("bold") }
            if look.attributes.contains(.underline) { names.append("underline") }
            if look.attributes.contains(.reverse) { names.append("reverse") }
            if look.attributes.contains(.dim) { names.append("dim") }
            if look.attributes.contains(.italic) { names.append("italic") }
            return (["color", ReaderConfig.elementName(style), name(look.foreground), name(look.background)] + names).joined(separator: " ")
        }
    }
}
