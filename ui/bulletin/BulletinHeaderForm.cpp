// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/bulletin/BulletinHeaderForm.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace pingjia {

namespace {

QDateEdit *dateEdit(QWidget *parent)
{
    auto *d = new QDateEdit(parent);
    d->setCalendarPopup(true);
    d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return d;
}

} // namespace

BulletinHeaderForm::BulletinHeaderForm(QWidget *parent) : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    m_office = new QLineEdit(this);
    m_number = new QLineEdit(this);
    m_number->setPlaceholderText(tr("e.g. 〔2026〕12号"));
    m_numberWarning = new QLabel(this);
    m_numberWarning->setWordWrap(true);
    m_numberWarning->setStyleSheet(QStringLiteral("color: #b00000"));
    m_numberWarning->hide();
    m_title = new QLineEdit(this);
    m_recipients = new QLineEdit(this);
    m_writtenOn = dateEdit(this);
    m_signature = new QLineEdit(this);
    m_copyTo = new QLineEdit(this);
    m_printedBy = new QLineEdit(this);
    m_printedOn = dateEdit(this);
    form->addRow(tr("Issuing office (发文机关):"), m_office);
    form->addRow(tr("Document number (文号):"), m_number);
    form->addRow(QString(), m_numberWarning);
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Recipients (主送):"), m_recipients);
    form->addRow(tr("Date written (成文日期):"), m_writtenOn);
    form->addRow(tr("Signature (落款):"), m_signature);
    form->addRow(tr("Copy to (抄送):"), m_copyTo);
    form->addRow(tr("Printed by (印发机关):"), m_printedBy);
    form->addRow(tr("Printed on (印发日期):"), m_printedOn);
    for (QLineEdit *e :
         {m_office, m_number, m_title, m_recipients, m_signature, m_copyTo, m_printedBy})
        connect(e, &QLineEdit::textEdited, this, &BulletinHeaderForm::edited);
    for (QDateEdit *d : {m_writtenOn, m_printedOn})
        connect(d, &QDateEdit::dateChanged, this, [this] {
            if (!m_setting)
                emit edited();
        });
}

BulletinHeader BulletinHeaderForm::header() const
{
    BulletinHeader h;
    h.issuingOffice = m_office->text().trimmed();
    h.documentNumber = m_number->text().trimmed();
    h.title = m_title->text().trimmed();
    h.recipients = m_recipients->text().trimmed();
    h.writtenOn = m_writtenOn->date();
    h.signature = m_signature->text().trimmed();
    h.copyTo = m_copyTo->text().trimmed();
    h.printedBy = m_printedBy->text().trimmed();
    h.printedOn = m_printedOn->date();
    return h;
}

void BulletinHeaderForm::setHeader(const BulletinHeader &h)
{
    m_setting = true;
    m_office->setText(h.issuingOffice);
    m_number->setText(h.documentNumber);
    m_title->setText(h.title);
    m_recipients->setText(h.recipients);
    m_writtenOn->setDate(h.writtenOn);
    m_signature->setText(h.signature);
    m_copyTo->setText(h.copyTo);
    m_printedBy->setText(h.printedBy);
    m_printedOn->setDate(h.printedOn);
    m_setting = false;
}

void BulletinHeaderForm::setNumberWarning(const QString &text)
{
    m_numberWarning->setText(text);
    m_numberWarning->setVisible(!text.isEmpty());
}

} // namespace pingjia
