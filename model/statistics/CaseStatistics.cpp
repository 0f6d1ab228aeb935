#include "statistics/CaseStatistics.h"

#include "store/CaseSearch.h"
#include "store/SqliteStatement.h"
#include "store/Store.h"
#include "store/StoreAccess.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace Spyline {

namespace {

Failure failed(const QString& error)
{
    return fail(CaseStatistics::tr("the statistics could not be read: %1").arg(error));
}

Result<SqliteStatement> run(Store& store, const QString& sql, const QVariantList& values)
{
    if (!store.isOpen())
        return fail(CaseStatistics::tr("no collection is open"));
    auto query = runQuery(store, sql, values);
    if (!query)
        return fail(CaseStatistics::tr("the statistics could not be read: %1").arg(query.error()));
    return query;
}

// The filter's conditions on cases `c`, joined to others with AND; "1" when it has none.
QString conditionsOf(const CaseSearch::Sql& where)
{
    static const QString prefix = QStringLiteral(" WHERE ");
    return where.where.startsWith(prefix) ? where.where.mid(prefix.size()) : QStringLiteral("1");
}

// A statement over the store's own connection with the filter's values bound in order, `times`
// times over (for SQL that repeats the filter).
Result<SqliteStatement> prepared(Store& store, const QString& sql, const QVariantList& values, int times = 1)
{
    if (!store.isOpen())
        return fail(CaseStatistics::tr("no collection is open"));
    SqliteStatement statement;
    if (Status s = statement.prepare(connectionOf(store), sql.toUtf8().constData()); !s)
        return failed(s.error());
    int index = 1;
    for (int pass = 0; pass < times; ++pass) {
        for (const QVariant& value : values) {
            if (value.typeId() == QMetaType::QString)
                statement.bind(index++, value.toString());
            else
                statement.bind(index++, value.toLongLong());
        }
    }
    return statement;
}

// "AND case_id IN (the filter's cases)", or nothing for an empty filter: a pass over another
// table reads the rows of the cases the filter leaves.
QString restriction(const CaseFilter& filter, const QString& column)
{
    if (filter.isEmpty())
        return {};
    return QStringLiteral(" AND %1 IN (SELECT c.id FROM cases c%2)").arg(column, CaseSearch::whereClause(filter).where);
}

// Country codes and city names met in a pass, each kept once: rows are looked up by their bytes,
// and only a text not met before becomes a string.
class Interner
{
public:
    int intern(QByteArrayView bytes)
    {
        // Rows come in runs of the same country: the last one is tried first.
        if (m_last >= 0 && bytes == QByteArrayView(m_lastBytes))
            return m_last;
        m_last = lookup(bytes);
        m_lastBytes = QByteArray(bytes.data(), bytes.size());
        return m_last;
    }
    const QString& text(int index) const
    {
        return m_texts.at(index);
    }
    // Each text's place among all of them in QString order: sorting by these numbers sorts as the
    // texts would, without comparing a string again.
    std::vector<int> ranks() const
    {
        std::vector<int> order(size_t(m_texts.size()));
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = int(i);
        std::sort(order.begin(), order.end(), [this](int a, int b) { return m_texts.at(a) < m_texts.at(b); });
        std::vector<int> rank(order.size());
        for (size_t place = 0; place < order.size(); ++place)
            rank[size_t(order[place])] = int(place);
        return rank;
    }

private:
    int lookup(QByteArrayView bytes)
    {
        const auto it = m_index.constFind(QByteArray::fromRawData(bytes.data(), bytes.size()));
        if (it != m_index.constEnd())
            return *it;
        const int index = int(m_texts.size());
        m_texts.append(QString::fromUtf8(bytes));
        m_index.insert(QByteArray(bytes.data(), bytes.size()), index);
        return index;
    }

