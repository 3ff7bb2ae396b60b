/// The program's version, printed by `dossier --version`.
enum DossierVersion {
    static let string = "0.1.0"
}
