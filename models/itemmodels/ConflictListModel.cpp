// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/itemmodels/ConflictListModel.h"

#include "models/domain/PlatformTime.h"
#include "models/itemmodels/PlatformErrorText.h"

namespace pingjia {

ConflictListModel::ConflictListModel(LocalWorkDatabase &localWork, QObject *parent)
    : QAbstractTableModel(parent), m_localWork(localWork)
{
}

bool ConflictListModel::refresh(QString *error)
{
    StoreResult r;
    QList<ConflictEntry> entries = LocalWorkStore(m_localWork).conflicts(false, &r);
    if (error)
        *error = r.ok() ? QString() : r.message;
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
    return r.ok();
}

QString ConflictListModel::describe(const HandlingRecord &record)
{
    QString text = tr("%1 · version %2").arg(handlingStateName(record.state)).arg(record.version);
    if (!record.history.isEmpty()) {
        const HistoryEntry &last = record.history.constLast();
        text += tr(" · last: %1 by %2 at %3")
                    .arg(actionTypeName(last.type), last.actor, formatPlatformTime(last.at));
    }
    return text;
}

int ConflictListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ConflictListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const ConflictEntry &e = m_entries.at(index.row());
    // The platform's own words stay one hover away (for its operators).
    if (index.column() == MessageColumn && role == Qt::ToolTipRole)
        return platformErrorDetail({}, e.message);
    switch (index.column()) {
    case EvaluationColumn:
        return e.evalId;
    case AtColumn:
        return formatPlatformTime(e.at);
    case LocalColumn:
        return describe(e.localRecord);
    case PlatformColumn:
        return e.platformRecord ? describe(*e.platformRecord)
                                : tr("not sent by the platform (sync to fetch it)");
    case MessageColumn:
        return platformErrorSentence(QStringLiteral("version_conflict"));
    }
    return {};
}

QVariant ConflictListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EvaluationColumn:
        return tr("Evaluation");
    case AtColumn:
        return tr("When");
    case LocalColumn:
        return tr("Mine (this console)");
    case PlatformColumn:
        return tr("Platform's version");
    case MessageColumn:
        return tr("What happened");
    }
    return {};
}

} // namespace pingjia
