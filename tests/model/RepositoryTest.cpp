#include "TestSupport.h"
#include "store/ActorRepository.h"
#include "store/CaseRepository.h"
#include "store/EventRepository.h"
#include "store/LinkRepository.h"
#include "store/SourceRepository.h"

#include <QSignalSpy>

using namespace Spyline;

namespace {

PartialDate date(const char* text)
{
    return *PartialDate::parse(QString::fromLatin1(text));
}

class RepositoryTest : public ::testing::Test
{
protected:
    std::unique_ptr<Store> store = Fixtures::memoryStore();
    ActorRepository actors {*store};
    CaseRepository cases {*store};
    EventRepository events {*store};
    SourceRepository sources {*store};
    LinkRepository links {*store};

    Id addCase(const QString& title = QStringLiteral("Zeng"))
    {
        auto id = cases.insert(Case {0,
                                     title,
                                     QStringLiteral("summary"),
                                     CaseStatus::UnderInvestigation,
                                     QStringLiteral("military industrial group"),
                                     QStringLiteral("CN"),
                                     QStringLiteral("US"),
                                     {}});
        EXPECT_OK(id);
        return id.value_or(0);
    }
    Id addEvent(Id caseId, EventKind kind, const char* when, const QString& title = QStringLiteral("event"))
    {
        Event event;
        event.caseId = caseId;
        event.kind = kind;
        event.title = title;
        event.date = date(when);
        auto id = events.insert(event);
        EXPECT_OK(id);
        return id.value_or(0);
    }
};

TEST_F(RepositoryTest, ActorRoundTripsEveryField)
{
    Actor seth;
    seth.kind = ActorKind::Person;
    seth.name = QStringLiteral("Seth");
    seth.nativeName = QStringLiteral("セス");
    seth.aliases = {QStringLiteral("S."), QStringLiteral("Officer Seth")};
    seth.country = QStringLiteral("US");
    seth.born = date("~1970s");
    seth.notes = QStringLiteral("Name as given by the MSS");
    auto cia =
        actors.insert(Actor {0, ActorKind::Agency, QStringLiteral("CIA"), {}, {}, QStringLiteral("US"), {}, {}, 0});
    ASSERT_OK(cia);
    seth.partOf = *cia;
    auto id = actors.insert(seth);
    ASSERT_OK(id);
    seth.id = *id;
    EXPECT_EQ(*actors.get(*id), seth);

    seth.notes = QStringLiteral("Revealed himself as CIA Rome station");
    ASSERT_OK(actors.update(seth));
    EXPECT_EQ(actors.get(*id)->notes, seth.notes);
    EXPECT_EQ(*actors.find(QStringLiteral("seth"), QStringLiteral("US")), *id);
    EXPECT_EQ(*actors.find(QStringLiteral("Seth"), QStringLiteral("IT")), 0);
}

TEST_F(RepositoryTest, ActorWithoutNativeNameAliasesOrNotesCanBeUpdated)
{
    Actor agency {0, ActorKind::Agency, QStringLiteral("SISMI"), {}, {}, QStringLiteral("IT"), {}, {}, 0};
    auto id = actors.insert(agency);
    ASSERT_OK(id);
    agency.id = *id;
    agency.name = QStringLiteral("AISE");
    agency.country.clear();
    ASSERT_OK(actors.update(agency));
    const Actor stored = *actors.get(*id);
    EXPECT_EQ(stored.name, agency.name);
    EXPECT_TRUE(stored.nativeName.isEmpty());
    EXPECT_TRUE(stored.country.isEmpty());
}

TEST_F(RepositoryTest, ActorNeedsANameAndAKnownCountry)
{
    auto unnamed = actors.insert(Actor {0, ActorKind::Person, QStringLiteral("  "), {}, {}, {}, {}, {}, 0});
    ASSERT_FALSE(unnamed.ok());
    EXPECT_TRUE(unnamed.error().startsWith(QStringLiteral("name:")));
    auto nowhere =
        actors.insert(Actor {0, ActorKind::Person, QStringLiteral("X"), {}, {}, QStringLiteral("ZZ"), {}, {}, 0});
    ASSERT_FALSE(nowhere.ok());
    EXPECT_TRUE(nowhere.error().startsWith(QStringLiteral("country:"))) << nowhere.error().toStdString();
}

TEST_F(RepositoryTest, ActorWithRolesCannotBeDeleted)
{
    const Id caseId = addCase();
    auto zeng = actors.insert(Actor {0,
                                     ActorKind::Person,
                                     QStringLiteral("Zeng"),
                                     QStringLiteral("曾"),
                                     {},
                                     QStringLiteral("CN"),
                                     date("1971-07"),
                                     {},
                                     0});
    ASSERT_OK(zeng);
    ASSERT_OK(cases.addRole(Role {0, caseId, *zeng, RoleKind::Suspect, {}}));
    const Status removed = actors.remove(*zeng);
    ASSERT_FALSE(removed.ok());
    EXPECT_TRUE(removed.error().contains(QStringLiteral("role")));
    EXPECT_OK(actors.get(*zeng));
}

TEST_F(RepositoryTest, RoleIsUniquePerCaseActorAndKind)
{
    const Id caseId = addCase();
    auto ted =
        actors.insert(Actor {0, ActorKind::Person, QStringLiteral("Ted"), {}, {}, QStringLiteral("US"), {}, {}, 0});
    ASSERT_OK(ted);
    ASSERT_OK(cases.addRole(Role {0, caseId, *ted, RoleKind::Handler, {}}));
    ASSERT_OK(cases.addRole(Role {0, caseId, *ted, RoleKind::Intermediary, QStringLiteral("introduced Li Jun")}));
    const auto again = cases.addRole(Role {0, caseId, *ted, RoleKind::Handler, {}});
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().startsWith(QStringLiteral("role:")));
    const auto roles = cases.roles(caseId);
    ASSERT_OK(roles);
    ASSERT_EQ(roles->size(), 2);
    EXPECT_EQ(roles->at(1).note, QStringLiteral("introduced Li Jun"));
    EXPECT_EQ(*cases.casesWithRole(*ted, RoleKind::Handler), QList<Id> {caseId});
}

