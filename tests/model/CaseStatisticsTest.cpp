#include "statistics/CaseStatistics.h"
#include "TestSupport.h"
#include "statistics/LagHistogram.h"
#include "store/CaseSearch.h"
#include "store/SqliteStatement.h"
#include "transfer/SyntheticCollection.h"

#include <QDate>
#include <QHash>
#include <QSet>

#include <map>
#include <tuple>

using namespace Spyline;

namespace {

Id caseIdOf(Store& store, const QString& titleStart)
{
    auto query =
        runQuery(store, QStringLiteral("SELECT id FROM cases WHERE title LIKE ? ORDER BY id"), {titleStart + u'%'});
    EXPECT_OK(query);
    return query && query->next() ? query->value(0).toLongLong() : 0;
}

DayNumber day(int year, int month, int dayOfMonth)
{
    return DayNumber(QDate(year, month, dayOfMonth).toJulianDay());
}

TEST(CaseStatistics, CountsTheSampleByCountry)
{
    auto store = Fixtures::sampleStore();
    const auto counts = CaseStatistics(*store).countries({});
    ASSERT_OK(counts);
    EXPECT_EQ(counts->cases, 7);
    // Six cases disclosed by China target it; the UK researcher case targets the UK and accuses China.
    ASSERT_TRUE(counts->find(u"CN"));
    EXPECT_EQ(counts->find(u"CN")->targeted, 6);
    EXPECT_EQ(counts->find(u"CN")->accused, 1);
    EXPECT_EQ(counts->find(u"US")->targeted, 0);
    EXPECT_EQ(counts->find(u"US")->accused, 4);
    EXPECT_EQ(counts->find(u"GB")->targeted, 1);
    EXPECT_EQ(counts->withoutTarget, 0);
    // The Dalian fish farm and the university cyberattack name no accused country.
    EXPECT_EQ(counts->withoutAccused, 2);
    EXPECT_EQ(counts->find(u"IT"), nullptr);
}

TEST(CaseStatistics, CountsTheSampleByStatusAndAgency)
{
    auto store = Fixtures::sampleStore();
    const auto statuses = CaseStatistics(*store).statuses({});
    ASSERT_OK(statuses);
    EXPECT_EQ(statuses->cases, 7);
    ASSERT_EQ(statuses->tallies.size(), 3);
    EXPECT_EQ(statuses->tallies.at(0).status, CaseStatus::Alleged);
    EXPECT_EQ(statuses->tallies.at(0).cases, 4);
    EXPECT_EQ(statuses->tallies.at(1).status, CaseStatus::UnderInvestigation);
    EXPECT_EQ(statuses->tallies.at(1).cases, 2);
    EXPECT_EQ(statuses->tallies.at(2).status, CaseStatus::Denied);
    EXPECT_EQ(statuses->tallies.at(2).cases, 1);

    // Zeng and Hao name the CIA and one of its stations each: the CIA, once per case.
    const auto agencies = CaseStatistics(*store).agencies({});
    ASSERT_OK(agencies);
    ASSERT_EQ(agencies->tallies.size(), 1);
    EXPECT_EQ(agencies->tallies.at(0).name, "Central Intelligence Agency"_s);
    EXPECT_EQ(agencies->tallies.at(0).cases, 2);
    EXPECT_EQ(agencies->tallies.at(0).country, "US"_s);
    EXPECT_EQ(agencies->withoutAgency, 5);
    EXPECT_EQ(agencies->cases, 7);
}

TEST(CaseStatistics, CountsTheSampleDisclosuresPerYear)
{
    auto store = Fixtures::sampleStore();
    const auto years = CaseStatistics(*store).disclosuresPerYear({});
    ASSERT_OK(years);
    EXPECT_EQ(years->cases, 7);
    // The two cyberattack cases have no announcement.
    EXPECT_EQ(years->undated, 2);
    ASSERT_EQ(years->tallies.size(), 2);
    EXPECT_EQ(years->tallies.at(0).year, 2023);
    EXPECT_EQ(years->tallies.at(0).country, "CN"_s);
    EXPECT_EQ(years->tallies.at(0).cases, 4);
    EXPECT_EQ(years->tallies.at(1).country, "GB"_s);
    EXPECT_EQ(years->tallies.at(1).cases, 1);
    EXPECT_EQ(years->casesIn(2023), 5);
}

TEST(CaseStatistics, MeasuresTheSampleLags)
{
    auto store = Fixtures::sampleStore();
    const auto lags = CaseStatistics(*store).lags({});
    ASSERT_OK(lags);
    EXPECT_EQ(lags->links(), 8);
    EXPECT_EQ(lags->undated, 0);
    QList<QString> texts;
    for (const LinkLag& link : lags->lags)
        texts.append(link.lag.text());
    // Burns spoke on 20 July, Zeng was announced on 11 August: 22 days.
    EXPECT_TRUE(texts.contains("22 d"_s));
    EXPECT_TRUE(texts.contains("10 d"_s));
    EXPECT_TRUE(texts.contains("12 d"_s));
    EXPECT_TRUE(texts.contains("21 d"_s));
    // The 2023 National Intelligence Strategy is dated to the year only.
    EXPECT_TRUE(texts.contains("0\u2013239 d"_s));

    const LagHistogram weeks = LagHistogram::build(*lags);
    const int bin = weeks.binOf(22);
    ASSERT_EQ(bin, 3);
    EXPECT_EQ(weeks.bins().at(bin).firstDay, 21);
    EXPECT_EQ(weeks.bins().at(bin).lastDay, 27);
    // 21 days (Leung after Hao) and 22 days (Zeng after Burns).
    EXPECT_EQ(weeks.bins().at(bin).links, 2);
    EXPECT_EQ(weeks.bins().at(1).links, 2);
    EXPECT_EQ(weeks.bins().at(0).links, 0);
    // Month-precise statements make ranges that cross bins: drawn as ranges, in no bin.
    EXPECT_EQ(weeks.ranges().size(), 4);
    EXPECT_EQ(weeks.links(), 8);
    EXPECT_EQ(weeks.median().minDays, 0);
    EXPECT_EQ(weeks.median().maxDays, 14);
}

TEST(CaseStatistics, LagsFollowTheFilter)
{
    auto store = Fixtures::sampleStore();
    const Id zeng = caseIdOf(*store, "Zeng"_s);
    CaseFilter one;
    one.caseIds = {zeng};
    const auto ofZeng = CaseStatistics(*store).lags(one);
    ASSERT_OK(ofZeng);
    // Zeng after Burns, and Hao after Zeng.
    EXPECT_EQ(ofZeng->links(), 2);

    // August 2023: Zeng and Hao, Leung's link to Hao, and the statements of no case made in August.
    CaseFilter august;
    august.fromDay = day(2023, 8, 1);
    august.toDay = day(2023, 8, 31);
    const auto inAugust = CaseStatistics(*store).lags(august);
    ASSERT_OK(inAugust);
    EXPECT_EQ(inAugust->links(), 5);
}

TEST(CaseStatistics, LagsKnownOnADayNeedBothEndsPublic)
{
    auto store = Fixtures::sampleStore();
    CaseFilter twelfth;
    twelfth.knownOn = day(2023, 8, 12);
    const auto known = CaseStatistics(*store).lags(twelfth);
    ASSERT_OK(known);
    QStringList texts;
    for (const LinkLag& link : known->lags)
        texts.append(link.lag.text());
    // Zeng after Burns (22 days) and the WeChat account after Burns (12 days); not Hao after Zeng,
    // announced on the 21st, though Zeng was public.
    EXPECT_EQ(texts, (QStringList {"12 d"_s, "22 d"_s}));

    CaseFilter tenth;
    tenth.knownOn = day(2023, 8, 10);
    const auto earlier = CaseStatistics(*store).lags(tenth);
    ASSERT_OK(earlier);
    ASSERT_EQ(earlier->links(), 1);
    EXPECT_EQ(earlier->lags.first().lag.text(), "12 d"_s);
    // The other charts count only the cases public by then.
    const auto statuses = CaseStatistics(*store).statuses(tenth);
    ASSERT_OK(statuses);
    EXPECT_EQ(statuses->cases, 1); // the Dalian fish farm
}

TEST(CaseStatistics, CountsVenuesAndFiltersByThem)
{
    auto store = Fixtures::sampleStore();
    // A recruitment in Italy for Zeng and a first contact, then a recruitment, in Japan for Hao.
    const Id zeng = caseIdOf(*store, "Zeng"_s);
    const Id hao = caseIdOf(*store, "Hao"_s);
    for (const auto& [caseId, kind, country, city, date] :
         {std::tuple {zeng, "recruitment", "IT", "", "2010"}, std::tuple {hao, "first_contact", "JP", "Tokyo", "2012"},
          std::tuple {hao, "recruitment", "JP", "", "2013"}, std::tuple {hao, "first_contact", "US", "", "2011"}}) {
        const auto parsed = PartialDate::parse(QString::fromLatin1(date));
        ASSERT_OK(parsed);
        ASSERT_OK(runQuery(*store,
                           QStringLiteral("INSERT INTO events (case_id, kind, title, date, date_from, date_to, "
                                          "country, city) VALUES (?, ?, 'venue', ?, ?, ?, ?, ?)"),
                           {caseId, QString::fromLatin1(kind), parsed->text(), parsed->earliestDay(),
                            parsed->latestDay(), QString::fromLatin1(country), QString::fromLatin1(city)}));
    }
    const auto venues = CaseStatistics(*store).venues({});
    ASSERT_OK(venues);
    EXPECT_EQ(venues->cases, 7);
    EXPECT_EQ(venues->withoutVenue, 5);
    ASSERT_EQ(venues->flows.size(), 2);
    // Italy -> China for Zeng; Japan -> China for Hao (the recruitment, not the earlier contacts).
    EXPECT_EQ(venues->flows.at(0).venue, "IT"_s);
    EXPECT_EQ(venues->flows.at(0).target, "CN"_s);
    EXPECT_EQ(venues->flows.at(1).venue, "JP"_s);
    EXPECT_EQ(venues->flows.at(1).city, QString());
    EXPECT_EQ(venues->flows.at(1).target, "CN"_s);
    const auto byCountry = venues->byVenueCountry();
    ASSERT_EQ(byCountry.size(), 2);

    CaseFilter inJapan;
    inJapan.venueCountries = {"JP"_s};
    auto cases = CaseSearch(*store).caseIds(inJapan);
    ASSERT_OK(cases);
    EXPECT_EQ(*cases, QList<Id> {hao});
    // The earlier first contact in the US is not Hao's venue.
    inJapan.venueCountries = {"US"_s};
    cases = CaseSearch(*store).caseIds(inJapan);
    ASSERT_OK(cases);
    EXPECT_TRUE(cases->isEmpty());
}

// Counts from the raw rows, case by case, to hold the SQL aggregations against.
struct RawCounts
{
    std::map<QString, int> targeted, accused, statuses, venues, agencies;
    std::map<std::pair<int, QString>, int> years;
    int undated = 0;
    int withoutVenue = 0;
    int withoutAgency = 0;
    int links = 0;
};

RawCounts countByHand(Store& store, const QList<Id>& cases, bool allLinks)
{
    RawCounts raw;
    const QSet<Id> shown(cases.cbegin(), cases.cend());
    auto rows = runQuery(store,
                         QStringLiteral("SELECT id, coalesce(target_country, ''), "
                                        "coalesce(accused_country, ''), status FROM cases"));
    EXPECT_OK(rows);
    while (rows->next()) {
        if (!shown.contains(rows->value(0).toLongLong()))
            continue;
        if (!rows->value(1).toString().isEmpty())
            ++raw.targeted[rows->value(1).toString()];
        if (!rows->value(2).toString().isEmpty())
            ++raw.accused[rows->value(2).toString()];
        ++raw.statuses[rows->value(3).toString()];
    }
    struct Venue
    {
        bool recruitment = false;
        qint64 day = 0;
        QString country;
    };
    struct Disclosure
    {
        qint64 day = 0;
        QString country;
        bool any = false;
    };
    QHash<Id, Venue> venueOf;
    QHash<Id, Disclosure> disclosureOf;
    auto events = runQuery(store,
                           QStringLiteral("SELECT case_id, kind, date_from, coalesce(country, '') "
                                          "FROM events WHERE case_id IS NOT NULL ORDER BY id"));
    EXPECT_OK(events);
    while (events->next()) {
        const Id caseId = events->value(0).toLongLong();
        if (!shown.contains(caseId))
            continue;
        const QString kind = events->value(1).toString();
        const qint64 date = events->value(2).toLongLong();
        const QString country = events->value(3).toString();
        if ((kind == "recruitment"_s || kind == "first_contact"_s) && !country.isEmpty()) {
            const bool recruitment = kind == "recruitment"_s;
            auto it = venueOf.find(caseId);
            if (it == venueOf.end() || (recruitment && !it->recruitment)
                || (recruitment == it->recruitment && date < it->day))
                venueOf.insert(caseId, {recruitment, date, country});
        }
        if (kind == "announcement"_s) {
            Disclosure& d = disclosureOf[caseId];
            if (!d.any || date < d.day)
                d.day = date;
            d.any = true;
        }
    }
    // The disclosing country: the earliest announcement with a country (the generator gives all one).
    auto announcements = runQuery(store,
                                  QStringLiteral("SELECT case_id, country FROM events WHERE kind = "
                                                 "'announcement' AND country IS NOT NULL ORDER BY "
                                                 "date_from, id"));
    EXPECT_OK(announcements);
    while (announcements->next()) {
        auto it = disclosureOf.find(announcements->value(0).toLongLong());
        if (it != disclosureOf.end() && it->country.isEmpty())
            it->country = announcements->value(1).toString();
    }
    for (Id id : cases) {
        if (auto it = venueOf.constFind(id); it != venueOf.constEnd())
            ++raw.venues[it->country];
        else
            ++raw.withoutVenue;
        if (auto it = disclosureOf.constFind(id); it != disclosureOf.constEnd())
            ++raw.years[{QDate::fromJulianDay(it->day).year(), it->country}];
        else
            ++raw.undated;
    }
    QHash<Id, QSet<QString>> agenciesOf;
    auto roles = runQuery(store,
                          QStringLiteral("SELECT r.case_id, coalesce(p.name, a.name) FROM roles r "
                                         "JOIN actors a ON a.id = r.actor_id LEFT JOIN actors p ON "
                                         "p.id = a.part_of WHERE r.role = 'sponsoring_agency'"));
    EXPECT_OK(roles);
    while (roles->next()) {
        if (shown.contains(roles->value(0).toLongLong()))
            agenciesOf[roles->value(0).toLongLong()].insert(roles->value(1).toString());
    }
    for (Id id : cases) {
        const auto names = agenciesOf.value(id);
        if (names.isEmpty())
            ++raw.withoutAgency;
        for (const QString& name : names)
            ++raw.agencies[name];
    }
    auto links = runQuery(store,
                          QStringLiteral("SELECT f.case_id, t.case_id FROM links l JOIN events f ON "
                                         "f.id = l.from_event JOIN events t ON t.id = l.to_event"));
    EXPECT_OK(links);
    while (links->next()) {
        if (allLinks || shown.contains(links->value(0).toLongLong()) || shown.contains(links->value(1).toLongLong()))
            ++raw.links;
    }
    return raw;
}

void expectAggregationsMatch(Store& store, const CaseFilter& filter)
{
    const auto cases = CaseSearch(store).caseIds(filter, CaseSortKey::Created);
    ASSERT_OK(cases);
    const RawCounts raw = countByHand(store, *cases, filter.isEmpty());
    CaseStatistics statistics(store);

    const auto countries = statistics.countries(filter);
    ASSERT_OK(countries);
    EXPECT_EQ(countries->cases, cases->size());
    for (const CountryTally& tally : countries->countries) {
        EXPECT_EQ(tally.targeted, raw.targeted.count(tally.code) ? raw.targeted.at(tally.code) : 0)
            << tally.code.toStdString();
        EXPECT_EQ(tally.accused, raw.accused.count(tally.code) ? raw.accused.at(tally.code) : 0)
            << tally.code.toStdString();
    }
    for (const auto& [code, count] : raw.targeted)
        EXPECT_TRUE(countries->find(code)) << code.toStdString();

    const auto statuses = statistics.statuses(filter);
    ASSERT_OK(statuses);
    EXPECT_EQ(statuses->tallies.size(), raw.statuses.size());
    for (const StatusTally& tally : statuses->tallies)
        EXPECT_EQ(tally.cases, raw.statuses.at(toKey(tally.status)));

    const auto venues = statistics.venues(filter);
    ASSERT_OK(venues);
    EXPECT_EQ(venues->withoutVenue, raw.withoutVenue);
    const auto byVenue = venues->byVenueCountry();
    EXPECT_EQ(byVenue.size(), raw.venues.size());
    for (const auto& [code, count] : byVenue)
        EXPECT_EQ(count, raw.venues.at(code)) << code.toStdString();
    // One flow for each venue, city and target, in that order.
    for (qsizetype i = 1; i < venues->flows.size(); ++i) {
        const VenueFlow& a = venues->flows.at(i - 1);
        const VenueFlow& b = venues->flows.at(i);
        EXPECT_TRUE(std::tie(a.venue, a.city, a.target) < std::tie(b.venue, b.city, b.target))
            << a.venue.toStdString() << " " << a.city.toStdString() << " " << a.target.toStdString();
    }

    const auto years = statistics.disclosuresPerYear(filter);
    ASSERT_OK(years);
    EXPECT_EQ(years->undated, raw.undated);
    EXPECT_EQ(years->tallies.size(), raw.years.size());
    for (const YearTally& tally : years->tallies)
        EXPECT_EQ(tally.cases, raw.years.at({tally.year, tally.country})) << tally.year;

    const auto agencies = statistics.agencies(filter);
    ASSERT_OK(agencies);
    EXPECT_EQ(agencies->withoutAgency, raw.withoutAgency);
    EXPECT_EQ(agencies->cases, cases->size());
    EXPECT_EQ(agencies->tallies.size(), raw.agencies.size());
    for (const AgencyTally& tally : agencies->tallies)
        EXPECT_EQ(tally.cases, raw.agencies.at(tally.name)) << tally.name.toStdString();

    const auto lags = statistics.lags(filter);
    ASSERT_OK(lags);
    if (filter.isEmpty() || !filter.isDatesOnly()) {
        EXPECT_EQ(lags->links(), raw.links);
    }
    int binned = 0;
    const LagHistogram histogram = LagHistogram::build(*lags);
    for (const LagHistogram::Bin& bin : histogram.bins())
        binned += bin.links;
    EXPECT_EQ(binned + histogram.ranges().size() + histogram.beyond(), lags->lags.size());
}

TEST(CaseStatistics, AgreeWithCountsByHandOnAGeneratedCollection)
{
    auto store = Fixtures::memoryStore();
    ASSERT_OK(generateSyntheticCollection(*store, SyntheticOptions {1500, 3}));
    expectAggregationsMatch(*store, {});
    CaseFilter narrowed;
    narrowed.statuses = {CaseStatus::Charged, CaseStatus::Convicted, CaseStatus::Alleged};
    narrowed.fromDay = day(1990, 1, 1);
    narrowed.toDay = day(2015, 12, 31);
    expectAggregationsMatch(*store, narrowed);
    const auto counts = CaseStatistics(*store).countries({});
    ASSERT_OK(counts);
    CaseFilter country;
    country.countries = {counts->countries.first().code};
    expectAggregationsMatch(*store, country);
}

} // namespace
