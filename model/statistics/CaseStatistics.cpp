#include "CaseStatistics.h"

#include "CaseSearch.h"
#include "SqlQuery.h"
#include "Store.h"

#include <QCoreApplication>

#include <algorithm>

namespace Spyline {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Spyline::CaseStatistics", text);
}

Result<QSqlQuery> run(Store& store, const QString& sql, const QVariantList& values)
{
    if (!store.isOpen())
        return fail(tr("no collection is open"));
    auto query = runQuery(store.database(), sql, values);
    if (!query)
        return fail(tr("the statistics could not be read: %1").arg(query.error()));
    return query;
}

// The filter's conditions on cases `c`, joined to others with AND; "1" when it has none.
QString conditionsOf(const CaseSearch::Sql& where)
{
    static const QString prefix = QStringLiteral(" WHERE ");
    return where.where.startsWith(prefix) ? where.where.mid(prefix.size()) : QStringLiteral("1");
}

} // namespace

CaseStatistics::CaseStatistics(Store& store)
    : m_store(store)
{
}

Result<CountryCounts> CaseStatistics::countries(const CaseFilter& filter) const
{
    const CaseSearch::Sql where = CaseSearch::whereClause(filter);
    auto query = run(m_store,
                     QStringLiteral("SELECT coalesce(c.target_country, ''), coalesce(c.accused_country, ''), count(*) "
                                    "FROM cases c")
                         + where.where + QStringLiteral(" GROUP BY 1, 2"),
                     where.values);
    if (!query)
        return fail(query.error());
    CountryCounts counts;
    QHash<QString, int> index;
    const auto tally = [&](const QString& code) -> CountryTally& {
        auto it = index.constFind(code);
        if (it == index.constEnd()) {
            it = index.insert(code, int(counts.countries.size()));
            counts.countries.append({code, 0, 0});
        }
        return counts.countries[*it];
    };
    while (query->next()) {
        const QString target = query->value(0).toString();
        const QString accused = query->value(1).toString();
        const int cases = query->value(2).toInt();
        counts.cases += cases;
        if (target.isEmpty())
            counts.withoutTarget += cases;
        else
            tally(target).targeted += cases;
        if (accused.isEmpty())
            counts.withoutAccused += cases;
        else
            tally(accused).accused += cases;
    }
    std::sort(counts.countries.begin(), counts.countries.end(),
              [](const CountryTally& a, const CountryTally& b) { return a.code < b.code; });
    return counts;
}

Result<VenueFlows> CaseStatistics::venues(const CaseFilter& filter) const
{
    const CaseSearch::Sql where = CaseSearch::whereClause(filter);
    QString venues = CaseSearch::venueSubquery();
    QVariantList values;
    if (!where.where.isEmpty()) {
        // A narrow filter reads the events of its own cases only.
        venues.replace(QStringLiteral("WHERE case_id IS NOT NULL"),
                       QStringLiteral("WHERE case_id IN (SELECT c.id FROM cases c") + where.where + u')');
        values = where.values;
    }
    values += where.values;
    auto query = run(m_store,
                     QStringLiteral("SELECT coalesce(v.country, ''), coalesce(v.city, ''), "
                                    "coalesce(c.target_country, ''), count(*) FROM cases c LEFT JOIN ")
                         + venues + QStringLiteral(" v ON v.case_id = c.id") + where.where
                         + QStringLiteral(" GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"),
                     values);
    if (!query)
        return fail(query.error());
    VenueFlows flows;
    while (query->next()) {
        const int cases = query->value(3).toInt();
        flows.cases += cases;
        const QString venue = query->value(0).toString();
        if (venue.isEmpty()) {
            flows.withoutVenue += cases;
            continue;
        }
        flows.flows.append({venue, query->value(1).toString().trimmed(), query->value(2).toString(), cases});
    }
    return flows;
}

Result<DisclosuresPerYear> CaseStatistics::disclosuresPerYear(const CaseFilter& filter) const
{
    // The year of a Julian day number: SQLite counts Julian days from noon.
    const CaseSearch::Sql where = CaseSearch::whereClause(filter);
    auto query = run(
        m_store,
        QStringLiteral(
            "SELECT CAST(strftime('%Y', c.disclosed_day - 0.5) AS INTEGER), coalesce("
            "(SELECT e.country FROM events e WHERE e.case_id = c.id AND e.kind = 'announcement' AND e.country IS NOT "
            "NULL ORDER BY e.date_from LIMIT 1), "
            "(SELECT a.country FROM roles r JOIN actors a ON a.id = r.actor_id WHERE r.case_id = c.id AND r.role = "
            "'disclosing_authority' AND a.country IS NOT NULL ORDER BY r.id LIMIT 1), ''), count(*) FROM cases c")
            + where.where + QStringLiteral(" GROUP BY 1, 2 ORDER BY 1, 2"),
        where.values);
    if (!query)
        return fail(query.error());
    DisclosuresPerYear years;
    while (query->next()) {
        const int cases = query->value(2).toInt();
        years.cases += cases;
        if (query->value(0).isNull()) {
            years.undated += cases;
            continue;
        }
        years.tallies.append({query->value(0).toInt(), query->value(1).toString(), cases});
    }
    return years;
}

