// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QBitArray>
#include <QString>
#include <QStringList>

namespace pingjia {

class OrgCatalog;

// What one user may see (PLATFORM_API.md "Codes and scope"): a list of org codes and/or
// division codes in either form; a division grants every org inside that area, 62 all.
// An org grants itself and everything under it (a center its departments and windows).
class Scope {
public:
    Scope() = default;
    static Scope build(const QStringList &entries, const OrgCatalog &catalog,
                       QStringList *unknown = nullptr);

    bool all() const { return m_all; }
    bool center(int c) const { return m_all || m_centers.testBit(c); }
    bool department(int d) const { return m_all || m_departments.testBit(d); }
    bool window(int w) const { return m_all || m_windows.testBit(w); }
    // Records of a case or evaluation served at window w of department d.
    bool served(int d, int w) const
    {
        return m_all || m_departments.testBit(d) || m_windows.testBit(w);
    }
    // A department some of whose windows are in scope (its items and head are visible).
    bool touchesDepartment(int d) const
    {
        return m_all || m_departments.testBit(d) || m_partialDepartments.testBit(d);
    }

private:
    bool m_all = false;
    QBitArray m_centers;
    QBitArray m_departments;
    QBitArray m_partialDepartments;
    QBitArray m_windows;
};

} // namespace pingjia
