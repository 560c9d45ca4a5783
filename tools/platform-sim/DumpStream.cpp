// SPDX-License-Identifier: GPL-3.0-or-later
#include "DumpStream.h"

#include "tools/platform-sim/ListKind.h"
#include "tools/platform-sim/PlatformState.h"

namespace pingjia {
namespace {
constexpr qint64 kHighWater = 4 * 1024 * 1024;
constexpr int kRecordsPerBatch = 2000;
} // namespace

DumpStream::DumpStream(const PlatformState &state, QTcpSocket *socket, bool closeAfter)
    : QObject(socket), m_state(state), m_socket(socket), m_closeAfter(closeAfter)
{
    connect(socket, &QTcpSocket::bytesWritten, this, &DumpStream::pump);
}

void DumpStream::start()
{
    m_socket->write("HTTP/1.1 200 OK\r\n"
                    "Content-Type: application/x-ndjson; charset=utf-8\r\n"
                    "Transfer-Encoding: chunked\r\n");
    m_socket->write(m_closeAfter ? "Connection: close\r\n\r\n" : "Connection: keep-alive\r\n\r\n");
    pump();
}

QByteArray DumpStream::nextBatch()
{
    QByteArray out;
    int records = 0;
    while (m_list < kListCount && records < kRecordsPerBatch) {
        const ListKind kind = kAllLists[m_list];
        const ChangeFeed &feed = m_state.feed(kind);
        if (m_position >= feed.size()) {
            ++m_list;
            m_position = 0;
            continue;
        }
        const qsizetype pos = m_position++;
        if (!feed.isCurrent(pos))
            continue;
        out += "{\"list\":\"";
        out += listName(kind).toLatin1();
        out += "\",\"item\":";
        m_state.render(out, kind, feed.indexAt(pos));
        out += "}\n";
        ++records;
    }
    return out;
}

void DumpStream::pump()
{
    if (m_finished || !m_socket)
        return;
    while (m_socket->bytesToWrite() < kHighWater) {
        const QByteArray batch = nextBatch();
        if (batch.isEmpty()) {
            m_socket->write("0\r\n\r\n");
            m_finished = true;
            if (m_closeAfter)
                m_socket->disconnectFromHost();
            deleteLater();
            return;
        }
        m_socket->write(QByteArray::number(batch.size(), 16) + "\r\n");
        m_socket->write(batch);
        m_socket->write("\r\n");
    }
}

} // namespace pingjia
