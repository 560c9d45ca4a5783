// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace pingjia {

// Process exit codes of every verb (DESIGN.md §4).
enum ExitCode : int {
    ExitOk = 0,        // also when bad records were skipped and reported
    ExitUsage = 1,     // wrong command line, unknown verb, verb not available
    ExitDataError = 2, // unreadable home, corrupt cache, platform error
};

} // namespace pingjia