Result<StatusCounts> CaseStatistics::statuses(const CaseFilter& filter) const
{
    const CaseSearch::Sql where = CaseSearch::whereClause(filter);
    auto query = run(
        m_store, QStringLiteral("SELECT c.status, count(*) FROM cases c") + where.where + QStringLiteral(" GROUP BY 1"),
        where.values);
    if (!query)
        return fail(query.error());
    StatusCounts counts;
    while (query->next()) {
        const int cases = query->value(1).toInt();
        counts.cases += cases;
        const auto status = fromKey<CaseStatus>(query->value(0).toString()).value_or(CaseStatus::Unknown);
        auto it = std::find_if(counts.tallies.begin(), counts.tallies.end(),
                               [&](const StatusTally& t) { return t.status == status; });
        if (it == counts.tallies.end())
            counts.tallies.append({status, cases});
        else
            it->cases += cases;
    }
    std::sort(counts.tallies.begin(), counts.tallies.end(),
              [](const StatusTally& a, const StatusTally& b) { return a.status < b.status; });
    return counts;
}

Result<AgencyCounts> CaseStatistics::agencies(const CaseFilter& filter) const
{
    // One row per agency, then two summary rows (id NULL): the cases without an accused agency
    // ('none') and all the cases the filter leaves ('all').
    const CaseSearch::Sql where = CaseSearch::whereClause(filter);
    const QString conditions = conditionsOf(where);
    const QString sql =
        QStringLiteral(
            "SELECT g.agency, a.name, coalesce(a.country, ''), g.cases FROM ("
            "SELECT coalesce(s.part_of, s.id) AS agency, count(DISTINCT r.case_id) AS cases FROM cases c "
            "JOIN roles r ON r.case_id = c.id AND r.role = 'sponsoring_agency' JOIN actors s ON s.id = r.actor_id "
            "WHERE %1 GROUP BY 1) g JOIN actors a ON a.id = g.agency "
            "UNION ALL SELECT NULL, 'none', '', count(*) FROM cases c WHERE %1 AND NOT EXISTS (SELECT 1 FROM roles r "
            "WHERE r.case_id = c.id AND r.role = 'sponsoring_agency') "
            "UNION ALL SELECT NULL, 'all', '', count(*) FROM cases c WHERE %1")
            .arg(conditions);
    QVariantList values;
    for (int pass = 0; pass < 3; ++pass)
        values += where.values;
    auto query = run(m_store, sql, values);
    if (!query)
        return fail(query.error());
    AgencyCounts counts;
    while (query->next()) {
        if (query->value(0).isNull()) {
            (query->value(1).toString() == QStringLiteral("all") ? counts.cases : counts.withoutAgency) =
                query->value(3).toInt();
            continue;
        }
        counts.tallies.append({query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toString(),
                               query->value(3).toInt()});
    }
    std::sort(counts.tallies.begin(), counts.tallies.end(), [](const AgencyTally& a, const AgencyTally& b) {
        if (a.cases != b.cases)
            return a.cases > b.cases;
        const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.agency < b.agency;
    });
    return counts;
}

Result<LinkLags> CaseStatistics::lags(const CaseFilter& filter) const
{
    QString sql =
        QStringLiteral("SELECT l.id, coalesce(f.case_id, t.case_id, 0), t.date, f.date, f.id, t.id FROM links l "
                       "JOIN events f ON f.id = l.from_event JOIN events t ON t.id = l.to_event");
    QVariantList values;
    if (!filter.isEmpty()) {
        const CaseSearch::Sql where = CaseSearch::whereClause(filter);
        sql += QStringLiteral(" WHERE (EXISTS (SELECT 1 FROM cases c WHERE c.id IN (f.case_id, t.case_id) AND %1)")
                   .arg(conditionsOf(where));
        values = where.values;
        if (filter.isDatesOnly()) {
            // Statements of no case in the range: Burns's remarks and the WeChat post after them.
            sql += QStringLiteral(" OR (f.case_id IS NULL AND t.case_id IS NULL");
            if (filter.fromDay) {
                sql += QStringLiteral(" AND f.date_to >= ?");
                values << *filter.fromDay;
            }
            if (filter.toDay) {
                sql += QStringLiteral(" AND f.date_from <= ?");
                values << *filter.toDay;
            }
            sql += u')';
        }
        sql += u')';
    }
    auto query = run(m_store, sql, values);
    if (!query)
        return fail(query.error());
    LinkLags lags;
    while (query->next()) {
        // Parsed as stored, so that the lag is the one every view shows (linkLag).
        const auto earlier = PartialDate::parse(query->value(2).toString());
        const auto later = PartialDate::parse(query->value(3).toString());
        if (!earlier || !later || earlier->isNull() || later->isNull()) {
            ++lags.undated;
            continue;
        }
        lags.lags.append({query->value(0).toLongLong(), query->value(1).toLongLong(), query->value(4).toLongLong(),
                          query->value(5).toLongLong(), linkLag(*earlier, *later)});
    }
    std::sort(lags.lags.begin(), lags.lags.end(), [](const LinkLag& a, const LinkLag& b) {
        return a.lag.minDays != b.lag.minDays ? a.lag.minDays < b.lag.minDays : a.link < b.link;
    });
    return lags;
}

} // namespace Spyline
