extension SidebarContent {
    /// The analyst's corrections that changed an entity, under its name on the card.
    static func correctionRows(_ entity: Entity) -> [SidebarRow] {
        guard !entity.corrections.isEmpty else { return [] }
        return [SidebarRow("CORRECTED", style: .heading)] + entity.corrections.prefix(6).map { SidebarRow("  " + $0, style: .dim) }
    }
}
