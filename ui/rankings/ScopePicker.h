// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The scope filter of the rankings, dashboard and chase list: everything synced, an area
// or a center, from IndicatorQuery::scopeTree (areas nested by code, their centers under
// them, indented). The choice is kept by code across reloads of the tree.

#include "models/store/IndicatorQuery.h"

#include <QWidget>

class QComboBox;

namespace pingjia {

class ScopePicker : public QWidget {
    Q_OBJECT
public:
    explicit ScopePicker(QWidget *parent = nullptr);

    // "" = everything in the cache.
    QString scopeCode() const;
    QString scopeLabel() const;
    QComboBox *box() const { return m_box; }

    void setTree(const QList<ScopeNode> &tree);
    // Selects `code` when the tree has it (else everything); signals when it changed.
    void setScopeCode(const QString &code);

signals:
    void scopeChanged(const QString &code);

private:
    void addNodes(const QList<ScopeNode> &nodes, int depth);

    QComboBox *m_box = nullptr;
    QString m_current;
    bool m_treeLoaded = false;
};

} // namespace pingjia
