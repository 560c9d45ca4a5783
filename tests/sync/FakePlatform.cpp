// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakePlatform.h"

#include <QTcpSocket>

namespace pingjia::test {

FakePlatform::FakePlatform(Handler handler) : m_handler(std::move(handler))
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *s = m_server.nextPendingConnection()) {
            connect(s, &QTcpSocket::readyRead, this, [this, s] { serve(s); });
            connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        }
    });
}

bool FakePlatform::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FakePlatform::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

QByteArray FakePlatform::page(const QList<QByteArray> &items, const QString &next, bool hasMore)
{
    QByteArray out = "{\"items\":[";
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += ',';
        out += items[i];
    }
    out += "],\"nextCursor\":\"" + next.toUtf8() +
           "\",\"hasMore\":" + (hasMore ? "true" : "false") + '}';
    return out;
}

QByteArray FakePlatform::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 503:
        return "Service Unavailable";
    default:
        return "X";
    }
}

void FakePlatform::serve(QTcpSocket *socket)
{
    QByteArray data = socket->property("pending").toByteArray() + socket->readAll();
    const qsizetype headerEnd = data.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        socket->setProperty("pending", data);
        return;
    }
    const QList<QByteArray> lines = data.left(headerEnd).split('\n');
    qsizetype length = 0;
    for (const QByteArray &line : lines) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    if (data.size() < headerEnd + 4 + length) {
        socket->setProperty("pending", data);
        return;
    }
    socket->setProperty("pending", QByteArray());
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    const QByteArray method = requestLine.value(0);
    const QUrl url(QString::fromLatin1(requestLine.value(1)));
    ++m_requests;

    FakeAnswer a = m_handler(method, url.path(), QUrlQuery(url));
    if (a.status == 0) { // the handler did not take it
        if (url.path() == QLatin1String("/api/v1/meta"))
            a = {200,
                 R"({"apiVersion":1,"platformName":"fake","codes":"gbt39046",)"
                 R"("policy":{"verifyHours":24,"rectifyDays":10,"rectifyDayKind":"working"}})"};
        else if (url.path() == QLatin1String("/api/v1/oauth/token"))
            a = {200, R"({"access_token":"t","token_type":"Bearer","expires_in":7200,)"
                      R"("refresh_token":"r","scope":["620000"]})"};
        else
            a = {404, R"({"error":{"code":"not_found","message":"no"}})"};
    }
    QByteArray response =
        "HTTP/1.1 " + QByteArray::number(a.status) + ' ' + reasonPhrase(a.status) +
        "\r\nContent-Type: " + a.contentType + "\r\nConnection: close\r\n" +
        "Content-Length: " + QByteArray::number(a.body.size()) + "\r\n\r\n" + a.body;
    socket->write(response);
    socket->disconnectFromHost();
}

} // namespace pingjia::test
