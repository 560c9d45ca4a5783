// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A content checksum per list, computable from the store (CacheReader::summary) and
// from the platform's records (e.g. the simulator's /sim/dump parsed into the same
// structs), so a sync test can tell whether the cache holds exactly the platform's data.
//
// Definition: records sorted by id (UTF-8 byte order = SQLite's BINARY collation); one
// line per record, fields in the order listed in ContentChecksum.cpp, joined by U+001F,
// each line ended by "\n"; SHA-256 over the UTF-8 of all lines, as lower-case hex.
// Times as "yyyy-MM-dd HH:mm:ss" (UTC+8), empty when missing; booleans 0/1; numbers in
// decimal. Evaluations include the evaluator's data only as masked (PersonalDataMask
// name and mobile); a bad review is its id and HandlingRecord::toJson() in compact form.
// An empty list hashes to SHA-256 of nothing.

#include "models/domain/HandlingRecord.h"
#include "models/domain/PlatformRecords.h"

#include <QCryptographicHash>
#include <QList>
#include <QString>

#include <algorithm>

namespace pingjia {

class ContentChecksum {
public:
    ContentChecksum();

    // Add records in id order.
    void add(const OrgUnit &r);
    void add(const StaffMember &r);
    void add(const ServiceItem &r);
    void add(const ServiceCase &r);
    void add(const Evaluation &r);
    void add(const HandlingRecord &r);
    // The store's form of an evaluation: personal data only as its stored masks.
    void addMasked(const Evaluation &r, const QString &nameMasked, const QString &mobileMasked);

    qint64 count() const { return m_count; }
    QString hex() const;

    // The checksum of a list in any order.
    template <typename Record> static QString of(QList<Record> records)
    {
        std::sort(records.begin(), records.end(), [](const Record &a, const Record &b) {
            return idOf(a).toUtf8() < idOf(b).toUtf8();
        });
        ContentChecksum sum;
        for (const Record &r : records)
            sum.add(r);
        return sum.hex();
    }

    static QString idOf(const OrgUnit &r) { return r.orgCode; }
    static QString idOf(const StaffMember &r) { return r.staffId; }
    static QString idOf(const ServiceItem &r) { return r.taskCode; }
    static QString idOf(const ServiceCase &r) { return r.projectNo; }
    static QString idOf(const Evaluation &r) { return r.evalId; }
    static QString idOf(const HandlingRecord &r) { return r.evalId; }

private:
    void addLine(const QStringList &fields);

    QCryptographicHash m_hash;
    qint64 m_count = 0;
};

} // namespace pingjia
