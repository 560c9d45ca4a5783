// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "tools/platform-sim/AuthRegistry.h"
#include "tools/platform-sim/FaultInjector.h"

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

class QTcpSocket;

namespace pingjia {

class PlatformState;

// What the server needs of a request after QtHttpServer has parsed it (the parsed
// request does not outlive handleRequest, and answers may be delayed).
struct SimRequest {
    QByteArray method;
    QString path;
    QUrlQuery query;
    QByteArray body;
    QByteArray authorization;
    bool closeAfter = false;
};

struct SimResponse {
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray contentType = "application/json; charset=utf-8";
};

// The HTTP side of the simulator. It uses QtHttpServer 6.4's QAbstractHttpServer for
// parsing, keep-alive and TLS, and writes the answers to the socket itself: the fault
// options need what the router API of 6.4 cannot do (close without answering, a body
// cut with a matching Content-Length, delayed answers, a streamed dump).
class SimServer : public QAbstractHttpServer {
    Q_OBJECT
public:
    SimServer(PlatformState &state, AuthRegistry &auth, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void serveApi(const SimRequest &request, QTcpSocket *socket);
    SimResponse routeApi(const SimRequest &request);
    SimResponse token(const SimRequest &request);
    void serveSim(const SimRequest &request, QTcpSocket *socket);
    QString instance() const;

    PlatformState &m_state;
    AuthRegistry &m_auth;
    FaultInjector m_faults;
    quint32 m_instance;
};

// Writes a whole HTTP/1.1 answer; `sendBytes` < 0 sends the whole body, else only that
// many bytes with Content-Length saying so (--truncate-rate).
void writeResponse(QTcpSocket *socket, const SimResponse &response, bool closeAfter,
                   qsizetype sendBytes = -1);
SimResponse errorResponse(int status, const QString &code, const QString &message);

} // namespace pingjia
