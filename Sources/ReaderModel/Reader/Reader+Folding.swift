// Folding the article list's folders: `z` (or Enter on a header) folds or opens the folder
// under the cursor, `Z` folds every folder or opens them all.
extension Reader {
    /// The folder under the list's cursor: its header's, or the selected article's.
    var folderUnderCursor: String {
        state.listHeader ?? ArticleList.folder(of: world.analysis.documents[state.listSelection].document.id)
    }

    /// `z`: folds the folder under the cursor (the cursor goes to its header), or opens it.
    mutating func toggleFold() {
        guard world.documentCount > 0 else { return }
        guard state.list.hasHeaders else { state.message = foldHint; return }
        let folder = folderUnderCursor
        guard state.list.headerSlot[folder] != nil else { return }
        if state.list.folded.remove(folder) == nil {
            state.list.folded.insert(folder)
            state.listHeader = folder
            state.message = "\(folderName(folder)) folded"
        } else {
            state.message = "\(folderName(folder)) opened"
        }
        setFocus(.documents)
        rebuildList(keepScroll: true)
    }

    /// `Z`: folds every folder when one is open, else opens them all; the cursor stays in its folder.
    mutating func toggleAllFolds() {
        guard world.documentCount > 0 else { return }
        guard state.list.hasHeaders else { state.message = foldHint; return }
        let folders = state.list.headerFolders
        let folder = folderUnderCursor
        if folders.contains(where: { !state.list.folded.contains($0) }) {
            state.list.folded.formUnion(folders)
            state.listHeader = folder
            state.message = "\(folders.count) folders folded"
        } else {
            state.list.folded.subtract(folders)
            state.message = "\(folders.count) folders opened"
        }
        setFocus(.documents)
        rebuildList(keepScroll: true)
    }

    var foldHint: String {
        state.list.order == .folder ? "one folder: nothing to fold" : "folders fold in the folder order (o)"
    }

    func folderName(_ folder: String) -> String { folder.isEmpty ? "(top folder)" : TextSanitizer.clean(folder) }
}
