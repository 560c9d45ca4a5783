// SPDX-License-Identifier: GPL-3.0-or-later
// What the platform's answers mean, over real HTTP: only a platform that gives no HTTP
// answer at all is offline; one that answers 5xx, 429 or bodies that do not parse is
// busy (retried, then its own message); a web page instead of JSON is not a 好差评
// platform API (said at once, not retried); an error page names its status and what was
// expected.
#include "FakePlatform.h"
#include "SyncTestSupport.h"

#include <QTcpServer>
#include <QTest>

using namespace pingjia;
using namespace pingjia::test;

namespace {

const QByteArray kHtml = "<!DOCTYPE html>\n<html><head><title>政务服务网</title></head>"
                         "<body>欢迎</body></html>";

} // namespace

class TestSyncAnswers : public QObject {
    Q_OBJECT
private:
    // What /api/v1/meta answers.
    FakeAnswer m_meta;
    FakePlatform m_platform{[this](const QByteArray &, const QString &path, const QUrlQuery &) {
        return path == QLatin1String("/api/v1/meta") ? m_meta : FakeAnswer{0, {}};
    }};
    TestHome m_home;

    SyncError signIn(const QUrl &url)
    {
        SyncSession session({url.toString(), QStringLiteral("u"), {}}, m_home.cache(),
                            m_home.localWork(), m_home.secrets(), &m_home.cipher(), fastOptions());
        return session.signIn(QStringLiteral("pw"));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_platform.listen());
        QString error;
        QVERIFY2(m_home.open(&error), qPrintable(error));
    }

    void busyIsNotOffline_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("named");
        QTest::newRow("503") << 503 << QByteArray("{}") << QStringLiteral("503");
        QTest::newRow("429") << 429 << QByteArray("{}") << QStringLiteral("429");
        QTest::newRow("cut JSON") << 200 << QByteArray(R"({"apiVersion":1,"platf)")
                                  << QStringLiteral("not a JSON object");
    }

    void busyIsNotOffline()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, named);
        m_meta = {status, body};
        const int before = m_platform.requests();
        const SyncError e = signIn(m_platform.baseUrl());
        QCOMPARE(syncErrorKindName(e.kind), QStringLiteral("busy"));
        QVERIFY2(e.message.contains(named), qPrintable(e.message));
        QCOMPARE(e.httpStatus, status);
        QCOMPARE(m_platform.requests() - before, fastOptions().client.retry.maxTries);
        QCOMPARE(m_home.secrets().size(), 0);
    }

    void noAnswerAtAllIsOffline()
    {
        QTcpServer closed; // a port that nothing listens on once closed
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        const SyncError e = signIn(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        QCOMPARE(syncErrorKindName(e.kind), QStringLiteral("network"));
        QVERIFY2(e.message.contains(QStringLiteral("no answer")), qPrintable(e.message));
    }

    void aWebPageIsNotThePlatformApi()
    {
        m_meta = {200, kHtml, "text/html; charset=utf-8"};
        const int before = m_platform.requests();
        const SyncError e = signIn(m_platform.baseUrl());
        QCOMPARE(syncErrorKindName(e.kind), QStringLiteral("platform"));
        QVERIFY2(e.message.contains(QStringLiteral("does not look like a 好差评 platform API")),
                 qPrintable(e.message));
        QCOMPARE(m_platform.requests() - before, 1); // not retried: it will not turn into JSON
    }

    void anErrorPageNamesItsStatusAndWhatWasExpected()
    {
        m_meta = {404, kHtml, "text/html"};
        const SyncError e = signIn(m_platform.baseUrl());
        QCOMPARE(syncErrorKindName(e.kind), QStringLiteral("platform"));
        QCOMPARE(e.httpStatus, 404);
        for (const char *part : {"404", "Not Found", "its description in JSON", "/api/v1"})
            QVERIFY2(e.message.contains(QLatin1String(part)), qPrintable(e.message));
        QVERIFY2(!e.message.trimmed().endsWith(u':'), qPrintable(e.message));
    }
};

QTEST_GUILESS_MAIN(TestSyncAnswers)
#include "tst_sync_answers.moc"
