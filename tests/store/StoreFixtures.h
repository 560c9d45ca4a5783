// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Sample platform records for the store tests.

#include "models/domain/HandlingRecord.h"
#include "models/domain/PlatformRecords.h"
#include "models/domain/PlatformTime.h"

#include <QCryptographicHash>
#include <QFile>

namespace pingjia::fixtures {

inline QDateTime at(const char *text)
{
    return parsePlatformTime(QString::fromLatin1(text));
}

inline Evaluation evaluation(int n, int level = 5, const QString &text = {})
{
    Evaluation e;
    e.evalId = QStringLiteral("E2026101500%1").arg(n, 5, 10, QLatin1Char('0'));
    e.projectNo = QStringLiteral("P%1").arg(n);
    e.taskCode = QStringLiteral("T%1").arg(n % 50);
    e.deptCode = QStringLiteral("11620800MB1234567%1").arg(n % 7);
    e.centerCode = QStringLiteral("C620802");
    e.windowCode = QStringLiteral("W620802-%1").arg(n % 20, 3, 10, QLatin1Char('0'));
    e.staffId = QStringLiteral("S%1").arg(n % 90);
    e.areaCode = QStringLiteral("620802");
    e.channelCode = QStringLiteral("%1").arg(n % 7 + 1);
    e.rawSatisfaction = QString::number(6 - level); // a gbt39046 platform
    e.level = level;
    e.evalDetail = QStringLiteral("510,517");
    e.text = text;
    e.assessTime = at("2026-10-15 09:31:02").addSecs(n);
    e.assessNumber = 1;
    e.userProp = 1;
    e.anonymous = false;
    e.updatedAt = at("2026-10-15 10:00:00").addSecs(n);
    e.userName = QStringLiteral("张三");
    e.mobile = QStringLiteral("1381234%1").arg(n % 10000, 4, 10, QLatin1Char('0'));
    e.certNo = QStringLiteral("62080219900101%1").arg(n % 10000, 4, 10, QLatin1Char('0'));
    return e;
}

inline HandlingRecord badReview(const QString &evalId, int version = 1)
{
    HandlingRecord h;
    h.evalId = evalId;
    h.state = HandlingState::Confirmed;
    h.verifyResult = VerifyResult::Confirmed;
    h.verifiedAt = at("2026-10-15 15:00:00");
    h.verifyDeadline = at("2026-10-16 09:31:02");
    h.rectificationDeadline = at("2026-10-29 23:59:59");
    h.version = version;
    h.updatedAt = at("2026-10-15 15:00:01");
    HistoryEntry entry;
    entry.actionId =
        QStringLiteral("3f1c2b9e-0000-4000-8000-%1").arg(version, 12, 10, QLatin1Char('0'));
    entry.type = ActionType::Verify;
    entry.actor = QStringLiteral("supervisor1");
    entry.at = h.verifiedAt;
    entry.payload = {{QStringLiteral("evidence"), QStringLiteral("调取监控，情况属实")}};
    h.history = {entry};
    return h;
}

inline QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline QByteArray fileHash(const QString &path)
{
    return QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256);
}

} // namespace pingjia::fixtures
