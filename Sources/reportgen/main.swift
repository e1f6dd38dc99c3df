import ArgumentParser
import ReportGen

/// Calls `AsyncParsableCommand.main()`: in top-level code a plain `ReportGenCommand.main()` resolves to the
/// synchronous `ParsableCommand.main()`, which refuses to run an asynchronous command tree.
func runAsync<Command: AsyncParsableCommand>(_ command: Command.Type) async {
    await command.main()
}

await runAsync(ReportGenCommand.self)
