// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/itemmodels/PlatformErrorText.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace pingjia {

namespace {

struct CodeSentence {
    const char *code;
    const char *sentence;
};

// Context "pingjia::PlatformErrorText" in the translation files.
constexpr CodeSentence kSentences[] = {
    {"version_conflict",
     QT_TRANSLATE_NOOP("pingjia::PlatformErrorText",
                       "Someone changed this bad review on the platform before the action "
                       "arrived. Nothing was overwritten: compare both versions and choose.")},
    {"illegal_transition",
     QT_TRANSLATE_NOOP("pingjia::PlatformErrorText",
                       "The platform does not allow this step in the bad review's current "
                       "state. Sync to see its state, then choose a step that fits.")},
    {"same_actor",
     QT_TRANSLATE_NOOP("pingjia::PlatformErrorText",
                       "The person who made a request cannot also approve or reject it. Ask "
                       "a second person to decide.")},
    {"invalid_payload",
     QT_TRANSLATE_NOOP("pingjia::PlatformErrorText",
                       "The platform found the action's details incomplete or wrong. Record "
                       "the step again with every field filled in.")},
    {"invalid_cursor",
     QT_TRANSLATE_NOOP("pingjia::PlatformErrorText",
                       "The platform no longer knows where the last sync stopped. That list "
                       "is fetched again from the start; nothing stored is lost.")},
    {"invalid_limit",
     QT_TRANSLATE_NOOP("pingjia::PlatformErrorText",
                       "The platform refused the page size the console asked for.")},
    {"not_found",
     QT_TRANSLATE_NOOP("pingjia::PlatformErrorText",
                       "The platform does not have this record (or this address): it may be "
                       "outside your scope or withdrawn.")},
    {"method_not_allowed",
     QT_TRANSLATE_NOOP("pingjia::PlatformErrorText",
                       "The platform does not accept this kind of request at this address.")},
    {"invalid_request",
     QT_TRANSLATE_NOOP("pingjia::PlatformErrorText", "The platform could not read the request.")},
    {"invalid_credentials",
     QT_TRANSLATE_NOOP("pingjia::PlatformErrorText",
                       "Wrong user name or password. Check both and sign in again.")},
    {"invalid_grant",
     QT_TRANSLATE_NOOP("pingjia::PlatformErrorText",
                       "The platform no longer accepts the stored sign-in. Sign in again "
                       "with your password.")},
    {"unsupported_grant_type",
     QT_TRANSLATE_NOOP("pingjia::PlatformErrorText",
                       "The platform does not support this way of signing in.")},
    {"unauthorized", QT_TRANSLATE_NOOP("pingjia::PlatformErrorText",
                                       "The platform wants a sign-in first. Sign in again.")},
    {"invalid_token",
     QT_TRANSLATE_NOOP("pingjia::PlatformErrorText",
                       "The platform did not accept the sign-in token. Sign in again.")},
    {"token_expired",
     QT_TRANSLATE_NOOP("pingjia::PlatformErrorText",
                       "The sign-in has expired. The console renews it by itself; if this "
                       "stays, sign in again.")},
    {"rate_limited",
     QT_TRANSLATE_NOOP("pingjia::PlatformErrorText",
                       "The platform asked the console to slow down. It tries again by itself "
                       "after the wait the platform named.")},
    {"server_error",
     QT_TRANSLATE_NOOP("pingjia::PlatformErrorText",
                       "The platform had an internal error. The console tries again by "
                       "itself; nothing recorded here is lost.")},
};

QString translated(const char *text)
{
    return QCoreApplication::translate("pingjia::PlatformErrorText", text);
}

} // namespace

QString platformErrorSentence(const QString &code)
{
    for (const CodeSentence &s : kSentences)
        if (code == QLatin1String(s.code))
            return translated(s.sentence);
    return QCoreApplication::translate("pingjia::PlatformErrorText",
                                       "The platform refused the request.");
}

bool isDocumentedPlatformError(const QString &code)
{
    return documentedPlatformErrors().contains(code);
}

QStringList documentedPlatformErrors()
{
    QStringList codes;
    for (const CodeSentence &s : kSentences)
        codes << QString::fromLatin1(s.code);
    return codes;
}

QString platformErrorDetail(const QString &code, const QString &platformMessage)
{
    if (platformMessage.isEmpty() && code.isEmpty())
        return {};
    if (code.isEmpty())
        return QCoreApplication::translate("pingjia::PlatformErrorText", "The platform said: %1")
            .arg(platformMessage);
    if (platformMessage.isEmpty())
        return QCoreApplication::translate("pingjia::PlatformErrorText", "Platform error code: %1")
            .arg(code);
    return QCoreApplication::translate("pingjia::PlatformErrorText",
                                       "The platform said: %1 (error code %2)")
        .arg(platformMessage, code);
}

QString platformErrorCodeIn(const QString &storedReason)
{
    static const QRegularExpression trailingCode(QStringLiteral("\\(([a-z_]+)\\)\\s*$"));
    const QRegularExpressionMatch m = trailingCode.match(storedReason);
    return m.hasMatch() ? m.captured(1) : QString();
}

QString platformReasonText(const QString &storedReason)
{
    const QString code = platformErrorCodeIn(storedReason);
    if (code.isEmpty())
        return storedReason; // no code: the console's own (translated) words
    return QCoreApplication::translate("pingjia::PlatformErrorText", "%1 (%2)")
        .arg(platformErrorSentence(code), platformErrorDetail({}, storedReason));
}

} // namespace pingjia
