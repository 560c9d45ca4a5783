// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/itemmodels/RefusedActionModel.h"

#include "models/domain/PlatformTime.h"
#include "models/itemmodels/PlatformErrorText.h"
#include "models/store/LocalWorkStore.h"

#include <QHash>
#include <QJsonObject>

#include <algorithm>

namespace pingjia {

RefusedActionModel::RefusedActionModel(LocalWorkDatabase &localWork, QObject *parent)
    : QAbstractTableModel(parent), m_localWork(localWork)
{
}

bool RefusedActionModel::refresh(QString *error)
{
    LocalWorkStore store(m_localWork);
    StoreResult r;
    const QList<AuditEntry> audit = store.audit({}, &r);
    QList<RefusedAction> actions;
    QHash<QString, QList<OutboxEntry>> outboxOf; // the action's type, per evaluation
    for (const AuditEntry &a : audit) {
        if (a.event != QLatin1String("refused"))
            continue;
        RefusedAction action{
            a.at,    a.evalId,     a.actionId,
            a.actor, std::nullopt, a.detail.value(QLatin1String("message")).toString(),
            {}};
        if (!outboxOf.contains(a.evalId))
            outboxOf.insert(a.evalId, store.actions(a.evalId));
        for (const OutboxEntry &o : outboxOf.value(a.evalId)) {
            if (o.actionId == a.actionId) {
                action.type = o.type;
                action.code = o.reply.value(QLatin1String("error"))
                                  .toObject()
                                  .value(QLatin1String("code"))
                                  .toString();
                if (action.code.isEmpty())
                    action.code = platformErrorCodeIn(action.reason);
            }
        }
        actions.append(action);
    }
    std::stable_sort(actions.begin(), actions.end(),
                     [](const RefusedAction &a, const RefusedAction &b) { return a.at > b.at; });
    if (error)
        *error = r.ok() ? QString() : r.message;
    beginResetModel();
    m_actions = std::move(actions);
    endResetModel();
    return r.ok();
}

int RefusedActionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_actions.size());
}

int RefusedActionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RefusedActionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const RefusedAction &a = m_actions.at(index.row());
    switch (index.column()) {
    case EvaluationColumn:
        return a.evalId;
    case ActionColumn:
        return a.type ? actionTypeName(*a.type) : a.actionId;
    case ActorColumn:
        return a.actor;
    case AtColumn:
        return formatPlatformTime(a.at);
    case ReasonColumn:
        return platformErrorSentence(a.code);
    case PlatformTextColumn:
        return a.reason;
    }
    return {};
}

QVariant RefusedActionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EvaluationColumn:
        return tr("Evaluation");
    case ActionColumn:
        return tr("Action");
    case ActorColumn:
        return tr("By");
    case AtColumn:
        return tr("When");
    case ReasonColumn:
        return tr("Why");
    case PlatformTextColumn:
        return tr("Platform's own words");
    }
    return {};
}

} // namespace pingjia