TEST_F(RepositoryTest, CaseRoundTripsAndValidates)
{
    const Id id = addCase();
    auto stored = cases.get(id);
    ASSERT_OK(stored);
    EXPECT_EQ(stored->status, CaseStatus::UnderInvestigation);
    EXPECT_EQ(stored->accusedCountry, QStringLiteral("US"));
    Case changed = *stored;
    changed.status = CaseStatus::Charged;
    ASSERT_OK(cases.update(changed));
    EXPECT_EQ(cases.get(id)->status, CaseStatus::Charged);

    changed.title.clear();
    const Status untitled = cases.update(changed);
    ASSERT_FALSE(untitled.ok());
    EXPECT_TRUE(untitled.error().startsWith(QStringLiteral("title:")));
    EXPECT_FALSE(cases.update(Case {999, QStringLiteral("gone"), {}, CaseStatus::Alleged, {}, {}, {}, {}}).ok());
}

TEST_F(RepositoryTest, EventsComeInDateOrderAndSpanTheCase)
{
    const Id caseId = addCase();
    addEvent(caseId, EventKind::Announcement, "2023-08-11", QStringLiteral("Announced"));
    addEvent(caseId, EventKind::Recruitment, "~2015", QStringLiteral("Recruited"));
    addEvent(caseId, EventKind::Arrest, "2023-06", QStringLiteral("Arrested"));
    const auto list = events.eventsOfCase(caseId);
    ASSERT_OK(list);
    ASSERT_EQ(list->size(), 3);
    EXPECT_EQ(list->at(0).title, QStringLiteral("Recruited"));
    EXPECT_EQ(list->at(1).title, QStringLiteral("Arrested"));
    EXPECT_EQ(list->at(2).title, QStringLiteral("Announced"));
    EXPECT_EQ(list->at(0).date.text(), QStringLiteral("2015~"));

    auto span = cases.span(caseId);
    ASSERT_OK(span);
    EXPECT_EQ(span->firstDay, date("2015").earliestDay());
    EXPECT_EQ(span->lastDay, date("2023-08-11").latestDay());
    EXPECT_EQ(span->disclosedDay, date("2023-08-11").earliestDay());

    // Deleting the announcement moves the span back.
    ASSERT_OK(events.remove(list->at(2).id));
    span = cases.span(caseId);
    EXPECT_EQ(span->lastDay, date("2023-06").latestDay());
    EXPECT_EQ(span->disclosedDay, 0);
    EXPECT_OK(store->checkIntegrity());
}

