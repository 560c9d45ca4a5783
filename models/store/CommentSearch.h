// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Full-text search over evaluation comments (writingEvaluation) for the work queue.
// Chinese has no spaces and users search for two-character words (排队, 态度), which
// SQLite 3.40's trigram tokenizer cannot find. So the index holds character bigrams:
// every comment is indexed as "排队 队两 两个 个小 小时 …" (letters and digits only,
// lower-cased, pairs never span punctuation) in the FTS5 table comment_fts, kept in step
// by triggers on evaluations that call the SQL function pingjia_bigrams(). A term is
// searched as the phrase of its own bigrams, which matches exactly the comments that
// contain it. One-character terms fall back to instr() over the text (a scan).

#include "models/store/StoreResult.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

struct sqlite3;

namespace pingjia {

class CacheDatabase;

// "排队两个" → "排队 队两 两个"; a text without a two-character run → "".
QString commentBigrams(const QString &text);

// Adds pingjia_bigrams(text) to a connection (every store connection has it).
void registerCommentSearchFunctions(sqlite3 *handle);

class CommentSearch {
    Q_DECLARE_TR_FUNCTIONS(CommentSearch)
public:
    // A WHERE fragment over the evaluations table (under `alias`) and its bind values,
    // to combine with the queue's other filters. nullopt for a blank term (no filter).
    struct Condition {
        QString sql;
        QVariantList binds;
    };
    static std::optional<Condition> condition(const QString &term,
                                              const QString &alias = QStringLiteral("evaluations"));
    // The comment_fts MATCH expression when it alone answers `term` (one run of two or
    // more characters: condition() is then "<alias>.id IN (SELECT rowid FROM comment_fts
    // WHERE comment_fts MATCH <this>)"); nullopt when the text must be read too.
    static std::optional<QString> matchExpression(const QString &term);

    explicit CommentSearch(CacheDatabase &cache);

    // evalIds whose comment contains `term`, newest assessment first.
    QStringList findEvalIds(const QString &term, int limit = 1000, StoreResult *error = nullptr);
    qint64 count(const QString &term, StoreResult *error = nullptr);

private:
    CacheDatabase &m_cache;
};

} // namespace pingjia
