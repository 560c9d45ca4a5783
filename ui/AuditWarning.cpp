// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AuditWarning.h"

#include <QMessageBox>
#include <QStringList>

namespace pingjia {

QMessageBox *AuditWarning::showIfBroken(QWidget *parent, const AuditVerdict &verdict,
                                        const QString &keyNote)
{
    if (verdict.intact())
        return nullptr;
    QStringList details;
    if (!verdict.status.ok())
        details << verdict.status.message;
    for (const AuditBreak &b : verdict.breaks)
        details << AuditChain::describe(b);
    if (!keyNote.isEmpty())
        details << keyNote;
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("The audit log may have been tampered with"),
        tr("The audit log or the reveal log of this computer was changed outside Pingjia, "
           "or cannot be checked. Nothing was repaired. Tell your security officer, and run "
           "\"pingjia audit verify\" for the details."),
        QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("auditChainWarning"));
    box->setInformativeText(details.join(QLatin1Char('\n')));
    box->setWindowModality(Qt::NonModal);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->show();
    return box;
}

} // namespace pingjia
