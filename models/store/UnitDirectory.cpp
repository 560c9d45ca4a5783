// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/UnitDirectory.h"

#include "models/store/Connection.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace pingjia {

namespace {

std::optional<UnitLevel> levelOfKind(const QString &kind)
{
    if (kind == QLatin1String("center"))
        return UnitLevel::Center;
    if (kind == QLatin1String("department"))
        return UnitLevel::Department;
    if (kind == QLatin1String("window"))
        return UnitLevel::Window;
    return std::nullopt;
}

bool byCode(const UnitInfo &a, const UnitInfo &b)
{
    return a.code < b.code;
}

} // namespace

QString UnitDirectory::stamp(Connection &c, StoreResult *error)
{
    QSqlQuery q(c.database());
    if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM org_units), (SELECT max(updated_at) "
                               "FROM org_units), (SELECT count(*) FROM staff), (SELECT "
                               "max(updated_at) FROM staff)")) ||
        !q.next()) {
        if (error)
            *error = c.failure(q.lastError(), tr("reading the org units"));
        return {};
    }
    return QStringLiteral("%1|%2|%3|%4")
        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
             q.value(3).toString());
}

StoreResult UnitDirectory::load(Connection &c)
{
    m_orgs.clear();
    m_staff.clear();
    m_centerByArea.clear();
    QSqlQuery q(c.database());
    if (!q.exec(QStringLiteral("SELECT org_code, name, kind, parent_code, area_code, withdrawn, "
                               "level FROM org_units")))
        return c.failure(q.lastError(), tr("reading the org units"));
    while (q.next()) {
        const auto level = levelOfKind(q.value(2).toString());
        if (!level)
            continue;
        Node n;
        n.info.level = *level;
        n.info.code = q.value(0).toString();
        n.info.name = q.value(1).toString();
        n.info.parentCode = q.value(3).toString();
        n.info.withdrawn = q.value(5).toInt() != 0;
        n.areaCode = q.value(4).toString();
        if (*level == UnitLevel::Center) {
            n.info.centerCode = n.info.code;
            n.tier = areaTierOfCode(n.areaCode);
            if (!n.tier)
                n.tier = areaTierFromLevel(q.value(6).toString());
            if (!n.info.withdrawn || !m_centerByArea.contains(n.areaCode))
                m_centerByArea.insert(n.areaCode, n.info.code);
        }
        m_orgs.insert(n.info.code, n);
    }
    // Departments hang on centers, windows on departments.
    for (Node &n : m_orgs) {
        if (n.info.level == UnitLevel::Department) {
            n.deptCode = n.info.code;
            n.info.centerCode = n.info.parentCode;
        }
    }
    for (Node &n : m_orgs) {
        if (n.info.level == UnitLevel::Window) {
            n.windowCode = n.info.code;
            n.deptCode = n.info.parentCode;
            n.info.centerCode = m_orgs.value(n.deptCode).info.centerCode;
        }
    }
    for (Node &n : m_orgs) {
        const Node center = m_orgs.value(n.info.centerCode);
        n.tier = center.tier;
        if (n.info.level != UnitLevel::Center)
            n.areaCode = center.areaCode.isEmpty() ? n.areaCode : center.areaCode;
    }
    if (!q.exec(QStringLiteral("SELECT staff_id, name, org_code, withdrawn FROM staff")))
        return c.failure(q.lastError(), tr("reading the staff"));
    while (q.next()) {
        Node n;
        n.info.level = UnitLevel::Staff;
        n.info.code = q.value(0).toString();
        n.info.name = q.value(1).toString();
        n.info.parentCode = q.value(2).toString();
        n.info.withdrawn = q.value(3).toInt() != 0;
        const Node org = m_orgs.value(n.info.parentCode);
        n.windowCode = org.info.level == UnitLevel::Window ? org.info.code : QString();
        n.deptCode = org.deptCode;
        n.info.centerCode = org.info.centerCode;
        n.areaCode = org.areaCode;
        n.tier = org.tier;
        m_staff.insert(n.info.code, n);
    }
    return {};
}

UnitDirectory::Scope UnitDirectory::scope(const QString &raw) const
{
    const QString code = raw.trimmed();
    if (code.isEmpty())
        return {};
    if (const auto it = m_orgs.constFind(code); it != m_orgs.constEnd()) {
        switch (it->info.level) {
        case UnitLevel::Center:
            return {ScopeKind::Center, code, {}};
        case UnitLevel::Department:
            return {ScopeKind::Department, code, {}};
        default:
            return {ScopeKind::Window, code, {}};
        }
    }
    if (areaTierOfCode(code))
        return {ScopeKind::Division, code, areaPrefix(code)};
    return {ScopeKind::Unknown, code, {}};
}

bool UnitDirectory::contains(const Scope &scope, const Node &node) const
{
    switch (scope.kind) {
    case ScopeKind::Everything:
        return true;
    case ScopeKind::Division:
        return !node.areaCode.isEmpty() && node.areaCode.startsWith(scope.prefix);
    case ScopeKind::Center:
        return node.info.centerCode == scope.code;
    case ScopeKind::Department:
        return node.deptCode == scope.code;
    case ScopeKind::Window:
        return node.windowCode == scope.code;
    case ScopeKind::Unknown:
        return false;
    }
    return false;
}

