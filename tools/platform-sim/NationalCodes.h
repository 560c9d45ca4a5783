// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDate>
#include <QString>

namespace pingjia {

// 统一社会信用代码 (GB 32100-2015): registration office + kind (2), division (6),
// organization code (9, GB 11714 with its own check digit), check digit (1).
// `kind` e.g. "11" (机关), "12" (事业单位), "54" (基层群众性自治组织);
// `serial` seeds the 8 characters of the organization code body.
QString makeCreditCode(const QString &kind, const QString &area6, quint64 serial);
bool isValidCreditCode(const QString &code);

// 居民身份证号码 (GB 11643-1999): area (6), birth date (8), sequence (3), ISO 7064 check.
QString makeResidentId(const QString &area6, const QDate &birth, int sequence);
bool isValidResidentId(const QString &id);

class Rng;
// A mainland mobile number: 1, a second digit 3–9, nine more digits.
QString makeMobileNumber(Rng &rng);

} // namespace pingjia
