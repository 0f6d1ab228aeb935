#include "store/BulkLoad.h"

#include "records/Records.h"

#include "store/SqliteStatement.h"
#include "store/Store.h"
#include "store/StoreAccess.h"

#include <algorithm>

namespace Spyline {

namespace {

Status execute(Store& store, const QString& sql)
{
    return runScript(connectionOf(store), sql);
}

Result<qint64> lastId(Store& store, const QString& table)
{
    SqliteStatement query;
    if (Status s = query.prepare(connectionOf(store),
                                 QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(table).toUtf8().constData());
        !s) {
        return fail(s.error());
    }
    if (!query.step())
        return fail(query.error());
    return query.columnInt(0);
}

// Indexes that imports and the generator look records up by while they write; the others wait.
constexpr const char* lookupIndexes[] = {"actors_by_name"};

// The triggers that write derived data for each new row.
constexpr const char* deferredTriggers[] = {"cases_fts_insert", "actors_fts_insert", "events_fts_insert",
                                            "sources_fts_insert", "events_span_insert"};

} // namespace

Status BulkLoad::run(Store& store, const Load& load)
{
    return store.transact([&]() -> Status {
        BulkLoad bulk(store);
        if (Status s = bulk.begin(); !s)
            return s;
        if (Status s = load(bulk.m_startedEmpty); !s)
            return s;
        if (Status s = bulk.finish(); !s)
            return s;
        store.noteChange(Change::Everything);
        return {};
    });
}

BulkLoad::BulkLoad(Store& store)
    : m_store(store)
    , m_indexed {{QStringLiteral("cases"), QStringLiteral("title, summary, sector")},
                 {QStringLiteral("actors"), QStringLiteral("name, native_name, aliases, notes")},
                 {QStringLiteral("events"), QStringLiteral("title, description, city, venue_context")},
                 {QStringLiteral("sources"), QStringLiteral("title, publisher, url")}}
{
}

Status BulkLoad::begin()
{
    if (!m_store.inTransaction())
        return fail(QStringLiteral("a bulk load runs inside a transaction"));
    for (Indexed& indexed : m_indexed) {
        auto last = lastId(m_store, indexed.table);
        if (!last)
            return last.status();
        indexed.lastId = *last;
    }
    auto lastEvent = lastId(m_store, QStringLiteral("events"));
    if (!lastEvent)
        return lastEvent.status();
    m_lastEvent = *lastEvent;
    // New rows are told from old ones by their ids coming after the last one; past the ids
    // Spyline hands out, SQLite picks free ids at random, so the rows keep their triggers.
    const auto beyond = [](const Indexed& indexed) { return indexed.lastId > MaxRecordId; };
    if (m_lastEvent > MaxRecordId || std::any_of(m_indexed.cbegin(), m_indexed.cend(), beyond))
        return {};
    SqliteStatement sql;
    if (Status s =
            sql.prepare(connectionOf(m_store), "SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?");
        !s)
        return s;
    for (const char* name : deferredTriggers) {
        sql.bind(1, QString::fromLatin1(name));
        if (!sql.step())
            return fail(QStringLiteral("the trigger %1 is missing").arg(QLatin1StringView(name)));
        m_triggers.append({QString::fromLatin1(name), sql.columnText(0)});
        sql.reset();
        if (Status s = execute(m_store, QStringLiteral("DROP TRIGGER %1").arg(QLatin1StringView(name))); !s)
            return s;
    }
    // Into an empty collection, the secondary indexes are built once at the end, sorted, instead
    // of being kept in order row by row.
    auto empty = isEmpty();
    if (!empty)
        return empty.status();
    m_startedEmpty = *empty;
    if (m_startedEmpty) {
        if (Status s = dropSecondaryIndexes(); !s)
            return s;
    }
    // References are checked once, at commit, instead of through a statement journal for every row.
    if (Status s = execute(m_store, QStringLiteral("PRAGMA defer_foreign_keys = ON")); !s)
        return s;
    m_active = true;
    return {};
}

Result<bool> BulkLoad::isEmpty() const
{
    for (const char* table : {"cases", "actors", "events", "sources"}) {
        auto last = lastId(m_store, QLatin1StringView(table));
        if (!last)
            return fail(last.error());
        if (*last != 0)
            return false;
    }
    return true;
}

Status BulkLoad::dropSecondaryIndexes()
{
    SqliteStatement indexes;
    if (Status s = indexes.prepare(connectionOf(m_store),
                                   "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL "
                                   "ORDER BY name");
        !s) {
        return s;
    }
    while (indexes.step()) {
        const QString name = indexes.columnText(0);
        if (std::find_if(std::begin(lookupIndexes), std::end(lookupIndexes),
                         [&](const char* kept) { return name == QLatin1StringView(kept); })
            == std::end(lookupIndexes)) {
            m_indexes.append({name, indexes.columnText(1)});
        }
    }
    if (indexes.failed())
        return fail(indexes.error());
    for (const SchemaObject& index : std::as_const(m_indexes)) {
        if (Status s = execute(m_store, QStringLiteral("DROP INDEX %1").arg(index.name)); !s)
            return s;
    }
    return {};
}

Status BulkLoad::finish()
{
    if (!m_active)
        return {};
    m_active = false;
    for (const SchemaObject& index : std::as_const(m_indexes)) {
        if (Status s = execute(m_store, index.sql); !s)
            return s;
    }
    for (const Indexed& indexed : std::as_const(m_indexed)) {
        const QString index = QStringLiteral("INSERT INTO %1_fts (rowid, %2) SELECT id, %2 FROM %1 WHERE id > %3")
                                  .arg(indexed.table, indexed.columns)
                                  .arg(indexed.lastId);
        if (Status s = execute(m_store, index); !s)
            return s;
    }
    // One pass over the events of the cases that gained events, grouped along the case index.
    // As the span triggers do: the first announcement by (date_from, date_to), packed into one number.
    const QString spans = QStringLiteral(
        "UPDATE cases SET (first_day, last_day, disclosed_day, disclosed_to) = "
        "(span.first, span.last, span.disclosed / 4294967296, span.disclosed % 4294967296) "
        "FROM (SELECT case_id, min(date_from) AS first, max(coalesce(end_to, date_to)) AS last, "
        "min(CASE WHEN kind = 'announcement' THEN date_from * 4294967296 + date_to END) AS disclosed FROM events "
        "WHERE case_id IN (SELECT case_id FROM events WHERE id > %1) GROUP BY case_id) AS span "
        "WHERE cases.id = span.case_id");
    if (Status s = execute(m_store, spans.arg(m_lastEvent)); !s)
        return s;
    // The same text as before, so the schema stays exactly Spyline's own.
    for (const SchemaObject& trigger : std::as_const(m_triggers)) {
        if (Status s = execute(m_store, trigger.sql); !s)
            return s;
    }
    // Fresh statistics for the query planner, sampled so that they cost little on a million rows.
    return execute(m_store, QStringLiteral("PRAGMA analysis_limit = 1000; PRAGMA optimize = 0x10002"));
}

} // namespace Spyline
