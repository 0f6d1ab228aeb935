#include "store/CaseSearch.h"

#include "store/SqliteStatement.h"
#include "store/Store.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Spyline {

namespace {

QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), count);
    return marks.join(QStringLiteral(", "));
}

QString sortExpression(CaseSortKey key)
{
    switch (key) {
    case CaseSortKey::Created:
        return QStringLiteral("c.id");
    case CaseSortKey::Title:
        return QStringLiteral("c.title COLLATE NOCASE");
    case CaseSortKey::Status:
        return QStringLiteral("c.status");
    case CaseSortKey::Date:
        // Earliest day, then latest day, as the cases_by_date index holds them.
        return QStringLiteral("coalesce(c.disclosed_day, c.first_day)%1, coalesce(c.disclosed_to, c.last_day)");
    case CaseSortKey::FirstDay:
        return QStringLiteral("c.first_day");
    case CaseSortKey::Sector:
        return QStringLiteral("c.sector COLLATE NOCASE");
    case CaseSortKey::TargetCountry:
        return QStringLiteral("c.target_country");
    case CaseSortKey::AccusedCountry:
        return QStringLiteral("c.accused_country");
    case CaseSortKey::Suspect:
        return QStringLiteral("(SELECT min(a.name COLLATE NOCASE) FROM roles r JOIN actors a ON a.id = r.actor_id "
                              "WHERE r.case_id = c.id AND r.role = 'suspect')");
    case CaseSortKey::Agency:
        return QStringLiteral("(SELECT min(a.name COLLATE NOCASE) FROM roles r JOIN actors a ON a.id = r.actor_id "
                              "WHERE r.case_id = c.id AND r.role = 'sponsoring_agency')");
    }
    return QStringLiteral("c.id");
}

// Cases where one search term matches the case, one of its events, actors or sources.
const QString caseMatch = QStringLiteral(
    "c.id IN (SELECT rowid FROM cases_fts WHERE cases_fts MATCH ? "
    "UNION SELECT case_id FROM events WHERE id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?) "
    "UNION SELECT case_id FROM roles WHERE actor_id IN (SELECT rowid FROM actors_fts WHERE actors_fts MATCH ?) "
    "UNION SELECT coalesce(ci.case_id, e.case_id) FROM citations ci LEFT JOIN events e ON e.id = ci.event_id "
    "WHERE ci.source_id IN (SELECT rowid FROM sources_fts WHERE sources_fts MATCH ?))");

} // namespace

CaseSearch::CaseSearch(Store& store)
    : m_store(store)
{
}

QStringList CaseSearch::ftsTerms(const QString& text)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    QStringList terms;
    for (const QString& word : text.split(whitespace, Qt::SkipEmptyParts)) {
        const bool searchable = std::any_of(word.begin(), word.end(), [](QChar c) { return c.isLetterOrNumber(); });
        if (!searchable)
            continue;
        QString escaped = word;
        escaped.replace(u'"', QStringLiteral("\"\""));
        terms.append(u'"' + escaped + QStringLiteral("\"*"));
    }
    return terms;
}

QString CaseSearch::ftsQuery(const QString& text)
{
    return ftsTerms(text).join(u' ');
}

QString CaseSearch::venueSubquery()
{
    // min() picks the row whose other columns SQLite returns: recruitments before first contacts,
    // then the earliest; an undated event comes last among its kind.
    return QStringLiteral("(SELECT case_id, country, city, min(CASE kind WHEN 'recruitment' THEN 0 ELSE 1000000000 END "
                          "+ coalesce(date_from, 999999999)) AS venue_rank FROM events WHERE case_id IS NOT NULL AND "
                          "kind IN ('recruitment', 'first_contact') AND country IS NOT NULL GROUP BY case_id)");
}

