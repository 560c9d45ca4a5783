// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The document number (发文字号, GB/T 9704-2012 §7.2.4) of a bulletin: an optional
// issuing-office code (机关代字), the year in 六角括号 and a sequence number without
// leading zeros or 第: "〔2026〕12号", "X政服办〔2026〕12号". The archive proposes the
// next one: same code, same year → sequence + 1; a new year starts again at 1.

#include <QString>

#include <optional>

namespace pingjia {

struct BulletinNumber {
    QString prefix; // 机关代字, may be empty
    int year = 0;
    int sequence = 0;

    // Accepts the ASCII look-alikes people type ("[2026]12号", "〔2026〕012号") and
    // normalizes them; nullopt for anything else.
    static std::optional<BulletinNumber> parse(const QString &text);
    QString toString() const; // "<prefix>〔2026〕12号"

    // The number after `last` in `year`: same prefix, sequence + 1 in the same year,
    // 1 in a later year. Without a last one: "〔year〕1号".
    static BulletinNumber next(const std::optional<BulletinNumber> &last, int year);

    bool operator==(const BulletinNumber &) const = default;
};

} // namespace pingjia
