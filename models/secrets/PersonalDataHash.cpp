// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/secrets/PersonalDataHash.h"

namespace pingjia::PersonalDataHash {

QString normalizedPhone(const QString &phone)
{
    QString digits;
    digits.reserve(phone.size());
    for (const QChar c : phone) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            digits += c;
    }
    if (digits.size() == 13 && digits.startsWith(QLatin1String("86")))
        digits.remove(0, 2);
    return digits;
}

QString normalizedCertNo(const QString &certNo)
{
    QString out = certNo.trimmed().toUpper();
    out.remove(QLatin1Char(' '));
    return out;
}

} // namespace pingjia::PersonalDataHash
