#include "TestSupport.h"
#include "store/ActorRepository.h"
#include "store/CaseRepository.h"
#include "store/EventRepository.h"
#include "store/SourceRepository.h"

using namespace Spyline;

// What the filter bar, the dialogs, the graph and the timeline's tooltips ask the store for, each
// against a collection made by hand for it.
namespace {

class LookupTest : public ::testing::Test
{
protected:
    std::unique_ptr<Store> store = Fixtures::memoryStore();
    ActorRepository actors {*store};
    CaseRepository cases {*store};
    EventRepository events {*store};
    SourceRepository sources {*store};

    Id addCase(const QString& title, const QString& sector = {}, const QString& target = {},
               const QString& accused = {})
    {
        auto id = cases.insert(Case {0, title, {}, CaseStatus::Alleged, sector, target, accused, {}});
        EXPECT_OK(id);
        return id.value_or(0);
    }
    Id addActor(ActorKind kind, const QString& name, Id partOf = 0)
    {
        auto id = actors.insert(Actor {0, kind, name, {}, {}, {}, {}, {}, partOf});
        EXPECT_OK(id);
        return id.value_or(0);
    }
    void addRole(Id caseId, Id actorId, RoleKind role)
    {
        EXPECT_OK(cases.addRole(Role {0, caseId, actorId, role, {}}));
    }
    Id addEvent(Id caseId)
    {
        Event event;
        event.caseId = caseId;
        event.kind = EventKind::Announcement;
        event.title = QStringLiteral("announced");
        auto id = events.insert(event);
        EXPECT_OK(id);
        return id.value_or(0);
    }
    Id addSource(const char* url, const QString& publisher, Grade grade)
    {
        auto id = sources.insert(Source {0, QString::fromLatin1(url), publisher, {}, {}, grade});
        EXPECT_OK(id);
        return id.value_or(0);
    }
};

QStringList gradeTexts(const Result<QList<CitedGrade>>& grades)
{
    QStringList texts;
    for (const CitedGrade& cited : grades.value_or(QList<CitedGrade>()))
        texts.append(cited.grade.text() + u'/' + cited.publisher);
    return texts;
}

TEST_F(LookupTest, ACaseTitleIsFoundByIdAndAMissingCaseIsAFailure)
{
    const Id zeng = addCase(QStringLiteral("Zeng: a military industrial group employee"));
    EXPECT_EQ(*cases.title(zeng), QStringLiteral("Zeng: a military industrial group employee"));
    const auto missing = cases.title(zeng + 1);
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().contains(QString::number(zeng + 1))) << missing.error().toStdString();
}

TEST_F(LookupTest, SectorsInUseAreEachNamedOnceInAlphabeticalOrderWithoutBlanks)
{
    addCase(QStringLiteral("A"), QStringLiteral("military industrial group"));
    addCase(QStringLiteral("B"), QStringLiteral("central government ministry"));
    addCase(QStringLiteral("C"), QStringLiteral("military industrial group"));
    addCase(QStringLiteral("D"));
    EXPECT_EQ(
        *cases.sectorsInUse(),
        (QStringList {QStringLiteral("central government ministry"), QStringLiteral("military industrial group")}));
}

TEST_F(LookupTest, CountriesInUseAreTargetsAndAccusedEachOnce)
{
    EXPECT_TRUE(cases.countriesInUse()->isEmpty());
    addCase(QStringLiteral("A"), {}, QStringLiteral("CN"), QStringLiteral("US"));
    addCase(QStringLiteral("B"), {}, QStringLiteral("US"), QStringLiteral("RU"));
    addCase(QStringLiteral("C"), {}, QStringLiteral("DE"));
    addCase(QStringLiteral("D"));
    QStringList codes = *cases.countriesInUse();
    codes.sort();
    EXPECT_EQ(codes,
              (QStringList {QStringLiteral("CN"), QStringLiteral("DE"), QStringLiteral("RU"), QStringLiteral("US")}));
}

TEST_F(LookupTest, AnActorsCasesAreThoseWhereItPlaysAnyPartEachOnce)
{
    const Id first = addCase(QStringLiteral("First"));
    const Id second = addCase(QStringLiteral("Second"));
    const Id third = addCase(QStringLiteral("Third"));
    const Id seth = addActor(ActorKind::Person, QStringLiteral("Seth"));
    const Id zeng = addActor(ActorKind::Person, QStringLiteral("Zeng"));
    addRole(third, seth, RoleKind::Handler);
    addRole(first, seth, RoleKind::Handler);
    addRole(first, seth, RoleKind::Recruiter);
    addRole(second, zeng, RoleKind::Suspect);
    EXPECT_EQ(*actors.casesOf(seth), (QList<Id> {first, third}));
    EXPECT_EQ(*actors.casesOf(zeng), (QList<Id> {second}));
    EXPECT_TRUE(actors.casesOf(zeng + seth + 1)->isEmpty());
}

