// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/bulletin/BulletinCaseList.h"

#include <QLocale>

namespace pingjia {

namespace {

QString lineText(const BulletinTypicalCase &c)
{
    const QString state = c.closed               ? BulletinCaseList::tr("followed up")
                          : !c.changes.isEmpty() ? BulletinCaseList::tr("rectified")
                                                 : BulletinCaseList::tr("in rectification");
    return BulletinCaseList::tr("%1  %2 · %3 (%4)\n%5")
        .arg(QLocale().toString(c.assessTime.date(), QLocale::ShortFormat), c.deptName,
             c.serviceItem, state, c.comment);
}

} // namespace

BulletinCaseList::BulletinCaseList(QWidget *parent) : QListWidget(parent)
{
    setWordWrap(true);
    setAlternatingRowColors(true);
    connect(this, &QListWidget::itemChanged, this, [this] {
        if (!m_setting)
            emit selectionEdited();
    });
}

void BulletinCaseList::setCases(const QList<BulletinTypicalCase> &cases)
{
    const QStringList keep = checkedIds();
    m_setting = true;
    clear();
    m_cases = cases;
    for (const BulletinTypicalCase &c : cases) {
        auto *item = new QListWidgetItem(lineText(c), this);
        item->setData(Qt::UserRole, c.evalId);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(keep.contains(c.evalId) ? Qt::Checked : Qt::Unchecked);
    }
    m_setting = false;
}

QList<BulletinTypicalCase> BulletinCaseList::checkedCases() const
{
    QList<BulletinTypicalCase> out;
    for (int i = 0; i < count() && i < m_cases.size(); ++i) {
        if (item(i)->checkState() == Qt::Checked)
            out << m_cases.at(i);
    }
    return out;
}

QStringList BulletinCaseList::checkedIds() const
{
    QStringList ids;
    for (const BulletinTypicalCase &c : checkedCases())
        ids << c.evalId;
    return ids;
}

void BulletinCaseList::setChecked(const QStringList &evalIds)
{
    m_setting = true;
    for (int i = 0; i < count(); ++i)
        item(i)->setCheckState(
            evalIds.contains(item(i)->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    m_setting = false;
    emit selectionEdited();
}

} // namespace pingjia
