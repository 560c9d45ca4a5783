// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/CommentSearch.h"

#include "models/store/CacheDatabase.h"

#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace pingjia {

namespace {

// Runs of letters and digits, lower-cased, as code points.
QList<QList<char32_t>> wordRuns(const QString &text)
{
    QList<QList<char32_t>> runs;
    QList<char32_t> current;
    for (char32_t c : text.toUcs4()) {
        if (QChar::isLetterOrNumber(c)) {
            current.append(QChar::toLower(c));
        } else if (!current.isEmpty()) {
            runs.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        runs.append(current);
    return runs;
}

QString bigramsOfRun(const QList<char32_t> &run)
{
    QString out;
    for (qsizetype i = 0; i + 1 < run.size(); ++i) {
        if (!out.isEmpty())
            out.append(QLatin1Char(' '));
        out.append(QString::fromUcs4(&run[i], 2));
    }
    return out;
}

void bigramsFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const int bytes = sqlite3_value_bytes(argv[0]);
    const QByteArray out = commentBigrams(QString::fromUtf8(text, bytes)).toUtf8();
    sqlite3_result_text(context, out.constData(), int(out.size()), SQLITE_TRANSIENT);
}

} // namespace

QString commentBigrams(const QString &text)
{
    QString out;
    for (const QList<char32_t> &run : wordRuns(text)) {
        const QString b = bigramsOfRun(run);
        if (b.isEmpty())
            continue;
        if (!out.isEmpty())
            out.append(QLatin1Char(' '));
        out.append(b);
    }
    return out;
}

void registerCommentSearchFunctions(sqlite3 *handle)
{
    sqlite3_create_function_v2(handle, "pingjia_bigrams", 1,
                               SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                               &bigramsFunction, nullptr, nullptr, nullptr);
}

std::optional<CommentSearch::Condition> CommentSearch::condition(const QString &term,
                                                                 const QString &alias)
{
    const QString trimmed = term.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    const QList<QList<char32_t>> runs = wordRuns(trimmed);
    bool indexable = !runs.isEmpty();
    QStringList phrases;
    for (const QList<char32_t> &run : runs) {
        if (run.size() < 2)
            indexable = false;
        phrases << QLatin1Char('"') + bigramsOfRun(run) + QLatin1Char('"');
    }
    const QString textColumn = alias + QStringLiteral(".text");
    if (!indexable)
        return Condition{QStringLiteral("instr(%1, ?) > 0").arg(textColumn), {trimmed}};
    Condition c{QStringLiteral("%1.id IN (SELECT rowid FROM comment_fts WHERE comment_fts MATCH ?)")
                    .arg(alias),
                {phrases.join(QStringLiteral(" AND "))}};
    if (runs.size() > 1) {
        // Several runs ("两个小时，没人"): the phrases match each part; the exact text
        // with its punctuation is checked on the few rows they leave.
        c.sql += QStringLiteral(" AND instr(%1, ?) > 0").arg(textColumn);
        c.binds << trimmed;
    }
    return c;
}

std::optional<QString> CommentSearch::matchExpression(const QString &term)
{
    const auto c = condition(term, QStringLiteral("e"));
    // One run, indexable: exactly the FTS form, with the MATCH expression as its one bind.
    if (!c || c->binds.size() != 1 || !c->sql.startsWith(QLatin1String("e.id IN (")))
        return std::nullopt;
    return c->binds.first().toString();
}

CommentSearch::CommentSearch(CacheDatabase &cache) : m_cache(cache)
{
}

QStringList CommentSearch::findEvalIds(const QString &term, int limit, StoreResult *error)
{
    const auto c = condition(term);
    if (error)
        *error = {};
    if (!c)
        return {};
    Connection &conn = m_cache.connection();
    QSqlQuery q(conn.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT eval_id FROM evaluations WHERE %1 "
                             "ORDER BY assess_time DESC, eval_id LIMIT ?")
                  .arg(c->sql));
    for (const QVariant &v : c->binds)
        q.addBindValue(v);
    q.addBindValue(limit);
    QStringList ids;
    if (!q.exec()) {
        if (error)
            *error = conn.failure(q.lastError(), QStringLiteral("comment search"));
        return ids;
    }
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

qint64 CommentSearch::count(const QString &term, StoreResult *error)
{
    const auto c = condition(term);
    if (error)
        *error = {};
    if (!c)
        return 0;
    Connection &conn = m_cache.connection();
    QSqlQuery q(conn.database());
    q.prepare(QStringLiteral("SELECT count(*) FROM evaluations WHERE %1").arg(c->sql));
    for (const QVariant &v : c->binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = conn.failure(q.lastError(), QStringLiteral("comment search"));
        return 0;
    }
    return q.value(0).toLongLong();
}

} // namespace pingjia
