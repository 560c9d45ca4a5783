// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Figures of a made-up month, written by hand, so the expected sentences and cells of the
// tests are worked out here and not by the code under test.
#include "models/reports/BulletinFacts.h"
#include "models/reports/BulletinRequest.h"

#include "models/domain/PlatformTime.h"

namespace pingjia::bulletintest {

inline BulletinIndicators indicators(qint64 valid, qint64 invalid, double coverage,
                                     double satisfaction, double satisfactionRate, double goodRate,
                                     double badRate)
{
    BulletinIndicators i;
    i.evaluations = valid;
    i.invalid = invalid;
    i.coverage = coverage;
    i.satisfaction = satisfaction;
    i.satisfactionRate = satisfactionRate;
    i.goodRate = goodRate;
    i.badRate = badRate;
    return i;
}

inline BulletinRankedUnit unit(std::optional<int> rank, const QString &name, qint64 evaluations,
                               std::optional<double> score, int lastPeriods = 0)
{
    BulletinRankedUnit u;
    u.rank = rank;
    u.code = name;
    u.name = name;
    u.evaluations = evaluations;
    u.satisfaction = 4.5;
    u.satisfactionRate = 0.975;
    u.goodRate = 0.9;
    u.badRate = 0.0125;
    u.coverage = 0.5;
    u.score = score;
    u.lastPeriods = lastPeriods;
    return u;
}

inline BulletinFacts handFacts()
{
    BulletinFacts f;
    f.month = QDate(2026, 10, 1);
    f.scopeName = QStringLiteral("全市");
    f.current = indicators(1200, 8, 0.6523, 4.6234, 0.9812, 0.9, 0.015);
    f.current.verifiedOnTime = 0.95;
    f.current.rectifiedOnTime = 0.8;
    f.previousMonth = indicators(1100, 5, 0.64, 4.60, 0.975, 0.91, 0.02);
    f.channels = {{QStringLiteral("4"), QStringLiteral("政务服务大厅评价器"), 600},
                  {QStringLiteral("2"), QStringLiteral("移动端APP"), 400},
                  {QStringLiteral("3"), QStringLiteral("二维码"), 200}};
    f.trend = {{QDate(2026, 8, 1), 1000, 0.97, 0.02},
               {QDate(2026, 9, 1), 1100, 0.975, 0.02},
               {QDate(2026, 10, 1), 1200, 0.9812, 0.015}};
    f.departments.units = {unit(1, QStringLiteral("市公安局"), 300, 95.5),
                           unit(2, QStringLiteral("市税务局"), 280, 90.0),
                           unit(2, QStringLiteral("市医保局"), 260, 90.0),
                           unit(4, QStringLiteral("市住建局"), 200, 80.25, 3),
                           unit(std::nullopt, QStringLiteral("市档案馆"), 12, 60.0)};
    f.departments.minimumSample = 30;
    f.departments.flaggedAfterPeriods = 3;
    f.handling.asOf = parsePlatformTime(QStringLiteral("2026-11-05 09:00:00"));
    f.handling.outcomes = {20, 2, 12, 3, 1, 2};
    f.handling.rectified = 8;
    f.handling.followedUp = 6;
    f.handling.inRectification = 4;
    f.handling.overdue = 2;
    f.handling.delaysGranted = 1;
    BulletinDepartmentHandling a{
        QStringLiteral("D1"), QStringLiteral("市住建局"), 10, 7, 4, 3, 2, 1, 0};
    BulletinDepartmentHandling b{
        QStringLiteral("D2"), QStringLiteral("市税务局"), 8, 5, 4, 3, 0, 0, 0};
    f.handling.departments = {a, b};
    f.problems.byCategory = {
        {QStringLiteral("waiting_time"), QString(), QStringLiteral("2026-10"), 5, {}},
        {QStringLiteral("attitude"), QString(), QStringLiteral("2026-10"), 3, {}}};
    f.problems.byItem = {
        {QStringLiteral("T1"), QStringLiteral("不动产登记"), QStringLiteral("2026-10"), 4, {}}};
    DoubleZeroStatus open{QStringLiteral("D1"), QStringLiteral("市住建局"),
                          QStringLiteral("2026-10"), 2, 1};
    DoubleZeroStatus done{QStringLiteral("D2"), QStringLiteral("市税务局"),
                          QStringLiteral("2026-10"), 0, 0};
    f.problems.doubleZero = {open, done};
    f.problems.unitsReached = 1;
    f.problems.unitsNotReached = 1;
    BulletinTypicalCase c;
    c.evalId = QStringLiteral("E1");
    c.assessTime = parsePlatformTime(QStringLiteral("2026-10-15 09:31:02"));
    c.deptName = QStringLiteral("市住建局");
    c.windowName = QStringLiteral("3号窗口（市住建局）");
    c.staffName = QStringLiteral("王小明");
    c.serviceItem = QStringLiteral("不动产登记");
    c.comment = QStringLiteral("王小明态度差，让我打13812345678问");
    c.measures = QStringLiteral("约谈当事人员并开展服务礼仪培训");
    c.responsible = QStringLiteral("李建国");
    c.changes = QStringLiteral("已完成培训");
    c.followUpSatisfaction = 4;
    c.closed = true;
    f.typicalCases = {c};
    f.redactions = {QStringLiteral("王小明"), QStringLiteral("3号窗口（市住建局）")};
    return f;
}

inline BulletinRequest handRequest(BulletinVersion version)
{
    BulletinRequest r;
    r.month = QDate(2026, 10, 1);
    r.version = version;
    r.header = bulletinDefaultHeader({}, r.month, QStringLiteral("全市"), QDate(2026, 11, 5));
    r.header.documentNumber = QStringLiteral("〔2026〕12号");
    return r;
}

} // namespace pingjia::bulletintest
