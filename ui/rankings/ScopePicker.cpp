// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/rankings/ScopePicker.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace pingjia {

ScopePicker::ScopePicker(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("scopePicker"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("&Scope:"), this);
    m_box = new QComboBox(this);
    m_box->setObjectName(QStringLiteral("scopeBox"));
    m_box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_box->setMinimumContentsLength(12);
    m_box->setToolTip(tr("Rank within everything synced, an area or a center"));
    label->setBuddy(m_box);
    layout->addWidget(label);
    layout->addWidget(m_box);
    setTree({});
    connect(m_box, &QComboBox::activated, this, [this](int index) {
        const QString code = m_box->itemData(index).toString();
        if (code == m_current)
            return;
        m_current = code;
        emit scopeChanged(code);
    });
}

QString ScopePicker::scopeCode() const
{
    return m_current;
}

QString ScopePicker::scopeLabel() const
{
    return m_box->currentText().trimmed();
}

void ScopePicker::setTree(const QList<ScopeNode> &tree)
{
    m_treeLoaded = !tree.isEmpty();
    const QSignalBlocker blocker(m_box);
    m_box->clear();
    m_box->addItem(tr("Everything synced"), QString());
    addNodes(tree, 0);
    const int index = m_box->findData(m_current);
    if (index < 0) {
        m_box->setCurrentIndex(0);
        if (!m_current.isEmpty() && m_treeLoaded) { // gone from the cache
            m_current.clear();
            emit scopeChanged(m_current);
        }
    } else {
        m_box->setCurrentIndex(index);
    }
}

void ScopePicker::addNodes(const QList<ScopeNode> &nodes, int depth)
{
    for (const ScopeNode &node : nodes) {
        const QString indent(2 * (depth + 1), u' ');
        m_box->addItem(indent + (node.name.isEmpty() ? node.code : node.name), node.code);
        m_box->setItemData(m_box->count() - 1, node.code, Qt::ToolTipRole);
        addNodes(node.children, depth + 1);
    }
}

void ScopePicker::setScopeCode(const QString &code)
{
    const int index = m_box->findData(code);
    // Before the tree has come, a code is kept and looked up when it comes.
    const QString chosen = index < 0 && m_treeLoaded ? QString() : code;
    m_box->setCurrentIndex(std::max(index, 0));
    if (chosen == m_current)
        return;
    m_current = chosen;
    emit scopeChanged(chosen);
}

} // namespace pingjia
