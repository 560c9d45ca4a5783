// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QObject>
#include <QPointer>
#include <QTcpSocket>

namespace pingjia {

class PlatformState;

// GET /sim/dump: every list's current records as JSON lines, sent with chunked transfer
// encoding a batch at a time as the socket drains, so a bench-scale dump never sits
// in memory whole. Owned by the socket; deletes itself when done.
class DumpStream : public QObject {
    Q_OBJECT
public:
    DumpStream(const PlatformState &state, QTcpSocket *socket, bool closeAfter);
    void start();

private:
    void pump();
    QByteArray nextBatch();

    const PlatformState &m_state;
    QPointer<QTcpSocket> m_socket;
    bool m_closeAfter;
    int m_list = 0;
    qsizetype m_position = 0;
    bool m_finished = false;
};

} // namespace pingjia
