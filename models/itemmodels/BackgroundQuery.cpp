// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/itemmodels/BackgroundQuery.h"

#include "models/itemmodels/Logging.h"

#include <QElapsedTimer>

namespace pingjia {

BackgroundQuery::BackgroundQuery(const QString &name, QObject *parent)
    : QObject(parent), m_thread(name, new QObject),
      m_newest(std::make_shared<std::atomic<quint64>>(0))
{
}

BackgroundQuery::~BackgroundQuery()
{
    cancelAll();
    m_thread.stop();
}

void BackgroundQuery::cancelAll()
{
    m_newest->store(++m_latest);
}

quint64 BackgroundQuery::post(std::function<void()> work, std::function<void()> deliver)
{
    const quint64 serial = ++m_latest;
    m_newest->store(serial);
    if (m_pending++ == 0)
        emit busyChanged(true);
    m_thread.post(
        [this, serial, newest = m_newest, work = std::move(work), deliver = std::move(deliver)] {
            // A newer request is waiting: this one would be dropped anyway.
            if (newest->load() == serial) {
                QElapsedTimer timer;
                timer.start();
                work();
                qCDebug(lcItemModels)
                    << m_thread.name() << "request" << serial << "took" << timer.elapsed() << "ms";
            }
            // Queued to this object: discarded by Qt if it is destroyed meanwhile.
            QMetaObject::invokeMethod(
                this, [this, serial, deliver] { finished(serial, deliver); }, Qt::QueuedConnection);
        });
    return serial;
}

void BackgroundQuery::finished(quint64 serial, const std::function<void()> &deliver)
{
    if (serial == m_newest->load()) {
        deliver();
        emit delivered(serial);
    }
    if (--m_pending == 0)
        emit busyChanged(false);
}

} // namespace pingjia
