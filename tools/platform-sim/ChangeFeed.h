// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QHash>
#include <QList>

namespace pingjia {

// The served order of one list: the base snapshot in (updatedAt, id) order, then every
// change in the order it happened. A changed record gets a new position at the end and
// its older positions are skipped, so a page walk from any position sees every change
// after it exactly once. Positions hold record indexes; records are rendered on demand.
class ChangeFeed {
public:
    void setBase(QList<quint32> order);
    void append(quint32 index);
    void clear();

    qsizetype size() const { return m_base.size() + m_changes.size(); }
    qsizetype baseSize() const { return m_base.size(); }
    qsizetype changeCount() const { return m_changes.size(); }
    quint32 indexAt(qsizetype pos) const
    {
        return pos < m_base.size() ? m_base.at(pos) : m_changes.at(pos - m_base.size());
    }
    // False when the record at `pos` has a later position.
    bool isCurrent(qsizetype pos) const
    {
        const auto it = m_latest.constFind(indexAt(pos));
        return it == m_latest.constEnd() || *it == pos;
    }

private:
    QList<quint32> m_base;
    QList<quint32> m_changes;
    QHash<quint32, qsizetype> m_latest; // only records that changed after the base
};

} // namespace pingjia
