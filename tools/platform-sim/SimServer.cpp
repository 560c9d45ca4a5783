// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimServer.h"

#include "tools/platform-sim/Cursor.h"
#include "tools/platform-sim/DumpStream.h"
#include "tools/platform-sim/ListPager.h"
#include "tools/platform-sim/Logging.h"
#include "tools/platform-sim/PlatformState.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

#include <cmath>

namespace pingjia {
namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    }
    return "Status";
}

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    default:
        return "OTHER";
    }
}

SimResponse jsonResponse(int status, const QJsonObject &body)
{
    SimResponse r;
    r.status = status;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &h : request.headers()) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

// application/x-www-form-urlencoded: '+' is a space.
QUrlQuery formBody(const QByteArray &body)
{
    QByteArray b = body;
    b.replace('+', "%20");
    return QUrlQuery(QString::fromUtf8(b));
}

} // namespace

SimResponse errorResponse(int status, const QString &code, const QString &message)
{
    return jsonResponse(
        status, {{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code},
                                                       {QStringLiteral("message"), message}}}});
}

void writeResponse(QTcpSocket *socket, const SimResponse &response, bool closeAfter,
                   qsizetype sendBytes)
{
    const qsizetype n = sendBytes < 0 ? response.body.size() : sendBytes;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                      reasonPhrase(response.status) + "\r\n";
    head += "Content-Type: " + response.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(n) + "\r\n";
    head += closeAfter ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
    for (const auto &h : response.headers)
        head += h.first + ": " + h.second + "\r\n";
    head += "\r\n";
    socket->write(head);
    socket->write(response.body.constData(), n);
    if (closeAfter)
        socket->disconnectFromHost();
}

SimServer::SimServer(PlatformState &state, AuthRegistry &auth, QObject *parent)
    : QAbstractHttpServer(parent), m_state(state), m_auth(auth), m_faults(state.options()),
      m_instance(QRandomGenerator::system()->generate())
{
}

QString SimServer::instance() const
{
    return QStringLiteral("%1-%2").arg(m_instance, 8, 16, QLatin1Char('0')).arg(m_state.epoch());
}

bool SimServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    SimRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path();
    r.query = request.query();
    r.body = request.body();
    r.authorization = header(request, "Authorization");
    r.closeAfter = header(request, "Connection").compare("close", Qt::CaseInsensitive) == 0;
    qCDebug(lcSim).noquote() << r.method << request.url().toString();

    if (r.path.startsWith(QLatin1String("/sim/"))) {
        serveSim(r, socket); // test hooks: never faulty, never delayed
        return true;
    }
    const int delay = m_faults.delayMs();
    if (delay > 0) {
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(delay, this, [this, r, guard] {
            if (guard && guard->state() == QAbstractSocket::ConnectedState)
                serveApi(r, guard);
        });
        return true;
    }
    serveApi(r, socket);
    return true;
}

void SimServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    writeResponse(socket,
                  errorResponse(404, QStringLiteral("not_found"),
                                QStringLiteral("No such endpoint: %1").arg(request.url().path())),
                  false);
}

void SimServer::serveApi(const SimRequest &request, QTcpSocket *socket)
{
    if (const auto failure = m_faults.failure(); failure.status != 0) {
        SimResponse r = errorResponse(
            failure.status,
            failure.retryAfter ? QStringLiteral("rate_limited") : QStringLiteral("server_error"),
            failure.retryAfter ? QStringLiteral("Too many requests, retry later.")
                               : QStringLiteral("Simulated server failure."));
        if (failure.retryAfter)
            r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
        qCInfo(lcSim).noquote() << "fault: answered" << failure.status << request.path;
        writeResponse(socket, r, request.closeAfter);
        return;
    }
    const SimResponse response = routeApi(request);
    if (m_faults.drop()) {
        qCInfo(lcSim).noquote() << "fault: applied and dropped" << request.path;
        socket->disconnectFromHost();
        return;
    }
    const qsizetype cut = m_faults.truncateAt(response.body.size());
    if (cut >= 0)
        qCInfo(lcSim).noquote() << "fault: truncated" << request.path << "at" << cut << "of"
                                << response.body.size();
    writeResponse(socket, response, request.closeAfter, cut);
}

