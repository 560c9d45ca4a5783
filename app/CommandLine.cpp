// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/CommandLine.h"

#include "ui/LanguagePreference.h"

#include <QCoreApplication>

namespace pingjia {

namespace {

// Splits "--opt=value" and "--opt value"; returns false when the value is missing.
bool takeValue(const QStringList &args, int &i, const QString &name, QString *value)
{
    const QString &arg = args.at(i);
    if (arg.startsWith(name + QLatin1Char('='))) {
        *value = arg.mid(name.size() + 1);
        return !value->isEmpty();
    }
    if (i + 1 >= args.size())
        return false;
    *value = args.at(++i);
    return true;
}

bool isOption(const QString &arg, const QString &name)
{
    return arg == name || arg.startsWith(name + QLatin1Char('='));
}

// Messages shown on the terminal, context "CommandLine" in the translation files.
struct CommandLineText {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

} // namespace

Invocation parseCommandLine(const QStringList &arguments, const QStringList &knownVerbs,
                            const QString &homeFromEnvironment)
{
    Invocation inv;
    inv.homeDirectory = homeFromEnvironment;
    const auto fail = [&inv](Invocation::Error error, const QString &subject) {
        if (inv.error == Invocation::Error::None) {
            inv.error = error;
            inv.errorSubject = subject;
        }
    };

    for (int i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (isOption(arg, QStringLiteral("--home"))) {
            if (!takeValue(arguments, i, QStringLiteral("--home"), &inv.homeDirectory))
                fail(Invocation::Error::MissingValue, QStringLiteral("--home"));
        } else if (isOption(arg, QStringLiteral("--lang"))) {
            if (!takeValue(arguments, i, QStringLiteral("--lang"), &inv.language))
                fail(Invocation::Error::MissingValue, QStringLiteral("--lang"));
            else if (!isSupportedLanguage(inv.language))
                fail(Invocation::Error::UnsupportedLanguage, inv.language);
        } else if (!inv.verb.isEmpty()) {
            inv.verbArguments << arg;
        } else if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            inv.help = true;
        } else if (arg == QLatin1String("--version")) {
            inv.version = true;
        } else if (arg.startsWith(QLatin1Char('-'))) {
            fail(Invocation::Error::UnknownOption, arg);
        } else {
            inv.verb = arg;
            if (!knownVerbs.contains(arg))
                fail(Invocation::Error::UnknownVerb, arg);
        }
    }
    return inv;
}

QString describeCommandLineError(const Invocation &inv)
{
    switch (inv.error) {
    case Invocation::Error::None:
        return {};
    case Invocation::Error::MissingValue:
        return CommandLineText::tr("The option %1 needs a value.").arg(inv.errorSubject);
    case Invocation::Error::UnknownOption:
        return CommandLineText::tr("Unknown option: %1").arg(inv.errorSubject);
    case Invocation::Error::UnsupportedLanguage:
        return CommandLineText::tr("Unsupported language \"%1\": use one of %2.")
            .arg(inv.errorSubject, supportedLanguages().join(QStringLiteral(", ")));
    case Invocation::Error::UnknownVerb:
        return CommandLineText::tr("Unknown command: %1").arg(inv.errorSubject);
    }
    return {};
}

QString usageText(const QStringList &verbSummaries)
{
    QString text = CommandLineText::tr(
        "Usage: pingjia [--home DIR] [--lang zh_CN|en] [COMMAND [OPTIONS]]\n"
        "\n"
        "Without a command, opens the console window.\n"
        "\n"
        "Global options:\n"
        "  --home DIR     keep every file of this user (settings, cache, logs) in DIR;\n"
        "                 the environment variable PINGJIA_HOME does the same\n"
        "  --lang LANG    user-interface language: zh_CN (default) or en\n"
        "  -h, --help     show this help\n"
        "  --version      show the version\n"
        "\n"
        "Commands:\n");
    for (const QString &line : verbSummaries)
        text += QStringLiteral("  ") + line + QLatin1Char('\n');
    text += CommandLineText::tr(
        "\n"
        "PINGJIA_NOW=\"yyyy-MM-dd HH:mm:ss\" (China Standard Time) fixes the clock.\n"
        "Exit codes: 0 ok, 1 usage, 2 data or platform error.\n");
    return text;
}

} // namespace pingjia
