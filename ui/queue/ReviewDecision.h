// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The approve / reject choice and the note shared by the two review dialogs
// (invalid request, delay request): a rejection must say why, an approval may.

#include <QWidget>

class QPlainTextEdit;
class QRadioButton;

namespace pingjia {

class ReviewDecision : public QWidget {
    Q_OBJECT
public:
    ReviewDecision(const QString &approveText, const QString &rejectText,
                   QWidget *parent = nullptr);

    bool isDecided() const;
    bool approves() const;
    QString note() const;
    // Empty when complete, else what is missing (translated).
    QString missingInput() const;

    QRadioButton *approveButton() const { return m_approve; }
    QRadioButton *rejectButton() const { return m_reject; }
    QPlainTextEdit *noteEdit() const { return m_note; }

signals:
    void changed();

private:
    QRadioButton *m_approve = nullptr;
    QRadioButton *m_reject = nullptr;
    QPlainTextEdit *m_note = nullptr;
};

} // namespace pingjia
