// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A date field that may be empty ("any"): the lowest date stands for no date and shows
// as the special text. Tab leaves the field, as in every other field of a filter bar:
// QDateEdit would use Tab to step through its year/month/day sections and, showing the
// special text, keep the focus for good (arrows and typing still edit the sections).

#include <QDateEdit>

namespace pingjia {

class OptionalDateEdit : public QDateEdit {
    Q_OBJECT
public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);

    // Null for "any".
    QDate optionalDate() const;
    void setOptionalDate(QDate date);

protected:
    bool focusNextPrevChild(bool next) override;
};

} // namespace pingjia