SimResponse SimServer::routeApi(const SimRequest &request)
{
    const QString &path = request.path;
    if (path == QLatin1String("/api/v1/meta")) {
        if (request.method != "GET")
            return errorResponse(405, QStringLiteral("method_not_allowed"),
                                 QStringLiteral("Use GET."));
        return jsonResponse(200, m_state.meta());
    }
    if (path == QLatin1String("/api/v1/oauth/token")) {
        if (request.method != "POST")
            return errorResponse(405, QStringLiteral("method_not_allowed"),
                                 QStringLiteral("Use POST."));
        return token(request);
    }
    if (!path.startsWith(QLatin1String("/api/v1/")))
        return errorResponse(404, QStringLiteral("not_found"),
                             QStringLiteral("No such endpoint: %1").arg(path));

    const SimUser *user = nullptr;
    switch (m_auth.authorize(request.authorization, &user)) {
    case AuthRegistry::Check::Ok:
        break;
    case AuthRegistry::Check::Missing:
        return errorResponse(401, QStringLiteral("unauthorized"),
                             QStringLiteral("A Bearer access token is required."));
    case AuthRegistry::Check::Unknown:
        return errorResponse(401, QStringLiteral("invalid_token"),
                             QStringLiteral("The access token is not known."));
    case AuthRegistry::Check::Expired:
        return errorResponse(401, QStringLiteral("token_expired"),
                             QStringLiteral("The access token has expired."));
    }

    static const QRegularExpression actionPath(
        QStringLiteral("^/api/v1/bad-reviews/([^/]+)/actions$"));
    if (const auto m = actionPath.match(path); m.hasMatch()) {
        if (request.method != "POST")
            return errorResponse(405, QStringLiteral("method_not_allowed"),
                                 QStringLiteral("Use POST."));
        const ActionAnswer a =
            m_state.applyAction(m.captured(1), request.body, user->name, user->scope);
        SimResponse r;
        r.status = a.status;
        r.body = a.body;
        return r;
    }

    const auto list = listFromName(path.mid(int(qstrlen("/api/v1/"))));
    if (!list)
        return errorResponse(404, QStringLiteral("not_found"),
                             QStringLiteral("No such endpoint: %1").arg(path));
    if (request.method != "GET")
        return errorResponse(405, QStringLiteral("method_not_allowed"), QStringLiteral("Use GET."));

    PageRequest page{*list, 0, kDefaultPageLimit};
    if (request.query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        page.limit = request.query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || page.limit < 1 || page.limit > kMaxPageLimit)
            return errorResponse(
                400, QStringLiteral("invalid_limit"),
                QStringLiteral("limit must be a whole number from 1 to %1.").arg(kMaxPageLimit));
    }
    const QString cursorText =
        request.query.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded);
    if (!cursorText.isEmpty()) {
        const auto cursor = Cursor::decode(cursorText.toLatin1());
        if (!cursor || cursor->list != *list || cursor->instance != instance() ||
            cursor->position > m_state.feed(*list).size())
            return errorResponse(400, QStringLiteral("invalid_cursor"),
                                 QStringLiteral("Unknown or expired cursor: resync this list from "
                                                "the start."));
        page.from = cursor->position;
    }
    SimResponse r;
    r.body = renderPage(m_state, page, user->scope, instance(), m_faults);
    return r;
}

