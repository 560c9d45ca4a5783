// SPDX-License-Identifier: GPL-3.0-or-later
#include "Divisions.h"

#include "tools/platform-sim/Logging.h"

#include <QCoreApplication>
#include <QFile>

namespace pingjia {

const Divisions &Divisions::builtin()
{
    static const Divisions table = [] {
        QFile file(QStringLiteral(":/pingjia/sim/divisions-gansu.csv"));
        if (!file.open(QIODevice::ReadOnly)) {
            qCCritical(lcSim) << "the compiled-in division table is missing";
            return Divisions{};
        }
        QString error;
        Divisions d = fromCsv(file, &error);
        if (!error.isEmpty())
            qCCritical(lcSim) << "division table:" << error;
        return d;
    }();
    return table;
}

Divisions Divisions::fromCsv(QIODevice &device, QString *error)
{
    Divisions d;
    int lineNo = 0;
    while (!device.atEnd()) {
        const QString line = QString::fromUtf8(device.readLine()).trimmed();
        ++lineNo;
        if (lineNo == 1 || line.isEmpty())
            continue; // header
        const QStringList f = line.split(QLatin1Char(','));
        if (f.size() < 3) {
            if (error)
                *error = QCoreApplication::translate("pingjia::Divisions",
                                                     "line %1: expected code,name,level,parent")
                             .arg(lineNo);
            return Divisions{};
        }
        Division row{f.at(0), f.at(1), f.at(2), f.size() > 3 ? f.at(3) : QString()};
        d.m_byCode.insert(row.code, d.m_rows.size());
        if (!row.parentCode.isEmpty())
            d.m_children[row.parentCode].append(d.m_rows.size());
        d.m_rows.append(row);
    }
    return d;
}

const Division *Divisions::find(const QString &shortCode) const
{
    const auto it = m_byCode.constFind(shortCode);
    return it == m_byCode.constEnd() ? nullptr : &m_rows.at(*it);
}

QList<const Division *> Divisions::children(const QString &shortCode) const
{
    QList<const Division *> out;
    for (const qsizetype i : m_children.value(shortCode))
        out.append(&m_rows.at(i));
    return out;
}

QString nationalAreaCode(const QString &shortCode)
{
    if (shortCode.size() < 6)
        return shortCode.leftJustified(6, QLatin1Char('0'));
    return shortCode;
}

QString shortAreaCode(const QString &code)
{
    if (code.size() == 6 && code.endsWith(QLatin1String("0000")))
        return code.left(2);
    if (code.size() == 6 && code.endsWith(QLatin1String("00")))
        return code.left(4);
    return code;
}

} // namespace pingjia
