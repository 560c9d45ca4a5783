// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "models/domain/Channel.h"
#include "tools/platform-sim/SimTime.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <array>

namespace pingjia {

class Divisions;

// Channels the generator draws from, in ChannelKind order up to SelfService.
inline constexpr int kChannelKinds = 7;

struct Center {
    QString shortArea; // 6208
    QString areaCode;  // 620800
    QString orgCode;   // C620800
    QString name;
    QString level;
    QString parentCode; // the nearest center above, or empty
    QList<int> departments;
    int nextWindowNo = 1;
};

struct Department {
    int center = -1;
    QString creditCode;
    QString name;
    QList<int> windows;     // open windows first
    QList<int> openWindows; // the ones cases are served at
    QList<int> items;
    double volume = 1;     // relative share of cases
    double badRate = 0.01; // share of levels 1–2
    double level3Rate = 0.05;
    double level4Rate = 0.12;
    double coverage = 0.6;
    std::array<double, kChannelKinds> channelCumulative{};
};

struct Window {
    int department = -1;
    QString code; // W620802-007
    QList<int> staff;
    bool withdrawn = false;
    SimSeconds updatedAt = 0;
};

struct Staff {
    QString staffId;
    QString name;
    int department = -1;
    int window = -1; // -1: works for the department (back office)
};

struct ServiceItem {
    QString taskCode;
    QString taskName;
    QString taskType;
    int department = -1;
    bool withdrawn = false;
    SimSeconds updatedAt = 0;
};

// One row of GET /api/v1/orgs.
struct OrgRow {
    enum class Kind { Center, Department, Window } kind;
    int index; // into centers(), departments() or windows()
};

// The reference data of the simulated province: centers at every tier, resident
// departments, windows, staff and service items. Small enough to keep whole; built
// once per seed and scale.
class OrgCatalog {
public:
    OrgCatalog(quint64 seed, qint64 targetEvaluations, SimSeconds historyStart,
               const Divisions &divisions);

    const QList<Center> &centers() const { return m_centers; }
    const QList<Department> &departments() const { return m_departments; }
    const QList<Window> &windows() const { return m_windows; }
    const QList<Staff> &staff() const { return m_staff; }
    const QList<ServiceItem> &items() const { return m_items; }
    const QList<OrgRow> &orgRows() const { return m_orgRows; }

    // Weighted choice of the department of a case, from u in [0, 1).
    int departmentFor(double u) const;
    // Expected evaluations per case over all departments (sizes the case count).
    double meanEvaluationsPerCase(double secondRateGood, double secondRateBad) const;

    SimSeconds historyStart() const { return m_historyStart; }

    // --plant-integrity (IntegrityPlant): makes department `index` collect only good
    // reviews from few of its cases, `volumeFactor` times as busy as drawn.
    void plantCeiling(int index, double volumeFactor);

    QJsonObject orgJson(const OrgRow &row) const;
    SimSeconds orgUpdatedAt(const OrgRow &row) const;
    QString orgCode(const OrgRow &row) const;
    QJsonObject staffJson(int index) const;
    // The staff member's mobile (PLATFORM_API.md: optional), "" for the ~10 % without
    // one. Drawn from its own stream, so adding it changed no other record.
    QString staffMobile(int index) const;
    QJsonObject itemJson(int index) const;

private:
    void addCenter(const QString &shortArea, const QString &name, const QString &level,
                   quint64 seed);
    void addDepartments(int center, quint64 seed);
    void rebuildCumulative();

    const Divisions &m_divisions;
    quint64 m_seed;
    SimSeconds m_historyStart;
    QList<Center> m_centers;
    QList<Department> m_departments;
    QList<Window> m_windows;
    QList<Staff> m_staff;
    QList<ServiceItem> m_items;
    QList<OrgRow> m_orgRows; // centers, then departments, then windows
    QList<double> m_departmentCumulative;
};

} // namespace pingjia
