// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The parts of a bulletin an office sets once and reuses every month — 发文机关, 主送,
// 落款, 抄送, 印发机关 and the 下步工作要求 paragraphs — remembered per center (scope) in
// the local-work file's settings, so they survive a cache rebuild and move with the home.
// Month-bound parts (文号, title, dates, figures) are not remembered.

#include "models/reports/BulletinContent.h"
#include "models/store/StoreResult.h"

#include <QStringList>

namespace pingjia {

class LocalWorkDatabase;

struct BulletinRememberedText {
    BulletinHeader header;    // issuingOffice, recipients, signature, copyTo, printedBy
    QStringList requirements; // 六、下步工作要求, one paragraph each
    bool operator==(const BulletinRememberedText &) const = default;
};

class BulletinHeaderMemory {
public:
    explicit BulletinHeaderMemory(LocalWorkDatabase &db);

    // What was saved for this scope; for a scope never saved, what was saved for the
    // whole cache (""), else nothing (the assembler's defaults apply).
    BulletinRememberedText load(const QString &scope, StoreResult *error = nullptr);
    StoreResult save(const QString &scope, const BulletinRememberedText &text);

    static QString settingKey(const QString &scope); // "bulletin/header/<scope or *>"

private:
    LocalWorkDatabase &m_db;
};

} // namespace pingjia
