// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Actions the platform refused for good (422 and the like), newest first, from the local
// work's audit log: why in the user's language (from the platform's error code), and the
// platform's own words beside it.

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
    QString reason; // the platform's own text, as the audit log keeps it
    QString code;   // the platform's error code, when its answer had one
};

class RefusedActionModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        EvaluationColumn,
        ActionColumn,
        ActorColumn,
        AtColumn,
        ReasonColumn,       // translated sentence for the platform's code
        PlatformTextColumn, // the platform's own words and code
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
