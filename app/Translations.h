// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

class QCoreApplication;

namespace pingjia {

// Installs Pingjia's translator (embedded under :/i18n) and Qt's own qtbase one for
// `language`, and makes it the default locale. Missing Qt translations only log:
// the UI still works with Qt's English dialog buttons.
void installTranslators(QCoreApplication &app, const QString &language);

} // namespace pingjia