    QHash<QByteArray, int> m_index;
    int m_last = -1;
    QByteArray m_lastBytes;
    QStringList m_texts;
};

int yearOf(qint64 day)
{
    return QDate::fromJulianDay(day).year();
}

// A value per case, in a vector indexed by id when ids are dense (as the store assigns them), else
// in a hash.
template<typename T>
class PerCase
{
public:
    explicit PerCase(qint64 maxId, qint64 cases)
    {
        if (maxId >= 0 && maxId <= 4 * std::max<qint64>(cases, 1024))
            m_dense.resize(size_t(maxId + 1));
    }
    // The value for a case, made when first asked for.
    T& at(qint64 id, bool& added)
    {
        if (!m_dense.empty() && id >= 0 && id < qint64(m_dense.size())) {
            auto& slot = m_dense[size_t(id)];
            added = !slot.first;
            slot.first = true;
            return slot.second;
        }
        auto [it, inserted] = m_sparse.try_emplace(id);
        added = inserted;
        return it->second;
    }
    const T* find(qint64 id) const
    {
        if (!m_dense.empty() && id >= 0 && id < qint64(m_dense.size()))
            return m_dense[size_t(id)].first ? &m_dense[size_t(id)].second : nullptr;
        const auto it = m_sparse.find(id);
        return it == m_sparse.end() ? nullptr : &it->second;
    }

private:
    std::vector<std::pair<bool, T>> m_dense;
    std::unordered_map<qint64, T> m_sparse;
};

// The highest case id and the number of cases: how PerCase keeps its values.
std::pair<qint64, qint64> caseIdSpan(Store& store)
{
    SqliteStatement statement;
    if (!statement.prepare(connectionOf(store), "SELECT coalesce(max(id), 0), count(*) FROM cases")
        || !statement.step())
        return {-1, 0};
    return {statement.columnInt(0), statement.columnInt(1)};
}

} // namespace

CaseStatistics::CaseStatistics(Store& store)
    : m_store(store)
{
}

Result<CountryCounts> CaseStatistics::countries(const CaseFilter& filter) const
{
    // Grouped on each country's own index, so that no row is sorted.
    const CaseSearch::Sql where = CaseSearch::whereClause(filter);
    const QString sql = QStringLiteral("SELECT 0, coalesce(c.target_country, ''), count(*) FROM cases c%1 GROUP BY "
                                       "c.target_country UNION ALL SELECT 1, coalesce(c.accused_country, ''), "
                                       "count(*) FROM cases c%1 GROUP BY c.accused_country")
                            .arg(where.where);
    auto query = run(m_store, sql, where.values + where.values);
    if (!query)
        return fail(query.error());
    CountryCounts counts;
    QHash<QString, int> index;
    const auto tally = [&](const QString& code) -> CountryTally& {
        if (const auto found = index.constFind(code); found != index.constEnd())
            return counts.countries[*found];
        index.insert(code, int(counts.countries.size()));
        counts.countries.append({code, 0, 0});
        return counts.countries.last();
    };
    while (query->next()) {
        const bool target = query->value(0).toInt() == 0;
        const QString code = query->value(1).toString();
        const int cases = query->value(2).toInt();
        if (target)
            counts.cases += cases;
        if (code.isEmpty())
            (target ? counts.withoutTarget : counts.withoutAccused) += cases;
        else if (target)
            tally(code).targeted += cases;
        else
            tally(code).accused += cases;
    }
    std::sort(counts.countries.begin(), counts.countries.end(),
              [](const CountryTally& a, const CountryTally& b) { return a.code < b.code; });
    return counts;
}

Result<VenueFlows> CaseStatistics::venues(const CaseFilter& filter) const
{
    // One pass over the venue events keeps each case's venue (the rule of
    // CaseSearch::venueSubquery), one over the cases counts them by venue, city and target.
    const CaseSearch::Sql where = CaseSearch::whereClause(filter);
    auto events = prepared(
        m_store,
        QStringLiteral("SELECT case_id, kind = 'recruitment', coalesce(date_from, 999999999), "
                       "country, city FROM events INDEXED BY events_venues WHERE case_id IS NOT NULL AND kind IN "
                       "('recruitment', 'first_contact') AND country IS NOT NULL")
            + restriction(filter, QStringLiteral("case_id")),
        where.values);
    if (!events)
        return fail(events.error());
    struct Venue
    {
        qint64 rank = 0;
        int country = -1;
        int city = -1;
    };
    Interner texts;
    const auto [maxId, caseCount] = caseIdSpan(m_store);
    PerCase<Venue> venueOf(maxId, caseCount);
    while (events->step()) {
        // Recruitments before first contacts, then the earliest.
        const qint64 rank = (events->columnInt(1) != 0 ? 0 : 1000000000) + events->columnInt(2);
        bool added = false;
        Venue& venue = venueOf.at(events->columnInt(0), added);
        if (!added && venue.rank <= rank)
            continue;
        venue = {rank, texts.intern(events->columnBytes(3)), texts.intern(events->columnBytes(4).trimmed())};
    }
    if (events->failed())
        return failed(events->error());
    auto cases =
        prepared(m_store, QStringLiteral("SELECT c.id, coalesce(c.target_country, '') FROM cases c") + where.where,
                 where.values);
    if (!cases)
        return fail(cases.error());
    VenueFlows flows;
    std::unordered_map<qint64, int> countOf; // venue, city and target packed in 21 bits each
    while (cases->step()) {
        ++flows.cases;
        const Venue* venue = venueOf.find(cases->columnInt(0));
        if (!venue) {
            ++flows.withoutVenue;
            continue;
        }
        const qint64 key =
            (qint64(venue->country) << 42) | (qint64(venue->city) << 21) | texts.intern(cases->columnBytes(1));
        ++countOf[key];
    }
    if (cases->failed())
        return failed(cases->error());
    // Sorted by venue, city and target as texts, through their ranks packed the same way.
    constexpr qint64 Part = 0x1fffff;
    const std::vector<int> rank = texts.ranks();
    const auto ranked = [&rank](qint64 key) {
        return (qint64(rank[size_t(key >> 42)]) << 42) | (qint64(rank[size_t((key >> 21) & Part)]) << 21)
            | rank[size_t(key & Part)];
    };
    struct Counted
    {
        qint64 order;
        qint64 key;
        int count;
    };
    std::vector<Counted> counted;
    counted.reserve(countOf.size());
    for (const auto& [key, count] : countOf)
        counted.push_back({ranked(key), key, count});
    std::sort(counted.begin(), counted.end(), [](const Counted& a, const Counted& b) { return a.order < b.order; });
    flows.flows.reserve(qsizetype(counted.size()));
    for (const Counted& flow : counted) {
        flows.flows.append({texts.text(int(flow.key >> 42)), texts.text(int((flow.key >> 21) & Part)),
                            texts.text(int(flow.key & Part)), flow.count});
    }
    return flows;
}