TEST_F(RepositoryTest, EventMayLackADateButNotHaveAnEndBeforeItsStart)
{
    // Sources often give a place and no date: such an event is kept, undated, last in date order.
    const Id caseId = addCase();
    Event event;
    event.caseId = caseId;
    event.kind = EventKind::Recruitment;
    event.title = QStringLiteral("Recruited while studying in Japan");
    const auto undated = events.insert(event);
    ASSERT_OK(undated);
    EXPECT_TRUE(events.get(*undated)->date.isNull());
    addEvent(caseId, EventKind::Announcement, "2023-08-11", QStringLiteral("Announced"));
    EXPECT_EQ(events.eventsOfCase(caseId)->last().id, *undated);
    EXPECT_EQ(cases.span(caseId)->firstDay, date("2023-08-11").earliestDay());

    // An end needs a start.
    event.endDate = date("2016-08");
    const auto endOnly = events.insert(event);
    ASSERT_FALSE(endOnly.ok());
    EXPECT_TRUE(endOnly.error().startsWith(QStringLiteral("end_date:"))) << endOnly.error().toStdString();
    event.date = date("2016-05");
    event.endDate = date("2016-04");
    const auto backwards = events.insert(event);
    ASSERT_FALSE(backwards.ok());
    EXPECT_TRUE(backwards.error().startsWith(QStringLiteral("end_date:")));
    event.endDate = date("2016-08");
    const auto lasting = events.insert(event);
    ASSERT_OK(lasting);
    EXPECT_EQ(events.get(*lasting)->endDate, date("2016-08"));
    EXPECT_OK(store->checkIntegrity());
}

TEST_F(RepositoryTest, SourceAcceptsOnlyWebAddresses)
{
    for (const char* url : {"file:///etc/passwd", "javascript:alert(1)", "ftp://example.org/x", "data:text/html,x",
                            "https://", "www.example.org"}) {
        const auto inserted = sources.insert(Source {0, QString::fromLatin1(url), {}, {}, {}, Grade {'B', 2}});
        ASSERT_FALSE(inserted.ok()) << url;
        EXPECT_TRUE(inserted.error().startsWith(QStringLiteral("url:"))) << inserted.error().toStdString();
    }
    const auto ok = sources.insert(Source {0, QStringLiteral("https://www.globaltimes.cn/page/202308/1296686.shtml"),
                                           QStringLiteral("Global Times"), QStringLiteral("Second CIA case"),
                                           date("2023-08-21"), Grade {'C', 3}});
    ASSERT_OK(ok);
    EXPECT_EQ(sources.get(*ok)->grade.text(), QStringLiteral("C3"));
    const auto duplicate = sources.insert(
        Source {0, QStringLiteral("https://www.globaltimes.cn/page/202308/1296686.shtml"), {}, {}, {}, Grade {}});
    ASSERT_FALSE(duplicate.ok());
    EXPECT_TRUE(duplicate.error().startsWith(QStringLiteral("url:")));
    EXPECT_EQ(*sources.findByUrl(QStringLiteral("https://www.globaltimes.cn/page/202308/1296686.shtml")), *ok);
}

TEST_F(RepositoryTest, GradeParsesTheAdmiraltyScale)
{
    EXPECT_EQ(*Grade::parse(QStringLiteral("b"), QStringLiteral("2")), (Grade {'B', 2}));
    EXPECT_FALSE(Grade::parse(QStringLiteral("G"), QStringLiteral("2")).ok());
    EXPECT_FALSE(Grade::parse(QStringLiteral("A"), QStringLiteral("7")).ok());
    EXPECT_FALSE(Grade::parse(QStringLiteral("A"), QStringLiteral("x")).ok());
    EXPECT_TRUE(
        Grade::parse(QStringLiteral("A"), QStringLiteral("0")).error().startsWith(QStringLiteral("credibility:")));
}

