// SPDX-License-Identifier: GPL-3.0-or-later
// The typical cases the bulletin proposes for a month (proposeTypicalCases): the valid
// bad reviews of the month furthest along first (closed, rectified, rectifying, then
// confirmed), the newest first within each. Expected here the plain way, independently
// of the code under test: every such review of the month read through the queue's own
// query, then stably sorted by that progress, on the queue tests' random handling records
// (QueueFixture.h) written through CacheWriter.
#include "../queue/QueueFixture.h"

#include "models/domain/Clock.h"
#include "models/reports/BulletinHandling.h"
#include "models/reports/BulletinTypicalCases.h"
#include "models/store/BadReviewQuery.h"

#include <QtTest>

using namespace pingjia;
using namespace pingjia::queuetest;

namespace {

const QDateTime kNow = at("2026-10-20 10:00:00");

int progress(HandlingState s)
{
    switch (s) {
    case HandlingState::Closed:
        return 0;
    case HandlingState::Rectified:
        return 1;
    case HandlingState::Rectifying:
        return 2;
    default:
        return 3;
    }
}

} // namespace

class TestBulletinTypicalCases : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_stores.open());
        const DeadlinePolicy policy;
        QVERIFY(m_stores.savePolicy(policy));
        QVERIFY(m_stores.writeReference());
        QVERIFY(m_stores.write(randomSamples(1500, 4242, kNow, policy)));
        Clock::setOverride(kNow);
    }

    void furthestAlongAndNewestFirst_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<QString>("scope");
        for (int limit : {1, 3, 12, 60, 5000}) {
            QTest::addRow("all, %d", limit) << limit << QString();
            QTest::addRow("dept C, %d", limit) << limit << kDeptC;
        }
    }

    void furthestAlongAndNewestFirst()
    {
        QFETCH(int, limit);
        QFETCH(QString, scope);
        const QDate september(2026, 9, 1);
        BadReviewFilter base;
        if (!scope.isEmpty())
            base.deptCodes = {scope};
        BadReviewFilter f = bulletinMonthFilter(base, september);
        f.validity = BadReviewFilter::Validity::Valid;
        f.states = {HandlingState::Closed, HandlingState::Rectified, HandlingState::Rectifying,
                    HandlingState::Confirmed};
        BadReviewQuery query(m_stores.cache, &m_stores.work);
        StoreResult error;
        QList<BadReviewRow> rows =
            query.page(f, BadReviewSort::AssessTime, Qt::DescendingOrder, 0, 100000, kNow, &error);
        QVERIFY2(error.ok(), qPrintable(error.message));
        std::stable_sort(rows.begin(), rows.end(),
                         [](const BadReviewRow &a, const BadReviewRow &b) {
                             return progress(a.state) < progress(b.state);
                         });
        QSet<int> ranks;
        QStringList expected;
        for (const BadReviewRow &r : std::as_const(rows)) {
            ranks.insert(progress(r.state));
            if (expected.size() < limit)
                expected << r.evalId;
        }
        // The samples hold every progress, so the order across states is tested.
        QCOMPARE(ranks.size(), 4);
        QVERIFY(rows.size() > 12);

        QStringList got;
        for (const BulletinTypicalCase &c :
             proposeTypicalCases(query, base, september, limit, &error))
            got << c.evalId;
        QVERIFY2(error.ok(), qPrintable(error.message));
        QCOMPARE(got, expected);
    }

private:
    QueueStores m_stores;
};

QTEST_GUILESS_MAIN(TestBulletinTypicalCases)
#include "tst_bulletintypicalcases.moc"
