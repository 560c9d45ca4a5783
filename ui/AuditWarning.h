// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The window's warning, on start, that the audit or reveal log was tampered with
// (AuditChain.h): a non-modal box over the window, so work can go on and the user can
// tell whoever keeps the backups.

#include "models/store/AuditChain.h"

#include <QCoreApplication>

class QWidget;
class QMessageBox;

namespace pingjia {

class AuditWarning {
    Q_DECLARE_TR_FUNCTIONS(AuditWarning)
public:
    // Shows the warning when `verdict` is not intact; returns the box (owned by `parent`,
    // object name "auditChainWarning"), or nullptr when there is nothing to say.
    static QMessageBox *showIfBroken(QWidget *parent, const AuditVerdict &verdict,
                                     const QString &keyNote);
};

} // namespace pingjia
