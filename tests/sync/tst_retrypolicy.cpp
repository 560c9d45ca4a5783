// SPDX-License-Identifier: GPL-3.0-or-later
// Backoff: doubling from the base, half of it random, never above the cap; Retry-After.
#include "models/sync/RetryPolicy.h"

#include <QTest>

using namespace pingjia;

class TestRetryPolicy : public QObject {
    Q_OBJECT
private slots:
    void doublesWithJitterAndCap()
    {
        RetryPolicy p;
        p.baseDelayMs = 1000;
        p.maxDelayMs = 30000;
        QRandomGenerator random(42);
        for (int n = 1; n <= 12; ++n) {
            const qint64 full = std::min<qint64>(1000LL << (n - 1), 30000);
            for (int k = 0; k < 200; ++k) {
                const int d = p.delayAfter(n, random);
                QVERIFY2(d >= full / 2 && d <= full, qPrintable(QString::number(d)));
            }
        }
    }

    void jitterSpreadsClients()
    {
        RetryPolicy p;
        QRandomGenerator random(7);
        QSet<int> seen;
        for (int k = 0; k < 50; ++k)
            seen.insert(p.delayAfter(3, random));
        QVERIFY(seen.size() > 10);
    }

    void retryAfter()
    {
        RetryPolicy p;
        QCOMPARE(p.retryAfterMs("1"), 1000);
        QCOMPARE(p.retryAfterMs(" 7 "), 7000);
        QCOMPARE(p.retryAfterMs(""), 1000);
        QCOMPARE(p.retryAfterMs("Wed, 21 Oct 2026 07:28:00 GMT"), 1000);
        QCOMPARE(p.retryAfterMs("100000"), p.maxRetryAfterSeconds * 1000);
    }

    void smallBaseForTests()
    {
        RetryPolicy p;
        p.baseDelayMs = 50;
        QRandomGenerator random(1);
        QVERIFY(p.delayAfter(1, random) <= 50);
        QVERIFY(p.delayAfter(7, random) <= 50 * 64);
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
