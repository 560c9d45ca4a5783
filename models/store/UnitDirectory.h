// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The synced org tree (org_units, staff) in memory — thousands of rows, not millions —
// answering which units a scope holds, each unit's center, and the areas one tier down
// (issue 8 "Area"). Built by IndicatorQuery, reloaded when those tables change.

#include "models/domain/UnitLevel.h"
#include "models/store/IndicatorQuery.h"
#include "models/store/StoreResult.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace pingjia {

class Connection;

enum class UnitScopeKind { Everything, Division, Center, Department, Window, Unknown };
// A parsed scope code (IndicatorQuery.h "Scope codes").
struct UnitScope {
    UnitScopeKind kind = UnitScopeKind::Everything;
    QString code;   // as given
    QString prefix; // Division: the area code prefix every code inside shares ("6208")
};

class UnitDirectory {
    Q_DECLARE_TR_FUNCTIONS(pingjia::UnitDirectory)
public:
    // One org unit or staff member with its chain up to its center.
    struct Node {
        UnitInfo info;
        QString deptCode;             // itself for a department; a window's or staff's department
        QString windowCode;           // itself for a window; a staff member's window
        QString areaCode;             // its center's area code
        std::optional<AreaTier> tier; // its center's tier
    };

    using ScopeKind = UnitScopeKind;
    using Scope = UnitScope;

    StoreResult load(Connection &c);
    // A cheap fingerprint of org_units and staff: reload when it changes.
    static QString stamp(Connection &c, StoreResult *error);

    Scope scope(const QString &code) const;
    bool contains(const Scope &scope, const Node &node) const;

    // Units of a level in the scope (non-withdrawn, plus withdrawn ones in `active`),
    // by code. Area: areaTierFor(scope).
    QList<UnitInfo> units(UnitLevel level, const Scope &scope,
                          const QSet<QString> &active = {}) const;
    // The tier areas are ranked at: one below the scope's division or center tier, or below
    // the widest center tier in the cache.
    std::optional<AreaTier> areaTierFor(const Scope &scope) const;
    // A center's area at `tier` ("" when the center sits above that tier).
    QString areaOfCenter(const QString &centerCode, AreaTier tier) const;
    QString areaName(const QString &areaCode) const;

    const Node *find(UnitLevel level, const QString &code) const;
    // Centers in the scope (for scope sums at center grain).
    QStringList centersIn(const Scope &scope) const;
    QList<ScopeNode> tree() const;
    QString nameOf(const Scope &scope) const;

private:
    QHash<QString, Node> m_orgs;  // by org code (centers, departments, windows)
    QHash<QString, Node> m_staff; // by staff id
    QHash<QString, QString> m_centerByArea;
};

} // namespace pingjia
