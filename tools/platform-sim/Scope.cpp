// SPDX-License-Identifier: GPL-3.0-or-later
#include "Scope.h"

#include "tools/platform-sim/Divisions.h"
#include "tools/platform-sim/OrgCatalog.h"

namespace pingjia {
namespace {

bool allDigits(const QString &s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

} // namespace

Scope Scope::build(const QStringList &entries, const OrgCatalog &catalog, QStringList *unknown)
{
    Scope s;
    s.m_centers.resize(catalog.centers().size());
    s.m_departments.resize(catalog.departments().size());
    s.m_partialDepartments.resize(catalog.departments().size());
    s.m_windows.resize(catalog.windows().size());
    const auto grantCenter = [&](int c) {
        s.m_centers.setBit(c);
        for (const int d : catalog.centers().at(c).departments) {
            s.m_departments.setBit(d);
            for (const int w : catalog.departments().at(d).windows)
                s.m_windows.setBit(w);
        }
    };
    for (const QString &raw : entries) {
        const QString entry = raw.trimmed();
        bool matched = false;
        if (allDigits(entry)) {
            const QString prefix = shortAreaCode(entry);
            if (prefix == QLatin1String("62")) {
                s.m_all = true;
                matched = true;
            }
            for (int c = 0; c < catalog.centers().size(); ++c) {
                if (catalog.centers().at(c).shortArea.startsWith(prefix)) {
                    grantCenter(c);
                    matched = true;
                }
            }
        } else if (entry.startsWith(QLatin1Char('C'))) {
            for (int c = 0; c < catalog.centers().size(); ++c) {
                if (catalog.centers().at(c).orgCode == entry) {
                    grantCenter(c);
                    matched = true;
                }
            }
        } else if (entry.startsWith(QLatin1Char('W'))) {
            for (int w = 0; w < catalog.windows().size(); ++w) {
                if (catalog.windows().at(w).code == entry) {
                    s.m_windows.setBit(w);
                    s.m_partialDepartments.setBit(catalog.windows().at(w).department);
                    matched = true;
                }
            }
        } else {
            for (int d = 0; d < catalog.departments().size(); ++d) {
                if (catalog.departments().at(d).creditCode == entry) {
                    s.m_departments.setBit(d);
                    for (const int w : catalog.departments().at(d).windows)
                        s.m_windows.setBit(w);
                    matched = true;
                }
            }
        }
        if (!matched && unknown)
            unknown->append(entry);
    }
    return s;
}

} // namespace pingjia
