#include "timeline/TimelineLanes.h"

#include "TestSupport.h"
#include "TimelineFixtures.h"
#include "store/ActorRepository.h"
#include "store/CaseRepository.h"
#include "store/CaseSearch.h"
#include "store/EventRepository.h"

#include <gtest/gtest.h>

#include <set>

using namespace Spyline;
using namespace Spyline::TimelineFixtures;

namespace {

// The lane holding an event, found by its title.
QString laneOf(const TimelineLanes& lanes, const QString& title)
{
    const int event = eventNamed(lanes.data(), title);
    EXPECT_GE(event, 0) << title.toStdString();
    return event < 0 ? QString() : lanes.laneKey(lanes.laneOfEvent(event));
}

QString titleOfLaneOf(const TimelineLanes& lanes, const QString& title)
{
    const int event = eventNamed(lanes.data(), title);
    return event < 0 ? QString() : lanes.title(lanes.laneOfEvent(event));
}

class EveryKey : public ::testing::TestWithParam<LaneKey>
{
};

TEST_P(EveryKey, EveryEventIsInExactlyOneLaneSortedByTime)
{
    for (const auto& data : {sampleData(), syntheticData(600)}) {
        const auto lanes = TimelineLanes::build(data, GetParam());
        std::vector<int> seen(data->events().size(), 0);
        DayNumber previousFirst = 0;
        for (int lane = 0; lane < lanes->count(); ++lane) {
            const auto events = lanes->events(lane);
            const auto anchors = lanes->anchors(lane);
            ASSERT_EQ(events.size(), anchors.size());
            for (size_t i = 0; i < events.size(); ++i) {
                ++seen[size_t(events[i])];
                EXPECT_EQ(lanes->laneOfEvent(events[i]), lane);
                EXPECT_EQ(anchors[i], data->events()[size_t(events[i])].earliest);
                if (i > 0) {
                    EXPECT_LE(anchors[i - 1], anchors[i]);
                }
            }
            // Lanes come in the order of their first event or span.
            EXPECT_LE(previousFirst, lanes->lane(lane).firstDay);
            previousFirst = lanes->lane(lane).firstDay;
            EXPECT_FALSE(lanes->title(lane).isEmpty());
            EXPECT_EQ(lanes->findLane(lanes->laneKey(lane)), lane);
        }
        for (size_t e = 0; e < seen.size(); ++e)
            EXPECT_EQ(seen[e], 1) << "event " << e;
    }
}

INSTANTIATE_TEST_SUITE_P(TimelineLanes, EveryKey,
                         ::testing::Values(LaneKey::Case, LaneKey::DisclosingCountry, LaneKey::AccusedCountry,
                                           LaneKey::AccusedAgency, LaneKey::VenueCountry, LaneKey::Actor),
                         [](const ::testing::TestParamInfo<LaneKey>& param) {
                             return TimelineLanes::keyLabel(param.param).remove(u' ').toStdString();
                         });

TEST(TimelineLanes, ByCaseGivesEachCaseALaneAndStatementsLanesByCountry)
{
    const auto data = sampleData();
    const auto lanes = TimelineLanes::build(data, LaneKey::Case);
    int caseLanes = 0;
    for (int lane = 0; lane < lanes->count(); ++lane)
        caseLanes += lanes->lane(lane).kind == TimelineLanes::LaneKind::Case;
    EXPECT_EQ(caseLanes, 7);
    EXPECT_EQ(titleOfLaneOf(*lanes, QStringLiteral("MSS announces the Zeng case")),
              QStringLiteral(
                  "Zeng (曾): military industrial group employee said to have been recruited by the CIA in Italy"));
    // Burns's remarks belong to no case: the lane of his country's events outside cases.
    EXPECT_EQ(laneOf(*lanes,
                     QStringLiteral("CIA Director William Burns says the CIA has made progress in rebuilding "
                                    "its spy networks in China")),
              QStringLiteral("outside:US"));
    EXPECT_EQ(titleOfLaneOf(*lanes, QStringLiteral("China's revised Counter-Espionage Law comes into effect")),
              QStringLiteral("China, outside cases"));
    for (size_t c = 0; c < data->cases().size(); ++c) {
        const int lane = lanes->laneOfCase(qsizetype(c));
        ASSERT_GE(lane, 0);
        EXPECT_EQ(lanes->cases(lane).size(), 1u);
        EXPECT_EQ(lanes->lane(lane).ref, int(c));
    }
    // A case's lane names its countries as people say them, not by their codes.
    const int zeng = lanes->laneOfEvent(eventNamed(*data, QStringLiteral("MSS announces the Zeng case")));
    EXPECT_EQ(lanes->subtitle(zeng),
              QStringLiteral("under investigation \u00b7 target China \u00b7 accused United States"));
}

TEST(TimelineLanes, ByDisclosingCountryFollowsTheAnnouncement)
{
    const auto lanes = TimelineLanes::build(sampleData(), LaneKey::DisclosingCountry);
    EXPECT_EQ(laneOf(*lanes, QStringLiteral("MSS announces the Zeng case")), QStringLiteral("country:CN"));
    EXPECT_EQ(laneOf(*lanes, QStringLiteral("Two men arrested under the Official Secrets Act")),
              QStringLiteral("country:GB"));
    // No announcement and no disclosing authority: the record does not say who disclosed it.
    EXPECT_EQ(titleOfLaneOf(*lanes, QStringLiteral("Cyberattack on Northwestern Polytechnical University")),
              QStringLiteral("Disclosing country not recorded"));
}

TEST(TimelineLanes, ByAccusedCountryAndAgency)
{
    const auto byCountry = TimelineLanes::build(sampleData(), LaneKey::AccusedCountry);
    EXPECT_EQ(laneOf(*byCountry, QStringLiteral("MSS announces the Zeng case")), QStringLiteral("country:US"));
    EXPECT_EQ(laneOf(*byCountry, QStringLiteral("Two men arrested under the Official Secrets Act")),
              QStringLiteral("country:CN"));
    EXPECT_EQ(titleOfLaneOf(*byCountry, QStringLiteral("Cyberattack on Northwestern Polytechnical University")),
              QStringLiteral("Accused country not recorded"));

    const auto byAgency = TimelineLanes::build(sampleData(), LaneKey::AccusedAgency);
    // The Rome and Tokyo stations roll up to the agency they are part of.
    EXPECT_EQ(titleOfLaneOf(*byAgency, QStringLiteral("MSS announces the Zeng case")),
              QStringLiteral("Central Intelligence Agency"));
    EXPECT_EQ(laneOf(*byAgency, QStringLiteral("MSS announces the Zeng case")),
              laneOf(*byAgency, QStringLiteral("MSS announces the Hao case, the second CIA case within 15 days")));
    EXPECT_EQ(titleOfLaneOf(*byAgency, QStringLiteral("MSS releases details of the John Shing-wan Leung case")),
              QStringLiteral("Sponsoring agency not recorded"));
}

TEST(TimelineLanes, ByVenueCountryFollowsTheRecruitment)
{
    const auto data = syntheticData(600);
    const auto lanes = TimelineLanes::build(data, LaneKey::VenueCountry);
    int checked = 0;
    for (size_t e = 0; e < data->events().size(); ++e) {
        const TimelineEvent& event = data->events()[e];
        if (event.kind != EventKind::Recruitment || event.caseIndex < 0)
            continue;
        // Every event of the case sits in the lane of the country where the recruitment happened.
        const int lane = lanes->laneOfEvent(qsizetype(e));
        EXPECT_EQ(lanes->laneKey(lane), QStringLiteral("country:") + data->countryCode(event.country));
        EXPECT_EQ(lanes->laneOfCase(event.caseIndex), lane);
        ++checked;
    }
    EXPECT_GT(checked, 100);
    const auto sample = TimelineLanes::build(sampleData(), LaneKey::VenueCountry);
    EXPECT_EQ(titleOfLaneOf(*sample, QStringLiteral("MSS announces the Zeng case")), QStringLiteral("Italy"));
    EXPECT_EQ(titleOfLaneOf(*sample, QStringLiteral("MSS releases details of the John Shing-wan Leung case")),
              QStringLiteral("Recruitment venue not recorded"));
}

TEST(TimelineLanes, ByActorPutsEventsWithWhoActedAndSpansWithTheSuspect)
{
    const auto data = sampleData();
    const auto lanes = TimelineLanes::build(data, LaneKey::Actor);
    EXPECT_EQ(titleOfLaneOf(*lanes, QStringLiteral("MSS announces the Zeng case")),
              QStringLiteral("Ministry of State Security (国家安全部)"));
    EXPECT_EQ(laneOf(*lanes, QStringLiteral("MSS announces the Zeng case")),
              laneOf(*lanes, QStringLiteral("MSS opens its official WeChat account with a call to action")));
    EXPECT_EQ(titleOfLaneOf(*lanes, QStringLiteral("Cyberattack on Northwestern Polytechnical University")),
              QStringLiteral("No actor recorded"));
    const int zengCase = data->caseIndex(data->cases()[0].id);
    ASSERT_GE(zengCase, 0);
    for (size_t c = 0; c < data->cases().size(); ++c) {
        const TimelineCase& record = data->cases()[c];
        const int lane = lanes->laneOfCase(qsizetype(c));
        if (record.suspect < 0) {
            EXPECT_EQ(lane, -1);
            continue;
        }
        ASSERT_GE(lane, 0);
        EXPECT_EQ(lanes->lane(lane).ref, record.suspect);
        EXPECT_EQ(lanes->title(lane), data->actorTitle(record.suspect));
    }
}

TEST(TimelineLanes, CountsByAnchorMatchADirectCount)
{
    const auto data = syntheticData(3000);
    const auto lanes = TimelineLanes::build(data, LaneKey::DisclosingCountry);
    const std::vector<std::pair<qint64, qint64>> ranges = {{data->firstDay(), data->lastDay() + 1},
                                                           {day(2001, 3, 1), day(2001, 4, 1)},
                                                           {day(1990, 1, 1), day(2000, 1, 1)},
                                                           {day(1800, 1, 1), day(1801, 1, 1)},
                                                           {day(2001, 3, 5), day(2001, 3, 6)}};
    for (int lane = 0; lane < lanes->count(); ++lane) {
        for (const auto& [from, to] : ranges) {
            qsizetype direct = 0;
            for (qint32 e : lanes->events(lane)) {
                const DayNumber anchor = data->events()[size_t(e)].earliest;
                direct += anchor >= from && anchor < to;
            }
            ASSERT_EQ(lanes->countBetween(lane, from, to), direct) << "lane " << lane << " from " << from;
        }
    }
}

TEST(DayIndex, CountsExactlyForAnyDay)
{
    std::vector<DayNumber> days;
    quint32 seed = 12345;
    DayNumber day = 2400000;
    for (int i = 0; i < 5000; ++i) {
        seed = seed * 1103515245u + 12345u;
        day += DayNumber((seed >> 16) % 40 == 0 ? (seed >> 8) % 3000 : (seed >> 16) % 3);
        days.push_back(day);
    }
    const DayIndex index(days);
    EXPECT_GT(index.shift(), 0);
    for (qint64 probe = days.front() - 10; probe <= days.back() + 10; probe += 7) {
        const auto expected = qsizetype(std::lower_bound(days.begin(), days.end(), probe) - days.begin());
        ASSERT_EQ(index.countBefore(probe), expected) << probe;
    }
    EXPECT_EQ(DayIndex().countBefore(5), 0);
}

} // namespace

