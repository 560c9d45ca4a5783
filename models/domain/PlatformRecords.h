// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Records of the provincial platform (docs/PLATFORM_API.md), already normalized by the
// client: platform codes mapped, "status" turned into `withdrawn`, times parsed at UTC+8.
// Plain values shared by the sync engine, the store and the simulator.

#include <QDateTime>
#include <QString>

namespace pingjia {

// GET /api/v1/orgs: centers, resident departments and windows.
struct OrgUnit {
    QString orgCode; // C620802, an 18-character credit code, or W620802-007
    QString name;
    QString level;      // province|city|county|township|village
    QString kind;       // center|department|window
    QString parentCode; // a department's center, a window's department
    QString areaCode;
    QString creditCode; // empty when the platform sent null
    bool withdrawn = false;
    QDateTime updatedAt;

    bool operator==(const OrgUnit &) const = default;
};

// GET /api/v1/staff: window workers.
struct StaffMember {
    QString staffId;
    QString name;
    QString orgCode; // a window or a department
    bool withdrawn = false;
    QDateTime updatedAt;
    // Optional (issue 14); personal data: encrypted, masked and hashed in the cache, never
    // read back into this struct by the store.
    QString mobile = {};

    bool operator==(const StaffMember &) const = default;
};

// GET /api/v1/items: service items (事项).
struct ServiceItem {
    QString taskCode;
    QString taskName;
    QString taskType; // GB/T 39046 A.1 two-digit code
    QString deptCode;
    bool withdrawn = false;
    QDateTime updatedAt;

    bool operator==(const ServiceItem &) const = default;
};

// GET /api/v1/cases: served cases (办件), for coverage and the 7-day default.
struct ServiceCase {
    QString projectNo;
    QString taskCode;
    QString deptCode;
    QString centerCode;
    QString windowCode;
    QString staffId;
    QDateTime acceptDate;
    QDateTime finishDate; // invalid while not finished
    int proStatus = 0;    // 1 待办理, 2 办理中, 3 已完结
    bool withdrawn = false;
    QDateTime updatedAt;

    bool operator==(const ServiceCase &) const = default;
};

// GET /api/v1/evaluations. userName, mobile and certNo are the evaluator's personal
// data: plaintext only in memory; the store encrypts them and keeps masked copies.
struct Evaluation {
    QString evalId;
    QString projectNo;
    QString taskCode;
    QString deptCode;
    QString centerCode;
    QString windowCode;
    QString staffId;
    QString areaCode;
    QString channelCode;     // the platform's raw `pf`
    QString rawSatisfaction; // the platform's raw `satisfaction` code
    int level = 0;           // normalized: 5 非常满意 … 1 非常不满意
    QString evalDetail;
    QString text; // writingEvaluation
    QDateTime assessTime;
    int assessNumber = 1;
    int userProp = 0;
    bool anonymous = false;
    bool withdrawn = false;
    QDateTime updatedAt;

    QString userName;
    QString mobile;
    QString certNo; // certkeyGOV

    bool operator==(const Evaluation &) const = default;
};

} // namespace pingjia
