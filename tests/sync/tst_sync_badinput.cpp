// SPDX-License-Identifier: GPL-3.0-or-later
// Bad input through a whole sync, from a platform that sends it over real HTTP: records
// with wrong types, unknown codes, missing ids and a 1 MB comment are skipped (or cut)
// and reported while the rest is stored; a page that stays malformed stops the sync with
// a clear error after the retries and leaves the stored data as it was; a page cut
// mid-record once is fetched again.
#include "FakePlatform.h"
#include "SyncTestSupport.h"

#include "models/store/CacheReader.h"
#include "models/sync/PageParser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace pingjia;
using namespace pingjia::test;

namespace {

QByteArray evaluation(const QString &id, const QJsonObject &overrides = {},
                      const QStringList &removed = {})
{
    QJsonObject o{{"evalId", id},
                  {"projectNo", "P1"},
                  {"taskCode", "T1"},
                  {"deptCode", "D1"},
                  {"centerCode", "C620802"},
                  {"windowCode", "W620802-001"},
                  {"staffId", "S1"},
                  {"areaCode", "620802"},
                  {"pf", "4"},
                  {"satisfaction", "4"},
                  {"evalDetail", "510"},
                  {"writingEvaluation", QStringLiteral("办事人员推诿")},
                  {"assessTime", "2026-10-15 09:31:02"},
                  {"assessNumber", 1},
                  {"userProp", 1},
                  {"userName", QStringLiteral("张三")},
                  {"mobile", "13812345678"},
                  {"certkeyGOV", "620802199001011234"},
                  {"anonymous", false},
                  {"status", "normal"},
                  {"updatedAt", "2026-10-15 09:31:05"}};
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        o.insert(it.key(), it.value());
    for (const QString &key : removed)
        o.remove(key);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestSyncBadInput : public QObject {
    Q_OBJECT
private:
    // What the evaluations list answers, by cursor ("" = the start).
    std::function<FakeAnswer(const QString &cursor)> m_evaluations;
    FakePlatform m_platform{[this](const QByteArray &, const QString &path, const QUrlQuery &q) {
        if (path == QLatin1String("/api/v1/evaluations"))
            return m_evaluations(q.queryItemValue(QStringLiteral("cursor")));
        if (path.startsWith(QLatin1String("/api/v1/")) && path.count(u'/') == 3 &&
            !path.endsWith(QLatin1String("meta")))
            return FakeAnswer{200, FakePlatform::emptyPage()};
        return FakeAnswer{0, {}};
    }};
    TestHome m_home;
    std::unique_ptr<SyncSession> m_session;

private slots:
    void initTestCase()
    {
        QVERIFY(m_platform.listen());
        QString error;
        QVERIFY2(m_home.open(&error), qPrintable(error));
        m_session = std::make_unique<SyncSession>(
            PlatformAccount{m_platform.baseUrl().toString(), QStringLiteral("u"), {}},
            m_home.cache(), m_home.localWork(), m_home.secrets(), &m_home.cipher(), fastOptions());
        QVERIFY(m_session->signIn(QStringLiteral("pw")).ok());
    }

    void badRecordsAreSkippedAndTheRestStored()
    {
        QString huge(1024 * 1024, QChar(u'差'));
        m_evaluations = [&](const QString &cursor) {
            if (cursor.isEmpty())
                return FakeAnswer{
                    200,
                    FakePlatform::page(
                        {evaluation("E1"), evaluation("E2", {{"assessNumber", "one"}}),
                         evaluation("E3", {{"satisfaction", "9"}}),
                         evaluation("E4", {}, {QStringLiteral("evalId")}),
                         evaluation("E5", {{"writingEvaluation", huge}, {"satisfaction", "5"}}),
                         evaluation("E6", {{"status", "gone"}})},
                        QStringLiteral("p2"), true)};
            if (cursor == QLatin1String("p2"))
                return FakeAnswer{
                    200, FakePlatform::page({evaluation("E7")}, QStringLiteral("p3"), false)};
            return FakeAnswer{200, FakePlatform::page({}, cursor, false)};
        };
        const SyncResult r = m_session->sync();
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r.progress.of(CacheList::Evaluations).fetched, qint64(3));
        QCOMPARE(r.progress.of(CacheList::Evaluations).skipped, qint64(4));
        QCOMPARE(r.skipped.size(), 5); // four skipped, one cut
        QStringList reported;
        for (const SkippedRecord &s : r.skipped)
            reported.append(s.id + u':' + s.reason);
        const QString all = reported.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("E2:")) &&
                     all.contains(QStringLiteral("assessNumber")),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("E3:")) &&
                     all.contains(QStringLiteral("satisfaction")),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("#3:")) && all.contains(QStringLiteral("evalId")),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("E6:")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("E5:")), qPrintable(all));

        CacheReader reader(m_home.cache());
        QCOMPARE(reader.count(CacheList::Evaluations), qint64(3));
        const auto cut = reader.evaluation(QStringLiteral("E5"));
        QVERIFY(cut.has_value());
        QCOMPARE(cut->record.level, 1);
        QCOMPARE(cut->record.text.size(), qsizetype(PageParser::kMaxTextChars));
        QVERIFY(!reader.evaluation(QStringLiteral("E2")).has_value());
    }

    void aPageThatStaysMalformedStopsCleanly()
    {
        const Summaries before = cacheSummaries(m_home.cache());
        const CursorKey key{m_session->account().platformUrl, QStringLiteral("u"),
                            listName(CacheList::Evaluations)};
        const auto cursorBefore = CacheReader(m_home.cache()).cursor(key);
        QCOMPARE(cursorBefore.value_or(QString()), QStringLiteral("p3"));
        int asked = 0;
        m_evaluations = [&](const QString &) {
            ++asked;
            return FakeAnswer{200, QByteArray(R"({"items":[{"evalId":"E9","projectNo":)")};
        };
        const SyncResult r = m_session->sync();
        QCOMPARE(r.error.kind, SyncErrorKind::Busy); // answered, so not offline
        QVERIFY2(r.error.message.contains(QStringLiteral("not valid JSON")),
                 qPrintable(r.error.message));
        QCOMPARE(asked, 8); // every try, then a clear stop
        QCOMPARE(compare(cacheSummaries(m_home.cache()), before), QString());
        QCOMPARE(CacheReader(m_home.cache()).cursor(key), cursorBefore);
    }

    void aPageCutOnceIsFetchedAgain()
    {
        int asked = 0;
        m_evaluations = [&](const QString &cursor) {
            const QByteArray good = FakePlatform::page({evaluation("E10"), evaluation("E11")},
                                                       QStringLiteral("p4"), false);
            if (cursor != QLatin1String("p3"))
                return FakeAnswer{200, FakePlatform::page({}, cursor, false)};
            return FakeAnswer{200, ++asked == 1 ? good.left(good.size() / 2) : good};
        };
        const SyncResult r = m_session->sync();
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(asked, 2);
        QCOMPARE(r.progress.of(CacheList::Evaluations).fetched, qint64(2));
        QCOMPARE(CacheReader(m_home.cache()).count(CacheList::Evaluations), qint64(5));
    }

    void wrongPlatformDescriptionIsRefused()
    {
        FakePlatform other([](const QByteArray &, const QString &path, const QUrlQuery &) {
            if (path == QLatin1String("/api/v1/meta"))
                return FakeAnswer{200, R"({"apiVersion":2,"codes":"gbt39046"})"};
            return FakeAnswer{0, {}};
        });
        QVERIFY(other.listen());
        TestHome home;
        QString error;
        QVERIFY2(home.open(&error), qPrintable(error));
        SyncSession s({other.baseUrl().toString(), QStringLiteral("u"), {}}, home.cache(),
                      home.localWork(), home.secrets(), &home.cipher(), fastOptions());
        const SyncError e = s.signIn(QStringLiteral("pw"));
        QCOMPARE(e.kind, SyncErrorKind::Platform);
        QVERIFY2(e.message.contains(QStringLiteral("version 2")), qPrintable(e.message));
        QCOMPARE(home.secrets().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncBadInput)
#include "tst_sync_badinput.moc"
