// SPDX-License-Identifier: GPL-3.0-or-later
#include "NationalCodes.h"

#include "tools/platform-sim/Rng.h"

namespace pingjia {
namespace {

// GB 32100 excludes I, O, S, V and Z so codes cannot be misread.
constexpr char kCreditAlphabet[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr int kCreditWeights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
constexpr int kOrgWeights[8] = {3, 7, 9, 10, 5, 8, 4, 2};

int creditValue(QChar c)
{
    for (int i = 0; i < 31; ++i) {
        if (kCreditAlphabet[i] == c.toLatin1())
            return i;
    }
    return -1;
}

// GB 11714: digits and capital letters, A = 10 … Z = 35.
int orgValue(QChar c)
{
    if (c.isDigit())
        return c.digitValue();
    if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
        return c.toLatin1() - 'A' + 10;
    return -1;
}

QChar orgCheckDigit(const QString &body8)
{
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += orgValue(body8.at(i)) * kOrgWeights[i];
    const int c = 11 - sum % 11;
    if (c == 10)
        return QLatin1Char('X');
    if (c == 11)
        return QLatin1Char('0');
    return QChar(QLatin1Char('0' + c));
}

QChar creditCheckDigit(const QString &first17)
{
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += creditValue(first17.at(i)) * kCreditWeights[i];
    const int c = (31 - sum % 31) % 31;
    return QLatin1Char(kCreditAlphabet[c]);
}

QChar residentCheckDigit(const QString &first17)
{
    static constexpr int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static constexpr char checks[] = "10X98765432";
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += first17.at(i).digitValue() * weights[i];
    return QLatin1Char(checks[sum % 11]);
}

} // namespace

QString makeCreditCode(const QString &kind, const QString &area6, quint64 serial)
{
    // Organization code bodies of government bodies are mostly digits with a leading
    // letter-free block; keep to digits and the letters GB 32100 allows.
    static constexpr char bodyAlphabet[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    QString body;
    body.reserve(8);
    quint64 s = serial;
    for (int i = 0; i < 8; ++i) {
        const int base = i < 2 ? 31 : 10;
        body.append(QLatin1Char(bodyAlphabet[s % base]));
        s /= base;
        s ^= serial >> (i * 5);
    }
    QChar orgCheck = orgCheckDigit(body);
    const QString first17 = kind.left(2) + area6.left(6) + body + orgCheck;
    return first17 + creditCheckDigit(first17);
}

bool isValidCreditCode(const QString &code)
{
    if (code.size() != 18)
        return false;
    for (const QChar c : code) {
        if (creditValue(c) < 0)
            return false;
    }
    const QString body = code.mid(8, 8);
    if (orgCheckDigit(body) != code.at(16))
        return false;
    return creditCheckDigit(code.left(17)) == code.at(17);
}

QString makeResidentId(const QString &area6, const QDate &birth, int sequence)
{
    const QString first17 = area6.left(6) + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(sequence % 1000, 3, 10, QLatin1Char('0'));
    return first17 + residentCheckDigit(first17);
}

bool isValidResidentId(const QString &id)
{
    if (id.size() != 18)
        return false;
    for (int i = 0; i < 17; ++i) {
        if (!id.at(i).isDigit())
            return false;
    }
    if (!QDate::fromString(id.mid(6, 8), QStringLiteral("yyyyMMdd")).isValid())
        return false;
    return residentCheckDigit(id.left(17)) == id.at(17);
}

QString makeMobileNumber(Rng &rng)
{
    static constexpr char second[] = "3456789";
    QString m = QStringLiteral("1");
    m += QLatin1Char(second[rng.between(0, 6)]);
    for (int i = 0; i < 9; ++i)
        m += QLatin1Char(char('0' + rng.between(0, 9)));
    return m;
}

} // namespace pingjia
