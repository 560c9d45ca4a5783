// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrgCatalog.h"

#include "tools/platform-sim/Divisions.h"
#include "tools/platform-sim/NationalCodes.h"
#include "tools/platform-sim/Phrases.h"
#include "tools/platform-sim/Rng.h"

#include <QJsonValue>

#include <algorithm>
#include <cmath>

namespace pingjia {
namespace {

struct TreeSize {
    int cities, counties, townships, villages;
};

// Counts per tier grow with the scale, so that small runs stay small but every tier
// is always present.
TreeSize treeSizeFor(qint64 targetEvaluations)
{
    if (targetEvaluations <= 30000)
        return {3, 6, 8, 6};
    if (targetEvaluations <= 400000)
        return {14, 40, 60, 40};
    return {14, 88, 250, 150};
}

double tierVolume(const QString &level)
{
    if (level == QLatin1String("province"))
        return 3.0;
    if (level == QLatin1String("city"))
        return 2.0;
    if (level == QLatin1String("county"))
        return 1.5;
    if (level == QLatin1String("township"))
        return 0.4;
    return 0.12;
}

template <typename T> void shuffle(QList<T> &list, Rng &rng)
{
    for (qsizetype i = list.size() - 1; i > 0; --i)
        list.swapItemsAt(i, qsizetype(rng.between(0, i)));
}

QString villageStationName(const QString &name)
{
    static const std::pair<const char *, const char *> suffixes[] = {
        {"村民委员会", "村"}, {"居民委员会", ""}, {"村委会", "村"}, {"居委会", ""}, {"委员会", ""}};
    for (const auto &[suffix, keep] : suffixes) {
        const QString s = QString::fromUtf8(suffix);
        if (name.endsWith(s))
            return name.left(name.size() - s.size()) + QString::fromUtf8(keep) +
                   QStringLiteral("便民服务站");
    }
    return name + QStringLiteral("便民服务站");
}

QString centerName(const Division &d)
{
    if (d.level == QLatin1String("township"))
        return d.name + QStringLiteral("便民服务中心");
    if (d.level == QLatin1String("village"))
        return villageStationName(d.name);
    return d.name + QStringLiteral("政务服务中心");
}

QJsonValue nullable(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QString status(bool withdrawn)
{
    return withdrawn ? QStringLiteral("withdrawn") : QStringLiteral("normal");
}

} // namespace

OrgCatalog::OrgCatalog(quint64 seed, qint64 targetEvaluations, SimSeconds historyStart,
                       const Divisions &divisions)
    : m_divisions(divisions), m_seed(seed), m_historyStart(historyStart)
{
    Rng rng(seed, RngStream::Catalog, 0);
    const TreeSize size = treeSizeFor(targetEvaluations);
    const QString anchorCity = QStringLiteral("6208");
    const QString anchorCounty = QStringLiteral("620802");

    // Cities: always 平凉 (the API doc's examples and the only city with villages).
    QList<const Division *> cities = divisions.children(QStringLiteral("62"));
    shuffle(cities, rng);
    std::stable_partition(cities.begin(), cities.end(),
                          [&](const Division *d) { return d->code == anchorCity; });
    cities = cities.mid(0, size.cities);

    QList<const Division *> counties;
    for (const Division *c : cities)
        counties += divisions.children(c->code);
    shuffle(counties, rng);
    std::stable_partition(counties.begin(), counties.end(),
                          [&](const Division *d) { return d->code == anchorCounty; });
    counties = counties.mid(0, size.counties);

    QList<const Division *> townships;
    for (const Division *c : counties)
        townships += divisions.children(c->code);
    shuffle(townships, rng);
    // Prefer townships with villages, so village stations have a township above them.
    std::stable_partition(townships.begin(), townships.end(), [&](const Division *d) {
        return !divisions.children(d->code).isEmpty();
    });
    // 崆峒区's first street (with communities) is always present: tests and demos can
    // count on every tier under one county.
    const QString anchorTownship = QStringLiteral("620802001");
    std::stable_partition(townships.begin(), townships.end(),
                          [&](const Division *d) { return d->code == anchorTownship; });
    townships = townships.mid(0, size.townships);

    QList<const Division *> villages;
    for (const Division *t : townships)
        villages += divisions.children(t->code);
    shuffle(villages, rng);
    std::stable_partition(villages.begin(), villages.end(),
                          [&](const Division *d) { return d->parentCode == anchorTownship; });
    villages = villages.mid(0, size.villages);

    if (const Division *province = divisions.find(QStringLiteral("62")))
        addCenter(province->code, centerName(*province), province->level, seed);
    const auto sortByCode = [](const Division *a, const Division *b) { return a->code < b->code; };
    for (auto *tier : {&cities, &counties, &townships, &villages}) {
        std::sort(tier->begin(), tier->end(), sortByCode);
        for (const Division *d : *tier)
            addCenter(d->code, centerName(*d), d->level, seed);
    }
    for (int c = 0; c < m_centers.size(); ++c)
        addDepartments(c, seed);

    rebuildCumulative();

    for (int i = 0; i < m_centers.size(); ++i)
        m_orgRows.append({OrgRow::Kind::Center, i});
    for (int i = 0; i < m_departments.size(); ++i)
        m_orgRows.append({OrgRow::Kind::Department, i});
    for (int i = 0; i < m_windows.size(); ++i)
        m_orgRows.append({OrgRow::Kind::Window, i});
}

void OrgCatalog::addCenter(const QString &shortArea, const QString &name, const QString &level,
                           quint64 seed)
{
    Q_UNUSED(seed);
    Center c;
    c.shortArea = shortArea;
    c.areaCode = nationalAreaCode(shortArea);
    c.orgCode = QLatin1Char('C') + c.areaCode;
    c.name = name;
    c.level = level;
    // The nearest center above: centers are added top-down, so it already exists.
    for (int i = m_centers.size() - 1; i >= 0; --i) {
        if (shortArea.startsWith(m_centers.at(i).shortArea) &&
            m_centers.at(i).shortArea.size() < shortArea.size()) {
            c.parentCode = m_centers.at(i).orgCode;
            break;
        }
    }
    m_centers.append(c);
}

void OrgCatalog::addDepartments(int centerIndex, quint64 seed)
{
    Rng rng(seed, RngStream::Catalog, quint64(centerIndex) + 1000);
    const Center center = m_centers.at(centerIndex);
    const QString area6 = center.areaCode.left(6);
    const bool village = center.level == QLatin1String("village");
    const bool township = center.level == QLatin1String("township");
    const QList<DepartmentKind> &kinds = village    ? villageDepartmentKinds()
                                         : township ? townshipDepartmentKinds()
                                                    : countyDepartmentKinds();
    QList<int> kindOrder;
    for (int k = 0; k < kinds.size(); ++k)
        kindOrder.append(k);
    shuffle(kindOrder, rng);
    int count = 1;
    if (township)
        count = int(rng.between(3, kinds.size()));
    else if (!village)
        count = int(rng.between(center.level == QLatin1String("county") ? 6 : 8, kinds.size()));
    kindOrder = kindOrder.mid(0, count);
    std::sort(kindOrder.begin(), kindOrder.end());

    // The division's own name: 平凉市 for the city center 平凉市政务服务中心.
    QString areaName = center.name;
    for (const char *tail : {"政务服务中心", "便民服务中心", "便民服务站"}) {
        const QString t = QString::fromUtf8(tail);
        if (areaName.endsWith(t))
            areaName.chop(t.size());
    }

    for (const int k : kindOrder) {
        const DepartmentKind &kind = kinds.at(k);
        Department d;
        d.center = centerIndex;
        const quint64 serial = rng.next();
        d.creditCode = makeCreditCode(QString::fromLatin1(kind.creditKind), area6, serial);
        d.name = village ? m_divisions.find(center.shortArea)->name
                         : areaName + QString::fromUtf8(kind.suffix);
        d.volume = kind.volume * tierVolume(center.level) * (0.5 + rng.uniform());
        // Bad rates differ by department from 0.1 % to 3 %.
        d.badRate = 0.001 + 0.029 * rng.uniform();
        d.level3Rate = 0.02 + 0.06 * rng.uniform();
        d.level4Rate = 0.08 + 0.12 * rng.uniform();
        d.coverage = 0.20 + 0.75 * rng.uniform();
        // hall, pc, app, qr, sms, phone, self-service
        static constexpr double cityMix[kChannelKinds] = {0.55, 0.08, 0.14, 0.12, 0.06, 0.03, 0.02};
        static constexpr double localMix[kChannelKinds] = {0.35, 0.02, 0.15, 0.25, 0.15, 0.08, 0.0};
        const double *mix = (village || township) ? localMix : cityMix;
        double acc = 0;
        for (int c = 0; c < kChannelKinds; ++c) {
            acc += mix[c] * (0.7 + 0.6 * rng.uniform());
            d.channelCumulative[std::size_t(c)] = acc;
        }
        for (double &c : d.channelCumulative)
            c /= acc;

        const int deptIndex = int(m_departments.size());
        const int windowCount = village                                   ? 1
                                : township                                ? int(rng.between(1, 2))
                                : center.level == QLatin1String("county") ? int(rng.between(1, 4))
                                                                          : int(rng.between(2, 5));
        for (int w = 0; w < windowCount; ++w) {
            Window win;
            win.department = deptIndex;
            win.code = QStringLiteral("W%1-%2")
                           .arg(center.areaCode)
                           .arg(m_centers[centerIndex].nextWindowNo++, 3, 10, QLatin1Char('0'));
            win.updatedAt = m_historyStart;
            // A few windows were closed during the period (never the only one).
            if (w > 0 && rng.chance(0.04)) {
                win.withdrawn = true;
                win.updatedAt = m_historyStart + rng.between(86400, 200 * 86400);
            }
            const int windowIndex = int(m_windows.size());
            if (!win.withdrawn) {
                const int staffCount = int(rng.between(1, 3));
                for (int s = 0; s < staffCount; ++s) {
                    Staff st;
                    st.staffId = QStringLiteral("S%1-%2").arg(win.code.mid(1)).arg(s + 1);
                    st.name = personName(rng);
                    st.department = deptIndex;
                    st.window = windowIndex;
                    win.staff.append(int(m_staff.size()));
                    m_staff.append(st);
                }
                d.openWindows.append(windowIndex);
            }
            d.windows.append(windowIndex);
            m_windows.append(win);
        }
        if (!village) {
            Staff lead;
            lead.staffId =
                QStringLiteral("S%1-D%2").arg(center.areaCode).arg(k + 1, 2, 10, QLatin1Char('0'));
            lead.name = personName(rng);
            lead.department = deptIndex;
            m_staff.append(lead);
        }
        int itemNo = 1;
        for (const ServiceItemTemplate &t : kind.items) {
            ServiceItem item;
            item.taskType = QString::fromLatin1(t.taskType);
            item.taskCode = QStringLiteral("%1%2%3")
                                .arg(d.creditCode, item.taskType)
                                .arg(itemNo++, 3, 10, QLatin1Char('0'));
            item.taskName = QString::fromUtf8(t.name);
            item.department = deptIndex;
            item.updatedAt = m_historyStart;
            d.items.append(int(m_items.size()));
            m_items.append(item);
        }
        m_centers[centerIndex].departments.append(deptIndex);
        m_departments.append(d);
    }
}

void OrgCatalog::rebuildCumulative()
{
    m_departmentCumulative.clear();
    double total = 0;
    for (const Department &d : m_departments) {
        total += d.volume;
        m_departmentCumulative.append(total);
    }
    for (double &c : m_departmentCumulative)
        c /= total;
}

void OrgCatalog::plantCeiling(int index, double volumeFactor)
{
    Department &d = m_departments[index];
    d.volume *= volumeFactor;
    d.coverage = 0.06;
    d.badRate = 0;
    d.level3Rate = 0;
    d.level4Rate = 0.05;
    rebuildCumulative();
}

int OrgCatalog::departmentFor(double u) const
{
    const auto it =
        std::upper_bound(m_departmentCumulative.cbegin(), m_departmentCumulative.cend(), u);
    const auto i = qsizetype(it - m_departmentCumulative.cbegin());
    return int(std::min(i, m_departmentCumulative.size() - 1));
}

double OrgCatalog::meanEvaluationsPerCase(double secondRateGood, double secondRateBad) const
{
    double total = 0, weighted = 0;
    for (const Department &d : m_departments) {
        total += d.volume;
        const double second = d.badRate * secondRateBad + (1 - d.badRate) * secondRateGood;
        weighted += d.volume * d.coverage * (1 + second);
    }
    return total > 0 ? weighted / total : 0.5;
}

QString OrgCatalog::orgCode(const OrgRow &row) const
{
    switch (row.kind) {
    case OrgRow::Kind::Center:
        return m_centers.at(row.index).orgCode;
    case OrgRow::Kind::Department:
        return m_departments.at(row.index).creditCode;
    case OrgRow::Kind::Window:
        return m_windows.at(row.index).code;
    }
    return {};
}

SimSeconds OrgCatalog::orgUpdatedAt(const OrgRow &row) const
{
    return row.kind == OrgRow::Kind::Window ? m_windows.at(row.index).updatedAt : m_historyStart;
}

QJsonObject OrgCatalog::orgJson(const OrgRow &row) const
{
    QJsonObject o;
    switch (row.kind) {
    case OrgRow::Kind::Center: {
        const Center &c = m_centers.at(row.index);
        o = {{QStringLiteral("orgCode"), c.orgCode},
             {QStringLiteral("name"), c.name},
             {QStringLiteral("level"), c.level},
             {QStringLiteral("kind"), QStringLiteral("center")},
             {QStringLiteral("parentCode"), nullable(c.parentCode)},
             {QStringLiteral("areaCode"), c.areaCode},
             {QStringLiteral("creditCode"), QJsonValue()},
             {QStringLiteral("status"), status(false)}};
        break;
    }
    case OrgRow::Kind::Department: {
        const Department &d = m_departments.at(row.index);
        const Center &c = m_centers.at(d.center);
        o = {{QStringLiteral("orgCode"), d.creditCode},
             {QStringLiteral("name"), d.name},
             {QStringLiteral("level"), c.level},
             {QStringLiteral("kind"), QStringLiteral("department")},
             {QStringLiteral("parentCode"), c.orgCode},
             {QStringLiteral("areaCode"), c.areaCode},
             {QStringLiteral("creditCode"), d.creditCode},
             {QStringLiteral("status"), status(false)}};
        break;
    }
    case OrgRow::Kind::Window: {
        const Window &w = m_windows.at(row.index);
        const Department &d = m_departments.at(w.department);
        const Center &c = m_centers.at(d.center);
        const int no = w.code.mid(w.code.indexOf(QLatin1Char('-')) + 1).toInt();
        o = {{QStringLiteral("orgCode"), w.code},
             {QStringLiteral("name"), QStringLiteral("%1号窗口（%2）").arg(no).arg(d.name)},
             {QStringLiteral("level"), c.level},
             {QStringLiteral("kind"), QStringLiteral("window")},
             {QStringLiteral("parentCode"), d.creditCode},
             {QStringLiteral("areaCode"), c.areaCode},
             {QStringLiteral("creditCode"), QJsonValue()},
             {QStringLiteral("status"), status(w.withdrawn)}};
        break;
    }
    }
    o.insert(QStringLiteral("updatedAt"), formatSimTime(orgUpdatedAt(row)));
    return o;
}

QJsonObject OrgCatalog::staffJson(int index) const
{
    const Staff &s = m_staff.at(index);
    const QString mobile = staffMobile(index);
    const QString org =
        s.window >= 0 ? m_windows.at(s.window).code : m_departments.at(s.department).creditCode;
    return {{QStringLiteral("staffId"), s.staffId},
            {QStringLiteral("name"), s.name},
            {QStringLiteral("orgCode"), org},
            {QStringLiteral("mobile"), mobile.isEmpty() ? QJsonValue() : QJsonValue(mobile)},
            {QStringLiteral("status"), status(false)},
            {QStringLiteral("updatedAt"), formatSimTime(m_historyStart)}};
}

QString OrgCatalog::staffMobile(int index) const
{
    Rng rng(m_seed, RngStream::StaffPhone, quint64(index));
    return rng.chance(0.9) ? makeMobileNumber(rng) : QString();
}

QJsonObject OrgCatalog::itemJson(int index) const
{
    const ServiceItem &i = m_items.at(index);
    return {{QStringLiteral("taskCode"), i.taskCode},
            {QStringLiteral("taskName"), i.taskName},
            {QStringLiteral("taskType"), i.taskType},
            {QStringLiteral("deptCode"), m_departments.at(i.department).creditCode},
            {QStringLiteral("status"), status(i.withdrawn)},
            {QStringLiteral("updatedAt"), formatSimTime(i.updatedAt)}};
}

} // namespace pingjia
