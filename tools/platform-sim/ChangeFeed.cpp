// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeFeed.h"

namespace pingjia {

void ChangeFeed::setBase(QList<quint32> order)
{
    m_base = std::move(order);
    m_changes.clear();
    m_latest.clear();
}

void ChangeFeed::append(quint32 index)
{
    m_latest.insert(index, size());
    m_changes.append(index);
}

void ChangeFeed::clear()
{
    setBase({});
}

} // namespace pingjia
