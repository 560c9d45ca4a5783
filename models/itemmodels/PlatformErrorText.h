// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The platform's error codes (PLATFORM_API.md, `{"error":{"code","message"}}`) in the
// user's language. The platform writes its messages for developers and in its own
// language ("demo made this request and cannot also decide on it…"); the console shows
// a translated sentence that says what happened and what to do, and keeps the
// platform's own text as a detail for whoever has to ask the platform's operators.
//
//     label->setText(platformErrorSentence(code));
//     details->setText(platformErrorDetail(code, platformMessage));

#include <QString>

namespace pingjia {

// A translated sentence for a documented code; for an unknown code a general sentence
// (the code and the platform's text then go in the detail).
QString platformErrorSentence(const QString &code);
// True when `code` is one the API documents (a test lists them all).
bool isDocumentedPlatformError(const QString &code);
// "The platform said: <message> (code <code>)" — translated frame, platform's words.
QString platformErrorDetail(const QString &code, const QString &platformMessage);
// The codes the API documents, for tests and the README.
QStringList documentedPlatformErrors();

// The outbox keeps a refusal as "<platform's message> (<code>)": the code, when the text
// ends with one in parentheses, else empty.
QString platformErrorCodeIn(const QString &storedReason);
// The sentence for the stored reason's code, with the platform's words as a detail
// after it: what the history and the refusal list show.
QString platformReasonText(const QString &storedReason);

} // namespace pingjia
