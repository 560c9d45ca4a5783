// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A hand-built cache for the review-integrity tests, written through CacheWriter with a
// real cipher. What each row should trigger is worked out by hand in the comments:
// - E1: S1's phone (staff of C1) on a C1 evaluation, two hours before P1 finished:
//   staffEvaluator and evaluatedBeforeFinish;
// - E2: S2's phone, but S2 works for C2: nothing (P2 finished before);
// - E3: S2's phone spelled otherwise on a C2 evaluation: staffEvaluator (P3 is open);
// - E4 withdrawn and E5 in October: outside September's check.

#include "models/secrets/PersonalDataCipher.h"
#include "models/store/CacheDatabase.h"
#include "models/store/CacheWriter.h"

#include <QDateTime>

namespace pingjia::integritytest {

inline QDateTime at(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), u"yyyy-MM-dd HH:mm:ss");
}

inline OrgUnit org(const char *code, const char *kind, const char *parent)
{
    OrgUnit o;
    o.orgCode = QString::fromLatin1(code);
    o.name = o.orgCode;
    o.level = QStringLiteral("county");
    o.kind = QString::fromLatin1(kind);
    o.parentCode = QString::fromLatin1(parent);
    o.areaCode = QStringLiteral("620802");
    o.updatedAt = at("2026-01-01 00:00:00");
    return o;
}

inline StaffMember staff(const char *id, const char *orgCode, const char *mobile)
{
    StaffMember s;
    s.staffId = QString::fromLatin1(id);
    s.name = QStringLiteral("王五");
    s.orgCode = QString::fromLatin1(orgCode);
    s.mobile = QString::fromLatin1(mobile);
    s.updatedAt = at("2026-01-01 00:00:00");
    return s;
}

inline ServiceCase serviceCase(const char *project, const char *center, const char *dept,
                               const char *finish)
{
    ServiceCase c;
    c.projectNo = QString::fromLatin1(project);
    c.centerCode = QString::fromLatin1(center);
    c.deptCode = QString::fromLatin1(dept);
    c.acceptDate = at("2026-09-01 08:00:00");
    c.finishDate = finish ? at(finish) : QDateTime();
    c.proStatus = finish ? 3 : 2;
    c.updatedAt = at("2026-09-05 12:00:00");
    return c;
}

inline Evaluation evaluation(const char *id, const char *project, const char *center,
                             const char *dept, const char *window, const char *time,
                             const char *mobile)
{
    Evaluation e;
    e.evalId = QString::fromLatin1(id);
    e.projectNo = QString::fromLatin1(project);
    e.centerCode = QString::fromLatin1(center);
    e.deptCode = QString::fromLatin1(dept);
    e.windowCode = QString::fromLatin1(window);
    e.rawSatisfaction = QStringLiteral("1");
    e.level = 5;
    e.assessTime = at(time);
    e.updatedAt = e.assessTime;
    e.userName = QStringLiteral("张三");
    e.mobile = QString::fromLatin1(mobile);
    e.certNo = QStringLiteral("620802199001011234");
    return e;
}

// A closed bad review whose follow-up visit reached `phone` (stored as its keyed hash).
inline HandlingRecord closed(const char *evalId, const char *phone,
                             const char *stamp = "2026-09-20 10:00:00")
{
    HandlingRecord r;
    r.evalId = QString::fromLatin1(evalId);
    r.state = HandlingState::Closed;
    r.verifyResult = VerifyResult::Confirmed;
    r.followUp = FollowUp{5,
                          QStringLiteral("phone"),
                          QStringLiteral("满意"),
                          QStringLiteral("zhang"),
                          at("2026-09-20 10:00:00"),
                          QString::fromLatin1(phone)};
    r.version = 5;
    r.updatedAt = at(stamp);
    return r;
}

inline bool seedCache(CacheDatabase &cache, PersonalDataCipher &cipher)
{
    CacheWriter w(cache, &cipher);
    bool ok = true;
    // C1 ⊃ D1 ⊃ W1; C2 ⊃ D2 ⊃ W2.
    ok = ok && (w.upsertOrgs({org("C1", "center", ""), org("D1", "department", "C1"),
                              org("W1", "window", "D1"), org("C2", "center", ""),
                              org("D2", "department", "C2"), org("W2", "window", "D2")})
                    .ok());
    ok = ok && (w.upsertStaff({staff("S1", "W1", "13800000001"),       // window staff of C1
                               staff("S2", "D2", "+86 138 0000 0002"), // department staff of C2
                               staff("S3", "W1", "")})                 // no mobile
                    .ok());
    ok = ok && (w.upsertCases({serviceCase("P1", "C1", "D1", "2026-09-05 12:00:00"),
                               serviceCase("P2", "C1", "D1", "2026-09-05 08:00:00"),
                               serviceCase("P3", "C2", "D2", nullptr)})
                    .ok());
    Evaluation withdrawn =
        evaluation("E4", "P1", "C1", "D1", "W1", "2026-09-05 10:00:00", "13800000001");
    withdrawn.withdrawn = true;
    ok = ok &&
         (w.upsertEvaluations(
               {// S1's phone, C1, two hours before P1 finished: both rules.
                evaluation("E1", "P1", "C1", "D1", "W1", "2026-09-05 10:00:00", "13800000001"),
                // S2's phone, but S2 works for C2: neither rule (P2 finished at 08:00).
                evaluation("E2", "P2", "C1", "D1", "W1", "2026-09-05 09:00:00", "13800000002"),
                // S2's phone spelled otherwise, C2: staff evaluator; P3 open: not early.
                evaluation("E3", "P3", "C2", "D2", "W2", "2026-09-05 09:00:00", "138-0000-0002"),
                withdrawn,
                // October: outside the month.
                evaluation("E5", "P1", "C1", "D1", "W1", "2026-10-01 10:00:00", "13800000001")})
              .ok());
    return ok;
}

} // namespace pingjia::integritytest
