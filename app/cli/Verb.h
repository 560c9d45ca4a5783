// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>
#include <QStringList>

#include <vector>

class QCommandLineParser;
class QSettings;
class QTextStream;

namespace pingjia {

class UserHome;

// What a verb gets: the user's home and settings, its own arguments, and the two
// streams. Results go to `out` (stdout), messages and progress to `err` (stderr).
struct VerbContext {
    const UserHome &home;
    QSettings &settings;
    QStringList arguments; // after the verb's name
    bool windowAvailable;  // a QApplication exists and a display is there
    QTextStream &out;
    QTextStream &err;
};

// One command-line verb. To add one: write app/cli/<Name>Command.cpp with its run
// function, declare it in cli/Commands.h and list it in cli/VerbRegistry.cpp.
struct VerbSpec {
    const char *name;
    const char *summary; // QT_TRANSLATE_NOOP("Verbs", …)
    int (*run)(VerbContext &context);
    // Given its arguments, does the verb show a window? Decides between QApplication
    // and QCoreApplication before either exists. nullptr: never.
    bool (*wantsWindow)(const QStringList &arguments);
};

const std::vector<VerbSpec> &verbRegistry();
const VerbSpec *findVerb(const QString &name);
QStringList verbNames();
// "demo      start the simulator…" lines for --help, translated.
QStringList verbSummaries();

// Parses a verb's options with `parser` (which gets --help added). Returns -1 to go
// on, or the exit code to return at once (help printed: 0; bad options: 1).
int parseVerbArguments(QCommandLineParser &parser, const QString &verb, VerbContext &context);

} // namespace pingjia