std::optional<AreaTier> UnitDirectory::areaTierFor(const Scope &scope) const
{
    std::optional<AreaTier> base;
    if (scope.kind == ScopeKind::Division) {
        base = areaTierOfCode(scope.code);
    } else if (scope.kind == ScopeKind::Everything) {
        for (const Node &n : m_orgs) {
            if (n.info.level == UnitLevel::Center && !n.info.withdrawn && n.tier &&
                (!base || int(*n.tier) < int(*base)))
                base = n.tier;
        }
    } else if (const Node *center =
                   find(UnitLevel::Center, m_orgs.value(scope.code).info.centerCode)) {
        base = center->tier;
    }
    if (!base || *base == AreaTier::Village)
        return std::nullopt;
    return AreaTier(int(*base) + 1);
}

QString UnitDirectory::areaOfCenter(const QString &centerCode, AreaTier tier) const
{
    const auto it = m_orgs.constFind(centerCode);
    if (it == m_orgs.constEnd() || !it->tier || int(*it->tier) < int(tier))
        return {};
    return areaCodeAtTier(it->areaCode, tier);
}

QString UnitDirectory::areaName(const QString &areaCode) const
{
    const auto it = m_centerByArea.constFind(areaCode);
    if (it == m_centerByArea.constEnd())
        return areaCode;
    QString name = m_orgs.value(*it).info.name;
    for (const char *suffix : {"政务服务中心", "便民服务中心", "便民服务站", "党群服务中心"}) {
        const QString s = QString::fromUtf8(suffix);
        if (name.endsWith(s) && name.size() > s.size())
            return name.chopped(s.size());
    }
    return name;
}

QList<UnitInfo> UnitDirectory::units(UnitLevel level, const Scope &scope,
                                     const QSet<QString> &active) const
{
    QList<UnitInfo> out;
    if (level == UnitLevel::Area) {
        const auto tier = areaTierFor(scope);
        if (!tier)
            return out;
        QSet<QString> seen;
        for (const Node &n : m_orgs) {
            if (n.info.level != UnitLevel::Center || !contains(scope, n))
                continue;
            if (n.info.withdrawn && !active.contains(n.info.code))
                continue;
            const QString area = areaOfCenter(n.info.code, *tier);
            if (area.isEmpty() || seen.contains(area))
                continue;
            seen.insert(area);
            UnitInfo info;
            info.level = UnitLevel::Area;
            info.code = area;
            info.name = areaName(area);
            if (*tier != AreaTier::Province)
                info.parentCode = areaCodeAtTier(area, AreaTier(int(*tier) - 1));
            out << info;
        }
    } else {
        const QHash<QString, Node> &nodes = level == UnitLevel::Staff ? m_staff : m_orgs;
        for (const Node &n : nodes) {
            if (n.info.level != level || !contains(scope, n))
                continue;
            if (n.info.withdrawn && !active.contains(n.info.code))
                continue;
            out << n.info;
        }
    }
    std::sort(out.begin(), out.end(), byCode);
    return out;
}

const UnitDirectory::Node *UnitDirectory::find(UnitLevel level, const QString &code) const
{
    const QHash<QString, Node> &nodes = level == UnitLevel::Staff ? m_staff : m_orgs;
    const auto it = nodes.constFind(code);
    if (it == nodes.constEnd() || it->info.level != level)
        return nullptr;
    return &*it;
}

QStringList UnitDirectory::centersIn(const Scope &scope) const
{
    QStringList out;
    for (const Node &n : m_orgs) {
        if (n.info.level == UnitLevel::Center && contains(scope, n))
            out << n.info.code;
    }
    return out;
}

QList<ScopeNode> UnitDirectory::tree() const
{
    // One node per area code that has a center, its centers as leaves, nested under the
    // closest enclosing area that has one too.
    QHash<QString, ScopeNode> areas;
    for (const Node &n : m_orgs) {
        if (n.info.level != UnitLevel::Center || n.info.withdrawn || n.areaCode.isEmpty())
            continue;
        ScopeNode &area = areas[n.areaCode];
        area.code = n.areaCode;
        area.name = areaName(n.areaCode);
        area.children << ScopeNode{n.info.code, n.info.name, true, {}};
    }
    auto parentOf = [&](const QString &code) -> QString {
        const auto tier = areaTierOfCode(code);
        for (int t = tier ? int(*tier) - 1 : -1; t >= 0; --t) {
            const QString up = areaCodeAtTier(code, AreaTier(t));
            if (up != code && areas.contains(up))
                return up;
        }
        return {};
    };
    QStringList codes = areas.keys();
    // Deepest first, so each area is complete before it is moved into its parent.
    std::sort(codes.begin(), codes.end(), [](const QString &a, const QString &b) {
        return areaPrefix(a).size() != areaPrefix(b).size()
                   ? areaPrefix(a).size() > areaPrefix(b).size()
                   : a < b;
    });
    QList<ScopeNode> roots;
    for (const QString &code : std::as_const(codes)) {
        ScopeNode node = areas.take(code);
        std::sort(node.children.begin(), node.children.end(),
                  [](const ScopeNode &a, const ScopeNode &b) {
                      return a.isCenter != b.isCenter ? a.isCenter : a.code < b.code;
                  });
        const QString parent = parentOf(code);
        if (parent.isEmpty())
            roots << node;
        else
            areas[parent].children << node;
    }
    std::sort(roots.begin(), roots.end(),
              [](const ScopeNode &a, const ScopeNode &b) { return a.code < b.code; });
    return roots;
}

QString UnitDirectory::nameOf(const Scope &scope) const
{
    switch (scope.kind) {
    case ScopeKind::Everything:
        return tr("everything in the cache");
    case ScopeKind::Division:
        return areaName(areaCodeAtTier(scope.code, *areaTierOfCode(scope.code)));
    case ScopeKind::Unknown:
        return scope.code;
    default:
        return m_orgs.value(scope.code).info.name;
    }
}

} // namespace pingjia
