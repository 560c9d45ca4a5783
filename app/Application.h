// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace pingjia {

// The whole program: parses the command line, creates the right application object
// (QApplication only when a window is shown), sets up home, settings, translators and
// the log file, then opens the window or runs a verb. Returns the exit code.
int runApplication(int &argc, char **argv);

} // namespace pingjia
