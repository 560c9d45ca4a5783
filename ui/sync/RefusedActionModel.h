// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Actions the platform refused for good (422 and the like), with the platform's reason,
// newest first, from the local work's audit log.

#include "models/domain/HandlingState.h"

#include <QAbstractTableModel>
#include <QDateTime>

#include <optional>

namespace pingjia {

class LocalWorkDatabase;

struct RefusedAction {
    QDateTime at;
    QString evalId;
    QString actionId;
    QString actor;
    std::optional<ActionType> type;
    QString reason;
};

class RefusedActionModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        EvaluationColumn,
        ActionColumn,
        ActorColumn,
        AtColumn,
        ReasonColumn,
        ColumnCount
    };

    explicit RefusedActionModel(LocalWorkDatabase &localWork, QObject *parent = nullptr);

    bool refresh(QString *error = nullptr);
    RefusedAction action(int row) const { return m_actions.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    LocalWorkDatabase &m_localWork;
    QList<RefusedAction> m_actions;
};

} // namespace pingjia
