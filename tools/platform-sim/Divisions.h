// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QHash>
#include <QList>
#include <QString>

class QIODevice;

namespace pingjia {

// One row of data/divisions-gansu.csv (行政区划, short codes: 62, 6208, 620802, …).
struct Division {
    QString code; // short form as in the file
    QString name;
    QString level; // province|city|county|township|village
    QString parentCode;
};

class Divisions {
public:
    // The compiled-in table (resource :/pingjia/sim/divisions-gansu.csv).
    static const Divisions &builtin();
    static Divisions fromCsv(QIODevice &device, QString *error);

    const QList<Division> &all() const { return m_rows; }
    const Division *find(const QString &shortCode) const;
    QList<const Division *> children(const QString &shortCode) const;

private:
    QList<Division> m_rows;
    QHash<QString, qsizetype> m_byCode;
    QHash<QString, QList<qsizetype>> m_children;
};

// The national form: 6 digits for province, city and county (zero-padded), 9 for a
// township, 12 for a village (PLATFORM_API.md "Codes and scope").
QString nationalAreaCode(const QString &shortCode);
// The inverse, for scopes given either way: 620800 → 6208, 620000 → 62.
QString shortAreaCode(const QString &code);

} // namespace pingjia
