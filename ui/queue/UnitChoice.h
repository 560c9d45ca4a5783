// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A department or center as the pickers list it.

#include <QList>
#include <QString>

namespace pingjia {

struct UnitChoice {
    QString code;
    QString name;

    // "name (code)", or the code alone while the unit's record has not arrived.
    QString label() const
    {
        return name.isEmpty() ? code : QStringLiteral("%1 (%2)").arg(name, code);
    }
    bool operator==(const UnitChoice &) const = default;
};

using UnitChoices = QList<UnitChoice>;

} // namespace pingjia
