// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// request_invalid {result: mistaken|malicious, evidence}: the verifier claims the bad
// review is 误评 or 恶意差评. A second person decides (ReviewInvalidDialog).

#include "ui/queue/HandlingActionDialog.h"

class QButtonGroup;
class QPlainTextEdit;
class QRadioButton;

namespace pingjia {

class RequestInvalidDialog : public HandlingActionDialog {
    Q_OBJECT
public:
    explicit RequestInvalidDialog(const HandlingRecord &record, QWidget *parent = nullptr);

    QJsonObject payload() const override;
    QString missingInput() const override;

    QRadioButton *mistakenButton() const { return m_mistaken; }
    QRadioButton *maliciousButton() const { return m_malicious; }
    QPlainTextEdit *evidenceEdit() const { return m_evidence; }

private:
    QString result() const;

    QRadioButton *m_mistaken = nullptr;
    QRadioButton *m_malicious = nullptr;
    QButtonGroup *m_results = nullptr;
    QPlainTextEdit *m_evidence = nullptr;
};

} // namespace pingjia
