// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Asks why the evaluator's personal data must be seen (regulation 000 art.5: protected,
// never shown without cause). The reason goes to the reveal log with the user's name.

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QPlainTextEdit;

namespace pingjia {

class RevealReasonDialog : public QDialog {
    Q_OBJECT
public:
    explicit RevealReasonDialog(const QString &evalId, QWidget *parent = nullptr);

    QString reason() const;
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QComboBox *purposeCombo() const { return m_purpose; }

public slots:
    void accept() override;

protected:
    void showEvent(QShowEvent *event) override; // the cursor in the first field

private:
    void updateState();

    QComboBox *m_purpose = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace pingjia