namespace {

TEST(TimelineLanes, AFilterLeavesOutOtherCasesButKeepsEventsOutsideCases)
{
    const auto data = sampleData();
    const auto all = TimelineLanes::build(data, LaneKey::Case);
    // Only the Hao case passes, as when the filter bar holds "Tokyo".
    qint64 hao = 0;
    for (size_t c = 0; c < data->cases().size(); ++c) {
        if (data->caseTitle(qint32(c)).startsWith(QStringLiteral("Hao")))
            hao = data->cases()[c].id;
    }
    ASSERT_NE(hao, 0);
    const auto filtered = TimelineLanes::build(data, LaneKey::Case, ShownRecords::casesOnly({hao}));
    EXPECT_EQ(filtered->shownCases()->size(), 1u);
    int caseLanes = 0;
    qsizetype events = 0;
    qsizetype outside = 0;
    for (int lane = 0; lane < filtered->count(); ++lane) {
        caseLanes += filtered->lane(lane).kind == TimelineLanes::LaneKind::Case;
        events += qsizetype(filtered->events(lane).size());
        if (filtered->lane(lane).kind == TimelineLanes::LaneKind::OutsideCases)
            outside += qsizetype(filtered->events(lane).size());
    }
    EXPECT_EQ(caseLanes, 1);
    // Statements and laws stay as context; the other cases' events go.
    qsizetype outsideAll = 0;
    for (int lane = 0; lane < all->count(); ++lane) {
        if (all->lane(lane).kind == TimelineLanes::LaneKind::OutsideCases)
            outsideAll += qsizetype(all->events(lane).size());
    }
    EXPECT_EQ(outside, outsideAll);
    EXPECT_LT(events, qsizetype(data->events().size()));
    for (size_t c = 0; c < data->cases().size(); ++c)
        EXPECT_EQ(filtered->laneOfCase(qsizetype(c)) >= 0, data->cases()[c].id == hao);
}

} // namespace

