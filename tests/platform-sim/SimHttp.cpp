// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimHttp.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QUrlQuery>

namespace pingjia {

QJsonObject HttpReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString HttpReply::errorCode() const
{
    return json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
}

SimHttp::SimHttp(const QUrl &base) : m_base(base)
{
    // Generous: a slow shared machine must not fail a test, a hung server must.
    m_nam.setTransferTimeout(120000);
}

QNetworkRequest SimHttp::request(const QString &pathAndQuery, const QString &token) const
{
    QUrl url = m_base;
    const qsizetype q = pathAndQuery.indexOf(QLatin1Char('?'));
    url.setPath(q < 0 ? pathAndQuery : pathAndQuery.left(q));
    if (q >= 0)
        url.setQuery(pathAndQuery.mid(q + 1));
    QNetworkRequest r(url);
    r.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (!token.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    if (m_useSsl)
        r.setSslConfiguration(m_ssl);
    return r;
}

HttpReply SimHttp::run(QNetworkReply *reply)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    HttpReply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.error = reply->error();
    r.errorString = reply->errorString();
    for (const auto &h : reply->rawHeaderPairs())
        r.headers.insert(h.first.toLower(), h.second);
    reply->deleteLater();
    return r;
}

HttpReply SimHttp::get(const QString &pathAndQuery, const QString &token)
{
    return run(m_nam.get(request(pathAndQuery, token)));
}

HttpReply SimHttp::post(const QString &path, const QByteArray &body, const QByteArray &contentType,
                        const QString &token)
{
    QNetworkRequest r = request(path, token);
    r.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    return run(m_nam.post(r, body));
}

HttpReply SimHttp::postJson(const QString &path, const QJsonObject &body, const QString &token)
{
    return post(path, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json",
                token);
}

QString SimHttp::signIn(const QString &user, const QString &password, QJsonObject *response)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("password"));
    form.addQueryItem(QStringLiteral("username"), user);
    form.addQueryItem(QStringLiteral("password"), password);
    const HttpReply r =
        post(QStringLiteral("/api/v1/oauth/token"), form.toString(QUrl::FullyEncoded).toUtf8(),
             "application/x-www-form-urlencoded");
    if (response)
        *response = r.json();
    if (r.status != 200)
        return {};
    return r.json().value(QLatin1String("access_token")).toString();
}

bool SimHttp::walk(const QString &list, const QString &token, int limit, Walk *out,
                   const QString &cursor)
{
    QString next = cursor;
    for (;;) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
        if (!next.isEmpty())
            q.addQueryItem(QStringLiteral("cursor"), next);
        const HttpReply r =
            get(QStringLiteral("/api/v1/%1?%2").arg(list, q.toString(QUrl::FullyEncoded)), token);
        if (r.status != 200) {
            out->failed = r;
            return false;
        }
        const QJsonObject page = r.json();
        for (const QJsonValue &v : page.value(QLatin1String("items")).toArray())
            out->items.append(v.toObject());
        ++out->pages;
        next = page.value(QLatin1String("nextCursor")).toString();
        out->cursor = next;
        if (!page.value(QLatin1String("hasMore")).toBool())
            return true;
    }
}

QByteArray SimHttp::dumpBytes()
{
    return get(QStringLiteral("/sim/dump")).body;
}

QList<DumpLine> SimHttp::dump()
{
    QList<DumpLine> lines;
    for (const QByteArray &line : dumpBytes().split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        lines.append(
            {o.value(QLatin1String("list")).toString(), o.value(QLatin1String("item")).toObject()});
    }
    return lines;
}

QString recordId(const QString &list, const QJsonObject &item)
{
    const char *key = list == QLatin1String("orgs")    ? "orgCode"
                      : list == QLatin1String("staff") ? "staffId"
                      : list == QLatin1String("items") ? "taskCode"
                      : list == QLatin1String("cases") ? "projectNo"
                                                       : "evalId";
    return item.value(QLatin1String(key)).toString();
}

} // namespace pingjia
