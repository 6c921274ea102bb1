import IntakeCLI

/// The `intake` executable: the command tree lives in IntakeCLI, testable as a library.
@main
enum IntakeMain {
    static func main() async {
        await IntakeCommand.main(nil)
    }
}
