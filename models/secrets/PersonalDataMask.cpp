// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/secrets/PersonalDataMask.h"

#include <QList>

namespace pingjia::PersonalDataMask {

namespace {
// Works on code points so that a rare character outside the BMP (生僻字 in names) is
// one character, not two halves of a surrogate pair.
QString keepEnds(const QString &value, qsizetype head, qsizetype tail)
{
    const QList<uint> chars = value.toUcs4();
    const qsizetype n = chars.size();
    QString out;
    for (qsizetype i = 0; i < n; ++i) {
        if (i < head || i >= n - tail)
            out.append(QString::fromUcs4(reinterpret_cast<const char32_t *>(&chars[i]), 1));
        else
            out.append(QLatin1Char('*'));
    }
    return out;
}

qsizetype length(const QString &value)
{
    return value.toUcs4().size();
}
} // namespace

QString name(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return {};
    return keepEnds(trimmed, length(trimmed) > 1 ? 1 : 0, 0);
}

QString mobile(const QString &mobile)
{
    const QString trimmed = mobile.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (length(trimmed) < 8)
        return keepEnds(trimmed, 0, qMin<qsizetype>(4, length(trimmed) - 1));
    return keepEnds(trimmed, 3, 4);
}

QString certNo(const QString &certNo)
{
    const QString trimmed = certNo.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (length(trimmed) < 11)
        return keepEnds(trimmed, 0, qMin<qsizetype>(4, length(trimmed) - 1));
    return keepEnds(trimmed, 6, 4);
}

} // namespace pingjia::PersonalDataMask
