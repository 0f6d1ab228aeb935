#include "TestSupport.h"
#include "store/ActorRepository.h"
#include "store/CaseRepository.h"
#include "store/CaseSearch.h"
#include "store/EventRepository.h"

using namespace Spyline;

namespace {

PartialDate date(const char* text)
{
    return *PartialDate::parse(QString::fromLatin1(text));
}

class SearchTest : public ::testing::Test
{
protected:
    std::unique_ptr<Store> store = Fixtures::sampleStore();
    CaseSearch search {*store};

    QStringList titlesFor(const CaseFilter& filter, CaseSortKey sort = CaseSortKey::Title)
    {
        const auto ids = search.caseIds(filter, sort);
        EXPECT_OK(ids);
        QStringList titles;
        CaseRepository cases(*store);
        for (Id id : ids.value_or({}))
            titles.append(cases.get(id)->title);
        return titles;
    }
    static bool anyStartsWith(const QStringList& titles, const char* prefix)
    {
        return std::any_of(titles.begin(), titles.end(),
                           [&](const QString& t) { return t.startsWith(QString::fromUtf8(prefix)); });
    }
    Id actorNamed(const char* name)
    {
        for (const Actor& actor : *ActorRepository(*store).all()) {
            if (actor.name == QString::fromUtf8(name))
                return actor.id;
        }
        ADD_FAILURE() << "no actor " << name;
        return 0;
    }
};

TEST_F(SearchTest, TokyoFindsTheHaoCase)
{
    CaseFilter filter;
    filter.text = QStringLiteral("Tokyo");
    const QStringList titles = titlesFor(filter);
    ASSERT_EQ(titles.size(), 1) << titles.join(u'|').toStdString();
    EXPECT_TRUE(titles.first().startsWith(QStringLiteral("Hao")));
}

TEST_F(SearchTest, FindsANativeScriptName)
{
    CaseFilter filter;
    filter.text = QStringLiteral("曾");
    const QStringList titles = titlesFor(filter);
    ASSERT_EQ(titles.size(), 1) << titles.join(u'|').toStdString();
    EXPECT_TRUE(titles.first().startsWith(QStringLiteral("Zeng")));
}

TEST_F(SearchTest, FindsCjkInsideARunOfCharacters)
{
    // 国家安全部 (Ministry of State Security): 安全 sits in the middle of the run.
    const auto hits = search.search(QStringLiteral("安全"));
    ASSERT_OK(hits);
    ASSERT_FALSE(hits->isEmpty());
    EXPECT_EQ(hits->first().kind, SearchHit::Kind::Actor);
    EXPECT_EQ(hits->first().title, QStringLiteral("Ministry of State Security"));
}

TEST_F(SearchTest, EveryWordMustMatchButNotInTheSameRecord)
{
    CaseFilter filter;
    filter.text = QStringLiteral("visa ministry"); // the venue context and the sector
    EXPECT_EQ(titlesFor(filter).size(), 1);
    filter.text = QStringLiteral("visa italy");
    EXPECT_TRUE(titlesFor(filter).isEmpty());
}

TEST_F(SearchTest, PrefixesMatchAsYouType)
{
    CaseFilter filter;
    filter.text = QStringLiteral("Toky");
    EXPECT_EQ(titlesFor(filter).size(), 1);
}

TEST_F(SearchTest, QueryTextIsNeverSyntax)
{
    for (const char* hostile : {"\"", "Tokyo OR", "NEAR(a b)", "*", "a\"b", "-Tokyo", "'); DROP TABLE cases;--"}) {
        CaseFilter filter;
        filter.text = QString::fromUtf8(hostile);
        EXPECT_OK(search.caseIds(filter)) << hostile;
        EXPECT_OK(search.search(filter.text)) << hostile;
    }
    EXPECT_EQ(*CaseRepository(*store).count(), 7);
}

TEST_F(SearchTest, FiltersByDateRangeOfDisclosure)
{
    CaseFilter filter;
    filter.fromDay = date("2023-08-01").earliestDay();
    filter.toDay = date("2023-08-31").latestDay();
    const QStringList titles = titlesFor(filter, CaseSortKey::Date);
    // Zeng and Hao were disclosed in August; the Wuhan case has no disclosure and one event of
    // "2023~", which can fall in August, so the filter keeps it too.
    ASSERT_EQ(titles.size(), 3) << titles.join(u'|').toStdString();
    EXPECT_TRUE(anyStartsWith(titles, "Zeng"));
    EXPECT_TRUE(anyStartsWith(titles, "Hao"));
    EXPECT_TRUE(anyStartsWith(titles, "Cyberattack on the Wuhan"));
}

TEST_F(SearchTest, UncertainDatesFilterByOverlapAndSortByEarliestThenLatestDay)
{
    const auto addCase = [&](const QString& title, const char* disclosed) {
        const auto id = CaseRepository(*store).insert(Case {0, title, {}, CaseStatus::Alleged, {}, {}, {}, {}});
        EXPECT_OK(id);
        if (*disclosed) {
            Event event;
            event.caseId = *id;
            event.kind = EventKind::Announcement;
            event.title = title;
            event.date = date(disclosed);
            EXPECT_OK(EventRepository(*store).insert(event));
        }
        return id.value_or(0);
    };
    const Id month = addCase(QStringLiteral("Month 1990"), "1990-06");
    const Id year = addCase(QStringLiteral("Year 1990"), "1990");
    const Id day = addCase(QStringLiteral("Day 1990"), "1990-06-01");
    const Id before = addCase(QStringLiteral("Before 1990"), "../1990-06-20");
    const Id undated = addCase(QStringLiteral("Undated"), "");

    // From 15 June to 30 June 1990: what can fall within it.
    CaseFilter filter;
    filter.fromDay = date("1990-06-15").earliestDay();
    filter.toDay = date("1990-06-30").latestDay();
    auto ids = search.caseIds(filter, CaseSortKey::Date, false);
    ASSERT_OK(ids);
    EXPECT_EQ(*ids, (QList<Id> {before, year, month})) << "the exact day of 1 June is outside; undated never fits";

    // Sorted by date: earliest day first, then the narrower; undated before every date in this order.
    filter = {};
    filter.caseIds = {month, year, day, before, undated};
    ids = search.caseIds(filter, CaseSortKey::Date, false);
    ASSERT_OK(ids);
    EXPECT_EQ(*ids, (QList<Id> {undated, before, year, day, month}));
    // Newest first (the case table's default): the same order reversed, undated last.
    ids = search.caseIds(filter, CaseSortKey::Date, true);
    ASSERT_OK(ids);
    EXPECT_EQ(*ids, (QList<Id> {month, day, year, before, undated}));
}

TEST_F(SearchTest, FiltersByCountryStatusAgencyAndEventKind)
{
    CaseFilter byCountry;
    byCountry.countries = {QStringLiteral("GB")};
    EXPECT_EQ(titlesFor(byCountry).size(), 1);

    CaseFilter byStatus;
    byStatus.statuses = {CaseStatus::UnderInvestigation};
    EXPECT_EQ(titlesFor(byStatus).size(), 2);

    // The CIA's stations count as the CIA.
    CaseFilter byAgency;
    byAgency.agencies = {actorNamed("Central Intelligence Agency")};
    const QStringList ciaCases = titlesFor(byAgency);
    EXPECT_TRUE(anyStartsWith(ciaCases, "Zeng"));
    EXPECT_TRUE(anyStartsWith(ciaCases, "Hao"));

    CaseFilter byKind;
    byKind.eventKinds = {EventKind::Arrest};
    const QStringList arrested = titlesFor(byKind);
    ASSERT_EQ(arrested.size(), 1);
    EXPECT_TRUE(arrested.first().startsWith(QStringLiteral("UK")));
}

TEST_F(SearchTest, CombinedFiltersIntersect)
{
    CaseFilter filter;
    filter.countries = {QStringLiteral("CN")};
    filter.statuses = {CaseStatus::UnderInvestigation, CaseStatus::Alleged};
    filter.text = QStringLiteral("Italy");
    const QStringList titles = titlesFor(filter);
    ASSERT_EQ(titles.size(), 1);
    EXPECT_TRUE(titles.first().startsWith(QStringLiteral("Zeng")));
    EXPECT_EQ(*search.count(filter), 1);
    EXPECT_EQ(*search.count({}), 7);
}

TEST_F(SearchTest, SortsInEitherDirection)
{
    const auto ascending = search.caseIds({}, CaseSortKey::Date, false);
    const auto descending = search.caseIds({}, CaseSortKey::Date, true);
    ASSERT_OK(ascending);
    ASSERT_OK(descending);
    QList<Id> reversed(descending->rbegin(), descending->rend());
    EXPECT_EQ(*ascending, reversed);
    EXPECT_EQ(search.caseIds({}, CaseSortKey::Date, false, 2)->size(), 2);
}

TEST(CaseSearchQuery, QuotesEveryWordAsAPrefix)
{
    EXPECT_EQ(CaseSearch::ftsQuery(QStringLiteral("Tokyo visa")), QStringLiteral("\"Tokyo\"* \"visa\"*"));
    EXPECT_EQ(CaseSearch::ftsQuery(QStringLiteral("a\"b")), QStringLiteral("\"a\"\"b\"*"));
    EXPECT_TRUE(CaseSearch::ftsQuery(QStringLiteral(" - * ")).isEmpty());
}

} // namespace
