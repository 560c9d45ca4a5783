// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The forms in which personal numbers are hashed (PersonalDataCipher::keyedHash), so that
// "138 1234 5678", "+86 13812345678" and "13812345678" are the same person, and an ID
// number's check letter matches in either case.

#include <QString>

namespace pingjia::PersonalDataHash {

// Digits only; a leading 86 country code before 11 digits is dropped. "" when no digit.
QString normalizedPhone(const QString &phone);
// Trimmed, without inner spaces, upper case (the check character x → X).
QString normalizedCertNo(const QString &certNo);

} // namespace pingjia::PersonalDataHash
