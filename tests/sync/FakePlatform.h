// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A platform that answers whatever the test says, over real HTTP on 127.0.0.1: for the
// inputs the simulator never produces (malformed pages, wrong types, absurd sizes).
// One request per connection (Connection: close) keeps the parsing trivial.

#include <QByteArray>
#include <QObject>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

namespace pingjia::test {

struct FakeAnswer {
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
};

class FakePlatform : public QObject {
    Q_OBJECT
public:
    using Handler = std::function<FakeAnswer(const QByteArray &method, const QString &path,
                                             const QUrlQuery &query)>;
    // /api/v1/meta and /api/v1/oauth/token are answered unless `handler` takes them.
    explicit FakePlatform(Handler handler);
    bool listen();
    QUrl baseUrl() const;
    int requests() const { return m_requests; }

    static QByteArray page(const QList<QByteArray> &items, const QString &next, bool hasMore);
    static QByteArray emptyPage() { return page({}, QStringLiteral("end"), false); }

private:
    void serve(class QTcpSocket *socket);
    static QByteArray reasonPhrase(int status);

    Handler m_handler;
    QTcpServer m_server;
    int m_requests = 0;
};

} // namespace pingjia::test
