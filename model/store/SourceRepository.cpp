#include "store/SourceRepository.h"

#include "records/Validation.h"
#include "store/RecordById.h"
#include "store/RecordWriter.h"
#include "store/SqliteStatement.h"
#include "store/Store.h"
#include "store/StoreAccess.h"

#include <QCoreApplication>

#include <algorithm>
#include <unordered_map>
#include <vector>

namespace Spyline {

namespace {

// Sources read under the name s, for the queries that join them to their citations.
const QString& selectSources()
{
    static const QString sql = tableOf<Source>().selectSql(u"s");
    return sql;
}

} // namespace

SourceRepository::SourceRepository(Store& store)
    : m_store(store)
{
}

Result<Id> SourceRepository::insert(const Source& source)
{
    return insertOne(m_store, Change::Sources, [&](RecordWriter& writer) { return writer.insertSource(source); });
}

Status SourceRepository::update(const Source& source)
{
    if (Status s = validateSource(source); !s)
        return s;
    return updateById(m_store, source, Change::Sources,
                      {[&](const QString& reason) {
                           if (reason.contains(QStringLiteral("UNIQUE")))
                               return tr("url: the collection already has a source at %1").arg(source.url);
                           return tr("the source could not be saved: %1").arg(reason);
                       },
                       [&] { return tr("the source %1 no longer exists").arg(source.id); }});
}

Status SourceRepository::remove(Id id)
{
    return removeById(m_store, tableOf<Source>(), id, Change::Sources | Change::Links,
                      {[](const QString& reason) { return tr("the source could not be deleted: %1").arg(reason); },
                       [&] { return tr("the source %1 no longer exists").arg(id); }});
}

Result<Source> SourceRepository::get(Id id) const
{
    return getById<Source>(m_store, id, [](Id missing) { return tr("there is no source %1").arg(missing); });
}

Result<QList<Source>> SourceRepository::all() const
{
    return readRecords<Source>(runQuery(m_store, selectSources() + QStringLiteral("ORDER BY s.id")));
}

Result<Id> SourceRepository::findByUrl(const QString& url) const
{
    auto query = runQuery(m_store, QStringLiteral("SELECT id FROM sources WHERE url = ?"), {url});
    if (!query)
        return fail(query.error());
    return query->next() ? query->value(0).toLongLong() : Id(0);
}

Result<QStringList> SourceRepository::publishers() const
{
    auto query = runQuery(m_store,
                          QStringLiteral("SELECT publisher FROM sources WHERE publisher <> '' GROUP BY publisher "
                                         "ORDER BY count(*) DESC, publisher COLLATE NOCASE"));
    if (!query)
        return fail(query.error());
    QStringList names;
    while (query->next())
        names.append(query->value(0).toString());
    return names;
}

Result<Id> SourceRepository::cite(const Citation& citation)
{
    return insertOne(m_store, Change::Sources, [&](RecordWriter& writer) { return writer.insertCitation(citation); });
}

Status SourceRepository::removeCitation(Id citationId)
{
    return removeById(m_store, tableOf<Citation>(), citationId, Change::Sources, {});
}

Result<QList<Citation>> SourceRepository::citationsOfCase(Id caseId) const
{
    return readRecords<Citation>(
        runQuery(m_store, tableOf<Citation>().selectSql() + QStringLiteral("WHERE case_id = ? ORDER BY id"), {caseId}));
}

Result<QList<Citation>> SourceRepository::citationsOfEvent(Id eventId) const
{
    return readRecords<Citation>(runQuery(
        m_store, tableOf<Citation>().selectSql() + QStringLiteral("WHERE event_id = ? ORDER BY id"), {eventId}));
}

Result<QList<CitedGrade>> SourceRepository::gradesCitedByEvent(Id eventId, int limit) const
{
    return gradesCitedBy(QStringLiteral("event_id"), eventId, limit);
}

Result<QList<CitedGrade>> SourceRepository::gradesCitedByCase(Id caseId, int limit) const
{
    return gradesCitedBy(QStringLiteral("case_id"), caseId, limit);
}

Result<QList<CitedGrade>> SourceRepository::gradesCitedBy(const QString& column, Id id, int limit) const
{
    auto query = runQuery(m_store,
                          QStringLiteral("SELECT s.reliability, s.credibility, s.publisher FROM citations c "
                                         "JOIN sources s ON s.id = c.source_id WHERE c.%1 = ? "
                                         "GROUP BY s.reliability, s.credibility, s.publisher "
                                         "ORDER BY s.reliability, s.credibility, min(s.id) LIMIT ?")
                              .arg(column),
                          {id, limit});
    if (!query)
        return fail(query.error());
    QList<CitedGrade> grades;
    while (query->next()) {
        grades.append({Grade::parse(query->value(0).toString(), query->value(1).toString()).value_or(Grade()),
                       query->value(2).toString()});
    }
    return grades;
}

Result<QList<Source>> SourceRepository::sourcesOfCase(Id caseId) const
{
    return readRecords<Source>(
        runQuery(m_store,
                 selectSources()
                     + QStringLiteral("JOIN (SELECT source_id, min(id) AS first FROM citations WHERE case_id = ? "
                                      "OR event_id IN (SELECT id FROM events WHERE case_id = ?) "
                                      "GROUP BY source_id) c ON c.source_id = s.id ORDER BY c.first"),
                 {caseId, caseId}));
}

Result<QList<Source>> SourceRepository::sourcesCitedBy(const QList<Id>& caseIds, const QList<Id>& eventIds,
                                                       Lookup lookup) const
{
    constexpr qsizetype ScanFrom = 20000;
    if (lookup == Lookup::ByScan || (lookup == Lookup::Automatic && caseIds.size() + eventIds.size() >= ScanFrom))
        return sourcesCitedByScan(caseIds, eventIds);

    // A scratch table of the ids, so that a chart of a million events needs no million parameters.
    const auto fill = [&](const QString& table, const QList<Id>& ids) -> Status {
        if (auto made = runQuery(m_store,
                                 QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS %1 (id INTEGER "
                                                "PRIMARY KEY)")
                                     .arg(table));
            !made) {
            return made.status();
        }
        if (auto cleared = runQuery(m_store, QStringLiteral("DELETE FROM %1").arg(table)); !cleared)
            return cleared.status();
        SqliteStatement insert;
        if (Status s = insert.prepare(
                connectionOf(m_store),
                QStringLiteral("INSERT OR IGNORE INTO %1 (id) VALUES (?)").arg(table).toUtf8().constData());
            !s) {
            return s;
        }
        for (Id id : ids) {
            insert.bind(1, id);
            if (Status s = insert.run(); !s)
                return s;
        }
        return {};
    };
    if (Status s = fill(QStringLiteral("shown_cases"), caseIds); !s)
        return fail(s.error());
    if (Status s = fill(QStringLiteral("shown_events"), eventIds); !s)
        return fail(s.error());
    return readRecords<Source>(runQuery(
        m_store,
        selectSources()
            + QStringLiteral(
                "JOIN (SELECT source_id, min(ord) AS first FROM ("
                "SELECT source_id, id AS ord FROM citations WHERE case_id IN (SELECT id FROM shown_cases) "
                "UNION ALL SELECT source_id, id FROM citations WHERE event_id IN (SELECT id FROM shown_events) "
                "UNION ALL SELECT source_id, 1000000000000 + id FROM links WHERE source_id IS NOT NULL "
                "AND from_event IN (SELECT id FROM shown_events) AND to_event IN (SELECT id FROM shown_events)"
                ") GROUP BY source_id) c ON c.source_id = s.id ORDER BY c.first")));
}

Result<QList<Source>> SourceRepository::sourcesCitedByScan(const QList<Id>& caseIds, const QList<Id>& eventIds) const
{
    const auto sorted = [](const QList<Id>& ids) {
        std::vector<Id> result(ids.begin(), ids.end());
        std::sort(result.begin(), result.end());
        return result;
    };
    const std::vector<Id> cases = sorted(caseIds);
    const std::vector<Id> events = sorted(eventIds);
    const auto shown = [](const std::vector<Id>& ids, Id id) { return std::binary_search(ids.begin(), ids.end(), id); };

    // Each source with the order of its first citation: citations by id, then the links' sources.
    std::unordered_map<Id, qint64> firstCitation;
    const auto cite = [&](Id source, qint64 order) { firstCitation.try_emplace(source, order); };
    SqliteStatement citations;
    if (Status s = citations.prepare(connectionOf(m_store),
                                     "SELECT id, source_id, case_id, event_id FROM citations ORDER BY id");
        !s) {
        return fail(s.error());
    }
    while (citations.step()) {
        const Id caseId = citations.columnInt(2);
        const Id eventId = citations.columnInt(3);
        if ((caseId != 0 && shown(cases, caseId)) || (eventId != 0 && shown(events, eventId)))
            cite(citations.columnInt(1), citations.columnInt(0));
    }
    if (citations.failed())
        return fail(citations.error());
    constexpr qint64 AfterCitations = 1000000000000;
    SqliteStatement links;
    if (Status s = links.prepare(connectionOf(m_store),
                                 "SELECT id, source_id, from_event, to_event FROM links WHERE source_id IS NOT NULL "
                                 "ORDER BY id");
        !s) {
        return fail(s.error());
    }
    while (links.step()) {
        if (shown(events, links.columnInt(2)) && shown(events, links.columnInt(3)))
            cite(links.columnInt(1), AfterCitations + links.columnInt(0));
    }
    if (links.failed())
        return fail(links.error());

    auto query = runQuery(m_store, selectSources());
    if (!query)
        return fail(query.error());
    std::vector<std::pair<qint64, Source>> ordered;
    ordered.reserve(firstCitation.size());
    while (query->next()) {
        const auto found = firstCitation.find(query->value(0).toLongLong());
        if (found != firstCitation.end())
            ordered.emplace_back(found->second, readRecord<Source>(*query));
    }
    std::sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    QList<Source> sources;
    sources.reserve(qsizetype(ordered.size()));
    for (auto& [order, source] : ordered)
        sources.append(std::move(source));
    return sources;
}

} // namespace Spyline
