// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/queue/OptionalDateEdit.h"

namespace pingjia {

namespace {
const QDate kNoDate(2000, 1, 1);
}

OptionalDateEdit::OptionalDateEdit(QWidget *parent) : QDateEdit(parent)
{
    setCalendarPopup(true);
    setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    setMinimumDate(kNoDate);
    setSpecialValueText(tr("any"));
    setDate(kNoDate);
}

QDate OptionalDateEdit::optionalDate() const
{
    return date() == kNoDate ? QDate() : date();
}

void OptionalDateEdit::setOptionalDate(QDate date)
{
    setDate(date.isValid() ? date : kNoDate);
}

bool OptionalDateEdit::focusNextPrevChild(bool next)
{
    return QWidget::focusNextPrevChild(next);
}

} // namespace pingjia