TEST_F(RepositoryTest, SourcesOfACaseIncludeThoseOfItsEvents)
{
    const Id caseId = addCase();
    const Id eventId = addEvent(caseId, EventKind::Announcement, "2023-08-11");
    const Id first = *sources.insert(Source {0, QStringLiteral("https://a.example/1"), {}, {}, {}, Grade {}});
    const Id second = *sources.insert(Source {0, QStringLiteral("https://a.example/2"), {}, {}, {}, Grade {}});
    ASSERT_OK(sources.cite(Citation {0, second, 0, eventId, QStringLiteral("quote")}));
    ASSERT_OK(sources.cite(Citation {0, first, caseId, 0, {}}));
    ASSERT_OK(sources.cite(Citation {0, second, caseId, 0, {}}));
    EXPECT_FALSE(sources.cite(Citation {0, first, caseId, eventId, {}}).ok());
    const auto cited = sources.sourcesOfCase(caseId);
    ASSERT_OK(cited);
    ASSERT_EQ(cited->size(), 2);
    EXPECT_EQ(cited->at(0).id, second);
    EXPECT_EQ(cited->at(1).id, first);
    EXPECT_EQ(sources.citationsOfEvent(eventId)->at(0).quote, QStringLiteral("quote"));
}

TEST_F(RepositoryTest, LinkComputesItsLag)
{
    const Id statement = addEvent(0, EventKind::Statement, "2023-07-20", QStringLiteral("Burns"));
    const Id caseId = addCase();
    const Id announcement = addEvent(caseId, EventKind::Announcement, "2023-08-11", QStringLiteral("Zeng"));
    auto id = links.insert(Link {0, announcement, statement, LinkRelation::RespondsTo, QStringLiteral("21 days"), 0});
    ASSERT_OK(id);
    const auto detail = links.detail(*id);
    ASSERT_OK(detail);
    EXPECT_EQ(detail->lag.minDays, 22);
    EXPECT_TRUE(detail->lag.isExact());
    EXPECT_EQ(detail->to.title, QStringLiteral("Burns"));
    EXPECT_EQ(links.linksOfCase(caseId)->size(), 1);
    EXPECT_EQ(links.linksOfEvent(statement)->size(), 1);
}

TEST_F(RepositoryTest, LinkRefusesSelfTiesDuplicatesAndTheWrongDirection)
{
    const Id statement = addEvent(0, EventKind::Statement, "2023-07-20");
    const Id announcement = addEvent(0, EventKind::Announcement, "2023-08-11");
    EXPECT_FALSE(links.insert(Link {0, statement, statement, LinkRelation::RespondsTo, {}, 0}).ok());
    const auto backwards = links.insert(Link {0, statement, announcement, LinkRelation::RespondsTo, {}, 0});
    ASSERT_FALSE(backwards.ok());
    EXPECT_TRUE(backwards.error().startsWith(QStringLiteral("to_event:"))) << backwards.error().toStdString();
    ASSERT_OK(links.insert(Link {0, announcement, statement, LinkRelation::RespondsTo, {}, 0}));
    EXPECT_FALSE(links.insert(Link {0, announcement, statement, LinkRelation::RespondsTo, {}, 0}).ok());
    EXPECT_OK(links.insert(Link {0, announcement, statement, LinkRelation::References, {}, 0}));
}

TEST_F(RepositoryTest, LagOfAMonthPreciseLinkIsARangeThatStartsAtZero)
{
    const Id statement = addEvent(0, EventKind::Statement, "2023-09");
    const Id announcement = addEvent(0, EventKind::Announcement, "2023-09-10");
    auto id = links.insert(Link {0, announcement, statement, LinkRelation::RespondsTo, {}, 0});
    ASSERT_OK(id);
    const Lag lag = links.detail(*id)->lag;
    EXPECT_EQ(lag.minDays, 0);
    EXPECT_EQ(lag.maxDays, 9);
}

