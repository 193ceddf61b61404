// The `samenbeter match` subcommand: reads the mentors' and mentees'
// spreadsheets, pairs them with the mentoring engine, writes the pairs with
// their score per criterion and the reasons for everyone left unpaired, and
// prints a summary in Dutch. Bad rows are listed with file, line, column and
// reason, and then nothing is paired (exit code 2), so no row is ever
// dropped silently. Thread-safety: used from main() only.
#pragma once

namespace CLI {
class App;
}

namespace sb::cli {

void register_match_command(CLI::App& app);

}  // namespace sb::cli
