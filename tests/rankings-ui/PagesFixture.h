// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The hand-built cache of the page tests (rows written with plain SQL by the rankings
// fixture), October 2026 in one center, the clock at 2026-10-31 18:00 (UTC+8):
//
//   公安局 D1, window W620802-001, staff S1 张工: 40 cases finished 10-05, each evaluated
//     level 5 (channel 4 大厅评价器)                 → valid 40, satisfaction 5.00, bad 0 %
//   人社局 D2, window W620802-002, staff S2 李工: 40 cases finished 10-06; 30 × level 5,
//     8 × level 4, 2 × level 1 with text (E2-39, E2-40; channel 2 移动端; unverified,
//     verify deadline 10-07 12:00, so overdue now)  → valid 40, satisfaction 4.60, bad 5.0 %
//   税务局 D3: 5 cases finished 10-07 evaluated level 5 (channel 1 PC端); P3-06 finished
//     10-20 never evaluated (a 7-day default on 10-27); P3-07…09 finished 10-30 10:00 not
//     yet evaluated (chase list, default 11-06 10:00: 5 d 16 h left)
//                                                   → valid 5 < 30: not ranked
// Nothing in September: the previous period is empty.

#include "tests/rankings/RankingsFixture.h"

#include "models/domain/Clock.h"
#include "models/domain/PlatformTime.h"

namespace pingjia::rankingsui {

inline const QString kNow = QStringLiteral("2026-10-31 18:00:00");
inline const QString kCenter = QStringLiteral("C620802");
inline const QString kD1 = QStringLiteral("116208020000000001");
inline const QString kD2 = QStringLiteral("116208020000000002");
inline const QString kD3 = QStringLiteral("116208020000000003");
inline const QString kW1 = QStringLiteral("W620802-001");
inline const QString kW2 = QStringLiteral("W620802-002");

class PagesFixture : public rankingstest::FixtureCache {
public:
    bool build()
    {
        Clock::setOverride(parsePlatformTime(kNow));
        bool ok = open();
        ok = ok && exec(QStringLiteral("INSERT INTO platform_meta (platform_url, api_version, "
                                       "codes, channels) VALUES ('http://sim', 1, 'gbt39046', ?)"),
                        {QStringLiteral("{\"1\":\"PC端\",\"2\":\"移动端\",\"4\":\"大厅评价器\"}")});
        ok = ok && org(kCenter, QStringLiteral("崆峒区政务服务中心"), QStringLiteral("center"),
                       QString(), QStringLiteral("620802"));
        ok = ok && org(kD1, QStringLiteral("公安局"), QStringLiteral("department"), kCenter,
                       QStringLiteral("620802"));
        ok = ok && org(kD2, QStringLiteral("人社局"), QStringLiteral("department"), kCenter,
                       QStringLiteral("620802"));
        ok = ok && org(kD3, QStringLiteral("税务局"), QStringLiteral("department"), kCenter,
                       QStringLiteral("620802"));
        ok = ok && org(kW1, QStringLiteral("1号窗口"), QStringLiteral("window"), kD1,
                       QStringLiteral("620802"));
        ok = ok && org(kW2, QStringLiteral("2号窗口"), QStringLiteral("window"), kD2,
                       QStringLiteral("620802"));
        ok = ok && staff(QStringLiteral("S1"), QStringLiteral("张工"), kW1);
        ok = ok && staff(QStringLiteral("S2"), QStringLiteral("李工"), kW2);
        for (int i = 1; ok && i <= 40; ++i) {
            const QString n = QString::number(i).rightJustified(2, u'0');
            ok = serviceCase(QStringLiteral("P1-") + n, kCenter, kD1,
                             QStringLiteral("2026-10-05 10:00:00"), 3, false, kW1,
                             QStringLiteral("S1")) &&
                 evaluation(QStringLiteral("E1-") + n, QStringLiteral("P1-") + n, kCenter, kD1, 5,
                            QString(), QStringLiteral("2026-10-05 12:00:00"), false,
                            QStringLiteral("4"), kW1, QStringLiteral("S1"));
            const int level = i <= 30 ? 5 : i <= 38 ? 4 : 1;
            ok = ok &&
                 serviceCase(QStringLiteral("P2-") + n, kCenter, kD2,
                             QStringLiteral("2026-10-06 10:00:00"), 3, false, kW2,
                             QStringLiteral("S2")) &&
                 evaluation(QStringLiteral("E2-") + n, QStringLiteral("P2-") + n, kCenter, kD2,
                            level, level == 1 ? QStringLiteral("态度差") : QString(),
                            QStringLiteral("2026-10-06 12:00:00"), false, QStringLiteral("2"), kW2,
                            QStringLiteral("S2"));
        }
        for (const QString &id : {QStringLiteral("E2-39"), QStringLiteral("E2-40")}) {
            Handling h;
            h.state = QStringLiteral("unverified");
            h.verifyDeadline = QStringLiteral("2026-10-07 12:00:00");
            ok = ok && badReview(id, h);
        }
        for (int i = 1; ok && i <= 5; ++i)
            ok = serviceCase(QStringLiteral("P3-0%1").arg(i), kCenter, kD3,
                             QStringLiteral("2026-10-07 10:00:00")) &&
                 evaluation(QStringLiteral("E3-0%1").arg(i), QStringLiteral("P3-0%1").arg(i),
                            kCenter, kD3, 5, QString(), QStringLiteral("2026-10-07 12:00:00"));
        ok = ok && serviceCase(QStringLiteral("P3-06"), kCenter, kD3,
                               QStringLiteral("2026-10-20 10:00:00"));
        for (int i = 7; ok && i <= 9; ++i)
            ok = serviceCase(QStringLiteral("P3-0%1").arg(i), kCenter, kD3,
                             QStringLiteral("2026-10-30 10:00:00"));
        return ok;
    }

    ~PagesFixture() { Clock::clearOverride(); }
};

} // namespace pingjia::rankingsui