SimResponse SimServer::token(const SimRequest &request)
{
    const QUrlQuery form = formBody(request.body);
    const QString grant = form.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded);
    QJsonObject body;
    if (grant == QLatin1String("password")) {
        const QString user = form.queryItemValue(QStringLiteral("username"), QUrl::FullyDecoded);
        const QString password =
            form.queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded);
        if (user.isEmpty() || password.isEmpty())
            return errorResponse(400, QStringLiteral("invalid_request"),
                                 QStringLiteral("username and password are required."));
        if (m_auth.passwordGrant(user, password, &body) != AuthRegistry::Result::Ok) {
            qCInfo(lcSim).noquote() << "sign-in refused for" << user;
            return errorResponse(401, QStringLiteral("invalid_credentials"),
                                 QStringLiteral("Wrong user name or password."));
        }
        qCInfo(lcSim).noquote() << "signed in" << user;
        return jsonResponse(200, body);
    }
    if (grant == QLatin1String("refresh_token")) {
        const QString refresh =
            form.queryItemValue(QStringLiteral("refresh_token"), QUrl::FullyDecoded);
        if (m_auth.refreshGrant(refresh, &body) != AuthRegistry::Result::Ok)
            return errorResponse(401, QStringLiteral("invalid_grant"),
                                 QStringLiteral("The refresh token is unknown, used or expired."));
        return jsonResponse(200, body);
    }
    return errorResponse(400, QStringLiteral("unsupported_grant_type"),
                         QStringLiteral("grant_type must be password or refresh_token."));
}

void SimServer::serveSim(const SimRequest &request, QTcpSocket *socket)
{
    const QString &path = request.path;
    if (path == QLatin1String("/sim/dump") && request.method == "GET") {
        auto *stream = new DumpStream(m_state, socket, request.closeAfter);
        stream->start();
        return;
    }
    if (path == QLatin1String("/sim/planted") && request.method == "GET") {
        SimResponse planted;
        planted.body = m_state.plantedJson();
        writeResponse(socket, planted, request.closeAfter);
        return;
    }
    QJsonObject body;
    if (path == QLatin1String("/sim/advance") && request.method == "POST") {
        const QJsonValue hours =
            QJsonDocument::fromJson(request.body).object().value(QLatin1String("hours"));
        const double h = hours.toDouble(-1);
        if (!hours.isDouble() || !(h > 0) || h > 24.0 * 366 * 3) {
            writeResponse(socket,
                          errorResponse(400, QStringLiteral("bad_request"),
                                        QStringLiteral("Body must be {\"hours\": H} with 0 < H.")),
                          request.closeAfter);
            return;
        }
        const auto counts = m_state.advance(SimSeconds(std::llround(h * 3600)));
        QJsonObject perList;
        for (const ListKind k : kAllLists)
            perList.insert(listName(k), counts[std::size_t(k)]);
        body = {{QStringLiteral("now"), formatSimTime(m_state.now())},
                {QStringLiteral("counts"), perList}};
        qCInfo(lcSim).noquote() << "advanced to" << formatSimTime(m_state.now())
                                << QJsonDocument(perList).toJson(QJsonDocument::Compact);
    } else if (path == QLatin1String("/sim/reset") && request.method == "POST") {
        m_state.reset();
        body = {{QStringLiteral("now"), formatSimTime(m_state.now())}};
    } else if (path == QLatin1String("/sim/expire-tokens") && request.method == "POST") {
        body = {{QStringLiteral("expired"), m_auth.expireAccessTokens()}};
    } else if (path == QLatin1String("/sim/status") && request.method == "GET") {
        QJsonObject sizes;
        for (const ListKind k : kAllLists)
            sizes.insert(listName(k), m_state.feed(k).size());
        body = {{QStringLiteral("now"), formatSimTime(m_state.now())},
                {QStringLiteral("positions"), sizes}};
    } else {
        writeResponse(socket,
                      errorResponse(404, QStringLiteral("not_found"),
                                    QStringLiteral("No such test hook: %1 %2")
                                        .arg(QString::fromLatin1(request.method), path)),
                      request.closeAfter);
        return;
    }
    writeResponse(socket, jsonResponse(200, body), request.closeAfter);
}

} // namespace pingjia