namespace {

TEST(TimelineLanesTitles, CaseLanesWhoseTitlesBeginAlikeShowWhatTellsThemApart)
{
    auto store = Fixtures::sampleStore();
    const QString start = QStringLiteral("Engineer at a military industrial group said to have been recruited in Italy "
                                         "while on a visit: ");
    for (const char* name : {"Zeng", "Wang"}) {
        const Id caseId = *CaseRepository(*store).insert(
            Case {0, start + QString::fromLatin1(name), {}, CaseStatus::Alleged, {}, {}, {}, {}});
        Event announcement;
        announcement.caseId = caseId;
        announcement.kind = EventKind::Announcement;
        announcement.title = QStringLiteral("Announced");
        announcement.date = *PartialDate::parse(u"2024-02-01");
        ASSERT_OK(EventRepository(*store).insert(announcement));
    }
    const auto lanes = TimelineLanes::build(load(*store), LaneKey::Case);
    QStringList headers;
    for (int lane = 0; lane < lanes->count(); ++lane) {
        headers.append(lanes->headerTitle(lane));
        if (lanes->title(lane).startsWith(start)) {
            EXPECT_LT(lanes->headerTitle(lane).size(), 50) << lanes->headerTitle(lane).toStdString();
        } else if (lanes->lane(lane).kind == TimelineLanes::LaneKind::Case) {
            EXPECT_EQ(lanes->headerTitle(lane), lanes->title(lane));
        }
    }
    EXPECT_EQ(headers.filter(QStringLiteral("\u2026 Zeng")).size(), 1) << headers.join(u'|').toStdString();
    EXPECT_EQ(headers.filter(QStringLiteral("\u2026 Wang")).size(), 1) << headers.join(u'|').toStdString();
}

// Native names beside romanised ones: on the lanes of cases and of actors, wherever one is recorded.
TEST(TimelineLanesTitles, NativeNamesStandBesideRomanisedOnes)
{
    auto store = Fixtures::sampleStore();
    // The sample records 曾 for Zeng and 国家安全部 for the MSS; Hao gets 郝 here.
    const Id hao = *ActorRepository(*store).find(QStringLiteral("Hao"), QStringLiteral("CN"));
    Actor actor = *ActorRepository(*store).get(hao);
    actor.nativeName = QStringLiteral("郝");
    ASSERT_OK(ActorRepository(*store).update(actor));
    const auto data = load(*store);

    const auto byCase = TimelineLanes::build(data, LaneKey::Case);
    const QString zengLane = titleOfLaneOf(*byCase, QStringLiteral("MSS announces the Zeng case"));
    EXPECT_TRUE(zengLane.startsWith(QStringLiteral("Zeng (曾): military industrial group employee")))
        << zengLane.toStdString();
    EXPECT_TRUE(titleOfLaneOf(*byCase, QStringLiteral("MSS announces the Hao case, the second CIA case within 15 days"))
                    .startsWith(QStringLiteral("Hao (郝): central government ministry official")));
    // A case whose suspect has no native name keeps its title.
    EXPECT_TRUE(titleOfLaneOf(*byCase, QStringLiteral("Two men arrested under the Official Secrets Act"))
                    .startsWith(QStringLiteral("UK parliamentary researcher")));

    const auto byActor = TimelineLanes::build(data, LaneKey::Actor);
    QStringList titles;
    for (int lane = 0; lane < byActor->count(); ++lane)
        titles.append(byActor->title(lane));
    EXPECT_TRUE(titles.contains(QStringLiteral("Zeng (曾)"))) << titles.join(u'|').toStdString();
    EXPECT_TRUE(titles.contains(QStringLiteral("Ministry of State Security (国家安全部)")))
        << titles.join(u'|').toStdString();
    EXPECT_TRUE(titles.contains(QStringLiteral("William Burns")));
}

TEST(TimelineLanesTitles, ANativeNameTheTitleCannotCarryIsInTheSubtitle)
{
    auto store = Fixtures::sampleStore();
    CaseFilter named;
    named.text = QStringLiteral("Zeng");
    const Id zeng = CaseSearch(*store).caseIds(named).value_or({}).value(0);
    ASSERT_NE(zeng, 0);
    Case record = *CaseRepository(*store).get(zeng);
    record.title = QStringLiteral("Military industrial group employee said to have been recruited in Italy");
    ASSERT_OK(CaseRepository(*store).update(record));
    const auto lanes = TimelineLanes::build(load(*store), LaneKey::Case);
    const int lane = lanes->laneOfEvent(eventNamed(lanes->data(), QStringLiteral("MSS announces the Zeng case")));
    ASSERT_GE(lane, 0);
    EXPECT_EQ(lanes->title(lane), record.title);
    EXPECT_TRUE(lanes->subtitle(lane).startsWith(QStringLiteral("Zeng (曾) · ")))
        << lanes->subtitle(lane).toStdString();
}

// The lane of the event with this title, -1 when it has none; a title not in the data fails.
int laneOfTitled(const TimelineLanes& lanes, const QString& title)
{
    const int event = eventNamed(lanes.data(), title);
    if (event < 0) {
        ADD_FAILURE() << "no event " << title.toStdString();
        return -2;
    }
    return lanes.laneOfEvent(event);
}

// As publicly known on a day: no lane, no event and no link for what had not been made public.
TEST(TimelineLanesKnownOn, OnlyWhatWasPublicGetsALane)
{
    auto store = Fixtures::sampleStore();
    const auto data = load(*store);
    const auto lanesAsOf = [&](DayNumber known) {
        CaseFilter filter;
        filter.knownOn = known;
        return TimelineLanes::build(data, LaneKey::Case, *ShownRecords::of(*store, filter));
    };
    const auto first = lanesAsOf(day(2023, 8, 1));
    EXPECT_LT(laneOfTitled(*first, QStringLiteral("MSS announces the Zeng case")), 0);
    for (int lane = 0; lane < first->count(); ++lane) {
        EXPECT_FALSE(first->title(lane).startsWith(QStringLiteral("Zeng"))) << first->title(lane).toStdString();
        EXPECT_FALSE(first->events(lane).empty() && first->cases(lane).empty());
    }
    EXPECT_GE(laneOfTitled(*first, QStringLiteral("MSS opens its official WeChat account with a call to action")), 0);
    EXPECT_LT(laneOfTitled(*first,
                           QStringLiteral("MSS responds to concerns of foreign media about the Counter-Espionage Law")),
              0);

    const auto twelfth = lanesAsOf(day(2023, 8, 12));
    const int zeng = laneOfTitled(*twelfth, QStringLiteral("MSS announces the Zeng case"));
    ASSERT_GE(zeng, 0);
    EXPECT_TRUE(twelfth->title(zeng).startsWith(QStringLiteral("Zeng")));
    EXPECT_LT(laneOfTitled(*twelfth, QStringLiteral("MSS announces the Hao case, the second CIA case within 15 days")),
              0);
    // Burns's remarks, which the announcement answers, are on the page with it.
    EXPECT_GE(
        laneOfTitled(
            *twelfth,
            QStringLiteral(
                "CIA Director William Burns says the CIA has made progress in rebuilding its spy networks in China")),
        0);
}

} // namespace
