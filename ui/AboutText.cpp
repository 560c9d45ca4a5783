// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AboutText.h"

#include <QCoreApplication>
#include <QtGlobal>

namespace pingjia {

namespace {

struct AboutTextTr {
    Q_DECLARE_TR_FUNCTIONS(AboutText)
};

} // namespace

QString aboutText()
{
    // Qt's version at run time and at build time: a distribution may update Qt under us.
    const QString qtRuntime = QString::fromLatin1(qVersion());
    const QString qtBuilt = QStringLiteral(QT_VERSION_STR);
    const QString qt = qtRuntime == qtBuilt
                           ? AboutTextTr::tr("Qt %1").arg(qtRuntime)
                           : AboutTextTr::tr("Qt %1 (built with Qt %2)").arg(qtRuntime, qtBuilt);
    return AboutTextTr::tr("<h3>Pingjia %1</h3>"
                           "<p>Government service review supervision console: syncs the "
                           "provincial platform's service evaluations, runs the bad-review "
                           "work queue, tracks rectification, ranks departments and prepares "
                           "the monthly bulletin.</p>"
                           "<p>Licence: GNU General Public License, version 3 or later "
                           "(GPL-3.0-or-later). This program comes with no warranty.</p>"
                           "<p>Uses %2.</p>")
        .arg(QCoreApplication::applicationVersion(), qt);
}

} // namespace pingjia
