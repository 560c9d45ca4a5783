// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The archive of issued bulletins (通报存档), in the local-work file: what was issued
// (文号, month, scope, version, format), which file and its SHA-256, who issued it and
// when. It proposes the next 文号 and tells whether a month was issued before. Rows are
// never changed or deleted: issuing a month again adds a row.

#include "models/store/BulletinArchiveNumber.h"
#include "models/store/StoreResult.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace pingjia {

class LocalWorkDatabase;

struct BulletinArchiveEntry {
    qint64 id = 0;
    QString number;  // as printed, "〔2026〕12号"
    QString month;   // "yyyy-MM"
    QString scope;   // center code, empty for the whole cache
    QString version; // "internal" | "public"
    QString format;  // "pdf" | "odt" | "xlsx" | "csv"
    QString filePath;
    QString sha256; // hex of the file as written
    QString issuedBy;
    QDateTime issuedAt;
};

class BulletinArchive {
    Q_DECLARE_TR_FUNCTIONS(BulletinArchive)
public:
    explicit BulletinArchive(LocalWorkDatabase &db);

    // Records an issued bulletin; `entry.id` and an empty issuedAt are filled in
    // (issuedAt = Clock::now()). A number that does not parse is refused.
    StoreResult record(BulletinArchiveEntry &entry);

    // Newest first.
    QList<BulletinArchiveEntry> entries(StoreResult *error = nullptr);
    // Earlier issues of this month and scope (any version), newest first.
    QList<BulletinArchiveEntry> issuesOf(const QString &month, const QString &scope,
                                         StoreResult *error = nullptr);
    // The 文号 to propose for a bulletin issued in `year`: after the highest number of
    // that year (or, in a new year, the prefix of the last one with sequence 1).
    BulletinNumber proposeNumber(int year, StoreResult *error = nullptr);
    // Whether this number was already given to another bulletin.
    bool numberUsed(const QString &number, StoreResult *error = nullptr);

    // SHA-256 (hex) of a file's bytes; empty with `error` when it cannot be read.
    static QString fileSha256(const QString &path, QString *error = nullptr);

private:
    LocalWorkDatabase &m_db;
};

} // namespace pingjia