CaseSearch::Sql CaseSearch::whereClause(const CaseFilter& filter)
{
    QStringList conditions;
    QVariantList values;
    for (const QString& term : ftsTerms(filter.text)) {
        conditions.append(caseMatch);
        values << term << term << term << term;
    }
    // A case's date is its disclosure, else the span of its dated events: kept when the days it can
    // mean overlap the range. A case with no dated event has no date to keep it.
    if (filter.fromDay) {
        conditions.append(QStringLiteral("coalesce(c.disclosed_to, c.last_day) >= ?"));
        values << *filter.fromDay;
    }
    if (filter.toDay) {
        conditions.append(QStringLiteral("coalesce(c.disclosed_day, c.first_day) <= ?"));
        values << *filter.toDay;
    }
    if (!filter.countries.isEmpty()) {
        const QString marks = placeholders(filter.countries.size());
        conditions.append(QStringLiteral("(c.target_country IN (%1) OR c.accused_country IN (%1))").arg(marks));
        for (int pass = 0; pass < 2; ++pass) {
            for (const QString& code : filter.countries)
                values << code;
        }
    }
    if (!filter.venueCountries.isEmpty()) {
        conditions.append(QStringLiteral("c.id IN (SELECT case_id FROM %1 WHERE country IN (%2))")
                              .arg(venueSubquery(), placeholders(filter.venueCountries.size())));
        for (const QString& code : filter.venueCountries)
            values << code;
    }
    if (!filter.agencies.isEmpty()) {
        const QString marks = placeholders(filter.agencies.size());
        conditions.append(QStringLiteral("c.id IN (SELECT case_id FROM roles WHERE actor_id IN (%1) OR actor_id IN "
                                         "(SELECT id FROM actors WHERE part_of IN (%1)))")
                              .arg(marks));
        for (int pass = 0; pass < 2; ++pass) {
            for (Id id : filter.agencies)
                values << id;
        }
    }
    if (!filter.statuses.isEmpty()) {
        conditions.append(QStringLiteral("c.status IN (%1)").arg(placeholders(filter.statuses.size())));
        for (CaseStatus status : filter.statuses)
            values << toKey(status);
    }
    if (!filter.eventKinds.isEmpty()) {
        conditions.append(QStringLiteral("c.id IN (SELECT case_id FROM events WHERE kind IN (%1))")
                              .arg(placeholders(filter.eventKinds.size())));
        for (EventKind kind : filter.eventKinds)
            values << toKey(kind);
    }
    if (!filter.caseIds.isEmpty()) {
        conditions.append(QStringLiteral("c.id IN (%1)").arg(placeholders(filter.caseIds.size())));
        for (Id id : filter.caseIds)
            values << id;
    }
    if (filter.knownOn) {
        // Public by then: announced (by the announcement's latest day), or cited, itself or through
        // one of its events, by a source published by then (by the publication's latest day).
        conditions.append(QStringLiteral("(c.id IN (SELECT case_id FROM events WHERE kind = 'announcement' AND case_id "
                                         "IS NOT NULL AND date_to <= ?) "
                                         "OR c.id IN (SELECT coalesce(ci.case_id, e.case_id) FROM citations ci JOIN "
                                         "sources s ON s.id = ci.source_id "
                                         "LEFT JOIN events e ON e.id = ci.event_id WHERE s.published <> '' AND "
                                         "edtf_latest_day(s.published) <= ?))"));
        values << *filter.knownOn << *filter.knownOn;
    }
    if (conditions.isEmpty())
        return {};
    return {QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND ")), values};
}

Result<QList<Id>> CaseSearch::caseIds(const CaseFilter& filter, CaseSortKey sort, bool descending, int limit) const
{
    const Sql where = whereClause(filter);
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    // A sort expression may hold several keys, "%1" marking where each but the last takes the direction.
    QString order = sortExpression(sort);
    if (order.contains(QStringLiteral("%1")))
        order = order.arg(direction);
    QString sql = QStringLiteral("SELECT c.id FROM cases c") + where.where + QStringLiteral(" ORDER BY ") + order
        + direction + QStringLiteral(", c.id") + direction;
    QVariantList values = where.values;
    if (limit >= 0) {
        sql += QStringLiteral(" LIMIT ?");
        values << limit;
    }
    auto query = runQuery(m_store, sql, values);
    if (!query)
        return fail(query.error());
    QList<Id> ids;
    while (query->next())
        ids.append(query->value(0).toLongLong());
    return ids;
}

Result<int> CaseSearch::count(const CaseFilter& filter) const
{
    const Sql where = whereClause(filter);
    auto query = runQuery(m_store, QStringLiteral("SELECT count(*) FROM cases c") + where.where, where.values);
    if (!query)
        return fail(query.error());
    query->next();
    return query->value(0).toInt();
}

Result<QList<Id>> CaseSearch::outsideEventIds(const CaseFilter& filter) const
{
    // No status and no chosen case belongs to an event of no case.
    if (!filter.statuses.isEmpty() || !filter.caseIds.isEmpty())
        return QList<Id>();
    QStringList conditions {QStringLiteral("e.case_id IS NULL")};
    QVariantList values;
    for (const QString& term : ftsTerms(filter.text)) {
        conditions.append(QStringLiteral("(e.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?) "
                                         "OR e.actor_id IN (SELECT rowid FROM actors_fts WHERE actors_fts MATCH ?) "
                                         "OR e.id IN (SELECT event_id FROM citations WHERE source_id IN "
                                         "(SELECT rowid FROM sources_fts WHERE sources_fts MATCH ?)))"));
        values << term << term << term;
    }
    // Any day the event can mean, to the end of what it lasted, meets the range.
    if (filter.fromDay) {
        conditions.append(QStringLiteral("max(e.date_to, coalesce(e.end_to, e.date_to)) >= ?"));
        values << *filter.fromDay;
    }
    if (filter.toDay) {
        conditions.append(QStringLiteral("e.date_from <= ?"));
        values << *filter.toDay;
    }
    if (!filter.countries.isEmpty()) {
        conditions.append(QStringLiteral("coalesce(e.country, (SELECT country FROM actors WHERE id = e.actor_id)) "
                                         "IN (%1)")
                              .arg(placeholders(filter.countries.size())));
        for (const QString& code : filter.countries)
            values << code;
    }
    if (!filter.agencies.isEmpty()) {
        const QString marks = placeholders(filter.agencies.size());
        conditions.append(
            QStringLiteral("(e.actor_id IN (%1) OR e.actor_id IN (SELECT id FROM actors WHERE part_of IN (%1)))")
                .arg(marks));
        for (int pass = 0; pass < 2; ++pass) {
            for (Id id : filter.agencies)
                values << id;
        }
    }
    if (!filter.eventKinds.isEmpty()) {
        conditions.append(QStringLiteral("e.kind IN (%1)").arg(placeholders(filter.eventKinds.size())));
        for (EventKind kind : filter.eventKinds)
            values << toKey(kind);
    }
    // Public once it had happened.
    if (filter.knownOn) {
        conditions.append(QStringLiteral("e.date_to <= ?"));
        values << *filter.knownOn;
    }
    auto query = runQuery(m_store,
                          QStringLiteral("SELECT e.id FROM events e WHERE ") + conditions.join(QStringLiteral(" AND "))
                              + QStringLiteral(" ORDER BY e.id"),
                          values);
    if (!query)
        return fail(query.error());
    QList<Id> ids;
    while (query->next())
        ids.append(query->value(0).toLongLong());
    return ids;
}

Result<QList<Id>> CaseSearch::contextEventIds(const CaseFilter& filter) const
{
    const Sql where = whereClause(filter);
    // As publicly known on a day, a link counts when both its ends had happened by then.
    const QString passing = filter.knownOn
        ? QStringLiteral("(SELECT id FROM events WHERE date_to <= ? AND case_id IN (SELECT c.id FROM cases c")
            + where.where + QStringLiteral("))")
        : QStringLiteral("(SELECT id FROM events WHERE case_id IN (SELECT c.id FROM cases c") + where.where
            + QStringLiteral("))");
    const QString sql = QStringLiteral("SELECT e.id FROM events e WHERE e.case_id IS NULL%2 AND e.id IN ("
                                       "SELECT to_event FROM links WHERE from_event IN %1 "
                                       "UNION SELECT from_event FROM links WHERE to_event IN %1) ORDER BY e.id")
                            .arg(passing, filter.knownOn ? QStringLiteral(" AND e.date_to <= ?") : QString());
    QVariantList values;
    if (filter.knownOn)
        values << *filter.knownOn;
    for (int pass = 0; pass < 2; ++pass) {
        if (filter.knownOn)
            values << *filter.knownOn;
        values += where.values;
    }
    auto query = runQuery(m_store, sql, values);
    if (!query)
        return fail(query.error());
    QList<Id> ids;
    while (query->next())
        ids.append(query->value(0).toLongLong());
    return ids;
}

Result<QList<SearchHit>> CaseSearch::search(const QString& text, int limit) const
{
    const QStringList prefixTerms = ftsTerms(text);
    if (prefixTerms.isEmpty())
        return QList<SearchHit>();
    // Whole words first: FTS5 reads their lists lazily, so a common word costs the limit. A
    // prefix ("embas"*) merges every matching list up front, so it only tops up a short result.
    QStringList wholeTerms;
    for (const QString& term : prefixTerms)
        wholeTerms.append(term.chopped(1));
    const QString whole = wholeTerms.join(u' ');
    const QString prefix = prefixTerms.join(u' ');
    struct Table
    {
        SearchHit::Kind kind;
        const char* sql;
    };
    const Table tables[] = {
        {SearchHit::Kind::Case,
         "SELECT rowid, title FROM cases_fts WHERE cases_fts MATCH ? ORDER BY rowid DESC LIMIT ?"},
        {SearchHit::Kind::Actor,
         "SELECT rowid, name FROM actors_fts WHERE actors_fts MATCH ? ORDER BY rowid DESC LIMIT ?"},
        {SearchHit::Kind::Event,
         "SELECT rowid, title FROM events_fts WHERE events_fts MATCH ? ORDER BY rowid DESC LIMIT ?"},
        {SearchHit::Kind::Source,
         "SELECT rowid, title FROM sources_fts WHERE sources_fts MATCH ? ORDER BY rowid DESC LIMIT ?"},
    };
    QList<SearchHit> hits;
    for (const Table& table : tables) {
        QSet<Id> seen;
        for (const QString& match : {whole, prefix}) {
            if (seen.size() >= limit)
                break;
            auto query = runQuery(m_store, QString::fromLatin1(table.sql), {match, limit});
            if (!query)
                return fail(query.error());
            while (query->next() && seen.size() < limit) {
                const Id id = query->value(0).toLongLong();
                if (seen.contains(id))
                    continue;
                seen.insert(id);
                // Whole-word matches rank before prefix matches; newer records before older.
                hits.append({table.kind, id, query->value(1).toString(), match == whole ? 0.0 : 1.0});
            }
        }
    }
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit& a, const SearchHit& b) { return a.rank < b.rank; });
    if (hits.size() > limit)
        hits.resize(limit);
    return hits;
}

} // namespace Spyline