TEST_F(LookupTest, AgenciesWithRolesAreThoseInACaseOrWithAStationByName)
{
    const Id caseId = addCase(QStringLiteral("A case"));
    const Id mss = addActor(ActorKind::Agency, QStringLiteral("MSS"));
    const Id cia = addActor(ActorKind::Agency, QStringLiteral("cia"));
    const Id mi5 = addActor(ActorKind::Agency, QStringLiteral("MI5"));
    addActor(ActorKind::Agency, QStringLiteral("An agency of no case"));
    const Id ministry = addActor(ActorKind::Government, QStringLiteral("A ministry"));
    addActor(ActorKind::Agency, QStringLiteral("Rome station"), cia);
    addRole(caseId, mss, RoleKind::DisclosingAuthority);
    addRole(caseId, mi5, RoleKind::SponsoringAgency);
    addRole(caseId, ministry, RoleKind::Employer);

    QStringList names;
    QList<Id> ids;
    for (const Actor& agency : *actors.agenciesWithRoles(10)) {
        names.append(agency.name);
        ids.append(agency.id);
        EXPECT_EQ(agency.kind, ActorKind::Agency);
    }
    EXPECT_EQ(names, (QStringList {QStringLiteral("cia"), QStringLiteral("MI5"), QStringLiteral("MSS")}));
    EXPECT_EQ(ids, (QList<Id> {cia, mi5, mss}));
    EXPECT_EQ(actors.agenciesWithRoles(2)->size(), 2);
}

TEST_F(LookupTest, GradesCitedForAnEventAreBestFirstEachOnceAndBounded)
{
    const Id caseId = addCase(QStringLiteral("A case"));
    const Id event = addEvent(caseId);
    const Id other = addEvent(caseId);
    const Id reuters = addSource("https://a.example/reuters", QStringLiteral("Reuters"), Grade {'B', 2});
    const Id reutersAgain = addSource("https://a.example/reuters-2", QStringLiteral("Reuters"), Grade {'B', 2});
    const Id tabloid = addSource("https://a.example/tabloid", QStringLiteral("Global Times"), Grade {'C', 3});
    const Id anonymous = addSource("https://a.example/post", {}, Grade {'A', 1});
    const Id unread = addSource("https://a.example/unread", QStringLiteral("Unread"), Grade {'F', 6});
    for (Id source : {tabloid, reuters, reutersAgain, anonymous})
        ASSERT_OK(sources.cite(Citation {0, source, 0, event, {}}));
    ASSERT_OK(sources.cite(Citation {0, unread, 0, other, {}}));

    EXPECT_EQ(gradeTexts(sources.gradesCitedByEvent(event, 5)),
              (QStringList {QStringLiteral("A1/"), QStringLiteral("B2/Reuters"), QStringLiteral("C3/Global Times")}));
    EXPECT_EQ(gradeTexts(sources.gradesCitedByEvent(event, 2)),
              (QStringList {QStringLiteral("A1/"), QStringLiteral("B2/Reuters")}));
    EXPECT_EQ(gradeTexts(sources.gradesCitedByEvent(other, 5)), (QStringList {QStringLiteral("F6/Unread")}));
    // An event's citations are not its case's.
    EXPECT_TRUE(sources.gradesCitedByCase(caseId, 5)->isEmpty());
}

TEST_F(LookupTest, GradesCitedForACaseAreThoseOfTheCaseItself)
{
    const Id caseId = addCase(QStringLiteral("A case"));
    const Id otherCase = addCase(QStringLiteral("Another case"));
    const Id event = addEvent(caseId);
    const Id court = addSource("https://a.example/court", QStringLiteral("Court"), Grade {'A', 2});
    const Id blog = addSource("https://a.example/blog", QStringLiteral("Blog"), Grade {'E', 5});
    ASSERT_OK(sources.cite(Citation {0, blog, caseId, 0, {}}));
    ASSERT_OK(sources.cite(Citation {0, court, caseId, 0, {}}));
    ASSERT_OK(sources.cite(Citation {0, court, 0, event, {}}));
    ASSERT_OK(sources.cite(Citation {0, blog, otherCase, 0, {}}));
    EXPECT_EQ(gradeTexts(sources.gradesCitedByCase(caseId, 3)),
              (QStringList {QStringLiteral("A2/Court"), QStringLiteral("E5/Blog")}));
    EXPECT_EQ(gradeTexts(sources.gradesCitedByCase(otherCase, 3)), (QStringList {QStringLiteral("E5/Blog")}));
}

TEST_F(LookupTest, TheHighestEventIdBoundsTheEventsWithoutCountingThem)
{
    EXPECT_EQ(*events.highestId(), 0);
    const Id caseId = addCase(QStringLiteral("A case"));
    const Id first = addEvent(caseId);
    const Id second = addEvent(caseId);
    EXPECT_EQ(*events.highestId(), second);
    ASSERT_OK(events.remove(first));
    EXPECT_EQ(*events.highestId(), second);
    EXPECT_EQ(*events.count(), 1);
}

} // namespace