Result<DisclosuresPerYear> CaseStatistics::disclosuresPerYear(const CaseFilter& filter) const
{
    // The disclosing country: the country of the case's earliest announcement that names one, else
    // of its disclosing authority (as the timeline's lanes have it).
    const CaseSearch::Sql where = CaseSearch::whereClause(filter);
    auto announcements = prepared(
        m_store,
        QStringLiteral("SELECT case_id, date_from, country FROM events INDEXED BY events_announcements WHERE kind = "
                       "'announcement' AND case_id IS NOT NULL AND country IS NOT NULL")
            + restriction(filter, QStringLiteral("case_id")),
        where.values);
    if (!announcements)
        return fail(announcements.error());
    Interner texts;
    const int unknown = texts.intern("");
    const auto [maxId, caseCount] = caseIdSpan(m_store);
    PerCase<std::pair<qint64, int>> countryOf(maxId, caseCount); // case: day, country
    while (announcements->step()) {
        const qint64 day = announcements->columnInt(1);
        bool added = false;
        auto& first = countryOf.at(announcements->columnInt(0), added);
        if (added || day < first.first)
            first = {day, texts.intern(announcements->columnBytes(2))};
    }
    if (announcements->failed())
        return failed(announcements->error());
    auto cases =
        prepared(m_store, QStringLiteral("SELECT c.id, c.disclosed_day FROM cases c") + where.where, where.values);
    if (!cases)
        return fail(cases.error());
    DisclosuresPerYear years;
    std::unordered_map<qint64, int> countOf; // year and country
    QList<std::pair<qint64, int>> withoutCountry; // case, year
    while (cases->step()) {
        ++years.cases;
        if (cases->columnIsNull(1)) {
            ++years.undated;
            continue;
        }
        const int year = yearOf(cases->columnInt(1));
        const auto* found = countryOf.find(cases->columnInt(0));
        if (!found)
            withoutCountry.append({cases->columnInt(0), year});
        else
            ++countOf[(qint64(year) << 21) | found->second];
    }
    if (cases->failed())
        return failed(cases->error());
    if (!withoutCountry.isEmpty()) {
        auto authority = prepared(m_store,
                                  QStringLiteral("SELECT a.country FROM roles r JOIN actors a ON a.id = r.actor_id "
                                                 "WHERE r.case_id = ? AND r.role = 'disclosing_authority' AND "
                                                 "a.country IS NOT NULL ORDER BY r.id LIMIT 1"),
                                  {});
        if (!authority)
            return fail(authority.error());
        for (const auto& [caseId, year] : std::as_const(withoutCountry)) {
            authority->bind(1, caseId);
            const int country = authority->step() ? texts.intern(authority->columnBytes(0)) : unknown;
            if (authority->failed())
                return failed(authority->error());
            authority->reset();
            ++countOf[(qint64(year) << 21) | country];
        }
    }
    for (const auto& [key, count] : countOf)
        years.tallies.append({int(key >> 21), texts.text(int(key & 0x1fffff)), count});
    std::sort(years.tallies.begin(), years.tallies.end(), [](const YearTally& a, const YearTally& b) {
        return a.year != b.year ? a.year < b.year : a.country < b.country;
    });
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
    // One pass over the sponsoring-agency roles; the few agencies met are then looked up.
    const CaseSearch::Sql where = CaseSearch::whereClause(filter);
    auto roles = prepared(m_store,
                          QStringLiteral("SELECT case_id, actor_id FROM roles WHERE role = 'sponsoring_agency'")
                              + restriction(filter, QStringLiteral("case_id")),
                          where.values);
    if (!roles)
        return fail(roles.error());
    std::unordered_map<qint64, std::vector<qint64>> casesOfActor;
    while (roles->step())
        casesOfActor[roles->columnInt(1)].push_back(roles->columnInt(0));
    if (roles->failed())
        return failed(roles->error());
    auto actor = prepared(m_store,
                          QStringLiteral("SELECT coalesce(part_of, 0), name, coalesce(country, '') FROM actors "
                                         "WHERE id = ?"),
                          {});
    if (!actor)
        return fail(actor.error());
    struct Agency
    {
        QString name;
        QString country;
        std::unordered_set<qint64> cases;
    };
    std::unordered_map<qint64, Agency> agencies; // by the agency a station is part of
    std::unordered_set<qint64> named;
    const auto agencyOf = [&](qint64 id) -> Result<qint64> {
        actor->bind(1, id);
        if (!actor->step()) {
            const QString error = actor->failed() ? actor->error() : QString();
            actor->reset();
            if (!error.isEmpty())
                return failed(error);
            return qint64(0);
        }
        const qint64 partOf = actor->columnInt(0);
        const QString name = actor->columnText(1);
        const QString country = actor->columnText(2);
        actor->reset();
        if (partOf != 0)
            return partOf;
        auto& agency = agencies[id];
        agency.name = name;
        agency.country = country;
        return id;
    };
    for (const auto& [actorId, caseIds] : casesOfActor) {
        auto group = agencyOf(actorId);
        if (!group)
            return fail(group.error());
        if (*group == 0)
            continue;
        if (!agencies.count(*group) || agencies[*group].name.isEmpty()) {
            if (auto parent = agencyOf(*group); !parent)
                return fail(parent.error());
        }
        Agency& agency = agencies[*group];
        for (qint64 caseId : caseIds) {
            agency.cases.insert(caseId);
            named.insert(caseId);
        }
    }
    auto count = run(m_store, QStringLiteral("SELECT count(*) FROM cases c") + where.where, where.values);
    if (!count)
        return fail(count.error());
    AgencyCounts counts;
    counts.cases = count->next() ? count->value(0).toInt() : 0;
    counts.withoutAgency = counts.cases - int(named.size());
    for (const auto& [id, agency] : agencies) {
        if (!agency.cases.empty())
            counts.tallies.append({id, agency.name, agency.country, int(agency.cases.size())});
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
    QString sql = QStringLiteral("SELECT l.id, coalesce(f.case_id, t.case_id, 0), t.date, f.date, f.id, t.id FROM "
                                 "links l JOIN events f ON f.id = l.from_event JOIN events t ON t.id = l.to_event");
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
        // As publicly known on a day: a link whose ends had both happened by then.
        if (filter.knownOn) {
            sql += QStringLiteral(" AND f.date_to <= ? AND t.date_to <= ?");
            values << *filter.knownOn << *filter.knownOn;
        }
    }
    auto query = prepared(m_store, sql, values);
    if (!query)
        return fail(query.error());
    LinkLags lags;
    // Dates repeat (a statement many announcements answer): each text is parsed once.
    QHash<QByteArray, PartialDate> parsed;
    const auto date = [&](QByteArrayView bytes) {
        const QByteArray key = QByteArray::fromRawData(bytes.data(), bytes.size());
        if (const auto found = parsed.constFind(key); found != parsed.constEnd())
            return *found;
        const auto read = PartialDate::parse(QString::fromUtf8(bytes));
        return *parsed.insert(QByteArray(bytes.data(), bytes.size()), read ? *read : PartialDate());
    };
    while (query->step()) {
        // Parsed as stored, so that the lag is the one every view shows (linkLag).
        const PartialDate earlier = date(query->columnBytes(2));
        const PartialDate later = date(query->columnBytes(3));
        if (earlier.isNull() || later.isNull()) {
            ++lags.undated;
            continue;
        }
        lags.lags.append({query->columnInt(0), query->columnInt(1), query->columnInt(4), query->columnInt(5),
                          linkLag(earlier, later)});
    }
    if (query->failed())
        return failed(query->error());
    std::sort(lags.lags.begin(), lags.lags.end(), [](const LinkLag& a, const LinkLag& b) {
        return a.lag.minDays != b.lag.minDays ? a.lag.minDays < b.lag.minDays : a.link < b.link;
    });
    return lags;
}

} // namespace Spyline
