// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>
#include <QStringList>

namespace pingjia {

// The global part of `pingjia [--home DIR] [--lang zh_CN|en] [VERB [VERB OPTIONS…]]`.
// Parsed before any QCoreApplication exists, because the verb decides whether a
// QApplication (window) or a QCoreApplication (headless) is created.
struct Invocation {
    enum class Error { None, MissingValue, UnknownOption, UnsupportedLanguage, UnknownVerb };

    QString homeDirectory; // --home, else $PINGJIA_HOME; empty: standard locations
    QString language;      // --lang; empty: the stored setting
    QString verb;          // empty: open the window
    QStringList verbArguments;
    bool help = false;
    bool version = false;
    Error error = Error::None;
    QString errorSubject; // the offending option, value or verb
};

// --home and --lang are accepted anywhere (before or after the verb); --help and
// --version only before the verb, after it they belong to the verb.
Invocation parseCommandLine(const QStringList &arguments, const QStringList &knownVerbs,
                            const QString &homeFromEnvironment);

// A translated, one-line explanation of invocation.error.
QString describeCommandLineError(const Invocation &invocation);

// The text of `pingjia --help`, translated. verbSummaries: "name — summary" lines.
QString usageText(const QStringList &verbSummaries);

} // namespace pingjia