TEST_F(RepositoryTest, DeletingACaseRemovesWhatBelongsToIt)
{
    const Id caseId = addCase();
    const Id announcement = addEvent(caseId, EventKind::Announcement, "2023-08-11");
    const Id statement = addEvent(0, EventKind::Statement, "2023-07-20");
    const Id source = *sources.insert(Source {0, QStringLiteral("https://a.example/1"), {}, {}, {}, Grade {}});
    ASSERT_OK(sources.cite(Citation {0, source, caseId, 0, {}}));
    ASSERT_OK(sources.cite(Citation {0, source, 0, announcement, {}}));
    ASSERT_OK(links.insert(Link {0, announcement, statement, LinkRelation::RespondsTo, {}, 0}));
    QSignalSpy spy(store.get(), &Store::changed);
    ASSERT_OK(cases.remove(caseId));
    EXPECT_EQ(spy.count(), 1);
    EXPECT_FALSE(cases.get(caseId).ok());
    EXPECT_FALSE(events.get(announcement).ok());
    EXPECT_OK(events.get(statement));
    EXPECT_TRUE(links.all()->isEmpty());
    EXPECT_TRUE(sources.citationsOfCase(caseId)->isEmpty());
    EXPECT_OK(sources.get(source));
    EXPECT_OK(store->checkIntegrity());
}

TEST_F(RepositoryTest, UnknownCountriesAreRefusedByName)
{
    Case record {0, QStringLiteral("X"), {}, CaseStatus::Alleged, {}, QStringLiteral("Narnia"), {}, {}};
    const auto inserted = cases.insert(record);
    ASSERT_FALSE(inserted.ok());
    EXPECT_TRUE(inserted.error().startsWith(QStringLiteral("target_country:"))) << inserted.error().toStdString();
}

TEST_F(RepositoryTest, SourcesCitedByWhatAChartShows)
{
    const Id caseId = addCase();
    const Id announcement = addEvent(caseId, EventKind::Announcement, "2023-08-11");
    const Id statement = addEvent(0, EventKind::Statement, "2023-07-20");
    const Id unrelated = addEvent(0, EventKind::Statement, "2023-07-21");
    const Id a = *sources.insert(Source {0, QStringLiteral("https://a.example/case"), {}, {}, {}, Grade {}});
    const Id b = *sources.insert(Source {0, QStringLiteral("https://a.example/statement"), {}, {}, {}, Grade {}});
    const Id c = *sources.insert(Source {0, QStringLiteral("https://a.example/link"), {}, {}, {}, Grade {}});
    const Id d = *sources.insert(Source {0, QStringLiteral("https://a.example/other"), {}, {}, {}, Grade {}});
    ASSERT_OK(sources.cite(Citation {0, a, caseId, 0, {}}));
    ASSERT_OK(sources.cite(Citation {0, b, 0, statement, {}}));
    ASSERT_OK(sources.cite(Citation {0, d, 0, unrelated, {}}));
    ASSERT_OK(links.insert(Link {0, announcement, statement, LinkRelation::RespondsTo, {}, c}));
    // Looked up by id (a few ids) and by one pass over the citations (many): the same list.
    for (const auto lookup : {SourceRepository::Lookup::ById, SourceRepository::Lookup::ByScan}) {
        const auto cited = sources.sourcesCitedBy({caseId}, {announcement, statement}, lookup);
        ASSERT_OK(cited);
        QList<Id> ids;
        for (const Source& source : *cited)
            ids.append(source.id);
        EXPECT_EQ(ids, (QList<Id> {a, b, c}));
        EXPECT_EQ(cited->at(2).url, QStringLiteral("https://a.example/link"));
        // Asked again with other ids, the scratch tables start empty.
        const auto other = sources.sourcesCitedBy({}, {unrelated}, lookup);
        ASSERT_EQ(other->size(), 1);
        EXPECT_EQ(other->first().id, d);
        // A link counts only when both its ends are shown.
        const auto oneEnd = sources.sourcesCitedBy({}, {announcement}, lookup);
        EXPECT_TRUE(oneEnd->isEmpty());
    }
}

} // namespace
