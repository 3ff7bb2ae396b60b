import CNcurses
import Foundation
import ReaderModel

/// Runs another program on the reader's terminal ($VISUAL/$EDITOR, $BROWSER, a shell
/// command): the screen is given back first and taken again after, as Ctrl-Z does.
enum HandOff {
    /// Runs a hand-off request; a message for the status line.
    static func run(_ request: WorkspaceRequest, screen: CursesScreen, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        switch request {
        case .edit(let path, let line):
            let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
            let status = screen.outside { shell("\(editor) +\(line) \"$1\"", arguments: [path], environment: environment) }
            return status == 0 ? "back from \(editor)" : "\(editor) ended with status \(status)"
        case .browse(let url):
            guard let command = browserCommand(environment) else {
                return "set $BROWSER to open links; link: \(url)"
            }
            let status = screen.outside { shell(command, arguments: [url], environment: environment) }
            return status == 0 ? "opened \(url)" : "the browser ended with status \(status)"
        case .pipe(let command, let text):
            let status = screen.outside { () -> Int32 in
                let status = shell(command, arguments: [], environment: environment, input: text)
                FileHandle.standardOutput.write(Data("\n[dossier: '\(command)' ended with status \(status); press Enter to return]".utf8))
                _ = readLine()
                return status
            }
            return "'\(command)' ended with status \(status)"
        default:
            return ""
        }
    }

    /// `$BROWSER`: the first of its `:`-separated commands, `%s` standing for the address
    /// (else the address follows); `xdg-open` when it is unset and installed.
    static func browserCommand(_ environment: [String: String]) -> String? {
        if let browser = environment["BROWSER"]?.split(separator: ":").first.map(String.init), !browser.isEmpty {
            return browser.contains("%s") ? browser.replacingOccurrences(of: "%s", with: "\"$1\"") : browser + " \"$1\""
        }
        let path = environment["PATH"] ?? "/usr/bin:/bin"
        let found = path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/xdg-open") }
        return found ? "xdg-open \"$1\"" : nil
    }

    /// Runs `sh -c COMMAND sh ARGUMENTS…` on the terminal and waits; its status.
    @discardableResult
    static func shell(_ command: String, arguments: [String], environment: [String: String], input: String? = nil) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command, "sh"] + arguments
        process.environment = environment
        let pipe = input.map { _ in Pipe() }
        if let pipe { process.standardInput = pipe }
        do {
            try process.run()
        } catch {
            FileHandle.standardError.write(Data("dossier: cannot run /bin/sh: \(error.localizedDescription)\n".utf8))
            return 127
        }
        if let pipe, let input {
            // A command that stops reading early (head) must not stop the reader.
            let old = signal(SIGPIPE, SIG_IGN)
            try? pipe.fileHandleForWriting.write(contentsOf: Data(input.utf8))
            try? pipe.fileHandleForWriting.close()
            signal(SIGPIPE, old)
        }
        process.waitUntilExit()
        // Ctrl-C meant for the program is not a request to quit the reader.
        if TerminalSetup.pendingSignal == SIGINT { TerminalSetup.pendingSignal = 0 }
        return process.terminationStatus
    }
}

extension CursesScreen {
    /// Gives the terminal back for `body`, then takes it again and redraws.
    func outside<T>(_ body: () -> T) -> T {
        def_prog_mode()
        endwin()
        let result = body()
        reset_prog_mode()
        clearok(dossier_curscr(), true)
        refresh()
        return result
    }
}
