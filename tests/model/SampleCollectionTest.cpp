#include "TestSupport.h"
#include "store/CaseRepository.h"
#include "store/CaseSearch.h"
#include "store/CollectionFile.h"
#include "store/EventRepository.h"
#include "store/LinkRepository.h"
#include "store/SourceRepository.h"
#include "store/SqliteStatement.h"

using namespace Spyline;
using Spyline::Fixtures::ScratchFolder;

namespace {

class SampleCollectionTest : public ::testing::Test
{
protected:
    std::unique_ptr<Store> store = Fixtures::sampleStore();

    Case caseTitled(const char* prefix)
    {
        CaseRepository cases(*store);
        for (Id id : *CaseSearch(*store).caseIds({})) {
            const Case record = *cases.get(id);
            if (record.title.startsWith(QString::fromUtf8(prefix)))
                return record;
        }
        ADD_FAILURE() << "no case starting with " << prefix;
        return {};
    }
    Event announcementOf(const Case& record)
    {
        for (const Event& event : *EventRepository(*store).eventsOfCase(record.id)) {
            if (event.kind == EventKind::Announcement)
                return event;
        }
        ADD_FAILURE() << "no announcement for " << record.title.toStdString();
        return {};
    }
};

TEST_F(SampleCollectionTest, HoldsTheSeedCasesWithTheirDisclosureDates)
{
    EXPECT_EQ(announcementOf(caseTitled("Zeng")).date.text(), QStringLiteral("2023-08-11"));
    EXPECT_EQ(announcementOf(caseTitled("Hao")).date.text(), QStringLiteral("2023-08-21"));
    EXPECT_EQ(announcementOf(caseTitled("John Shing-wan Leung")).date.text(), QStringLiteral("2023-09-11"));
    const Case researcher = caseTitled("UK parliamentary researcher");
    EXPECT_EQ(announcementOf(researcher).date.text(), QStringLiteral("2023-09-10"));
    EXPECT_EQ(researcher.targetCountry, QStringLiteral("GB"));
    EXPECT_EQ(announcementOf(caseTitled("Dalian")).date.text(), QStringLiteral("2023-04"));
    caseTitled("Cyberattack on Northwestern Polytechnical University");
    caseTitled("Cyberattack on the Wuhan Earthquake Monitoring Center");
    EXPECT_EQ(*CaseRepository(*store).count(), 7);
}

TEST_F(SampleCollectionTest, TheZengAnnouncementRespondsToBurnsAfter22Days)
{
    const Event zeng = announcementOf(caseTitled("Zeng"));
    const auto links = LinkRepository(*store).linksOfEvent(zeng.id);
    ASSERT_OK(links);
    const auto burns = std::find_if(links->begin(), links->end(), [](const LinkDetail& l) {
        return l.link.relation == LinkRelation::RespondsTo && l.to.title.contains(QStringLiteral("Burns"));
    });
    ASSERT_NE(burns, links->end());
    EXPECT_EQ(burns->to.date.text(), QStringLiteral("2023-07-20"));
    EXPECT_TRUE(burns->lag.isExact());
    EXPECT_EQ(burns->lag.minDays, 22);
    EXPECT_EQ(burns->lag.text(), QStringLiteral("22 d"));
    EXPECT_NE(burns->link.sourceId, 0) << "a link is a claim and names who makes it";
}

TEST_F(SampleCollectionTest, PartialDatesStayPartial)
{
    auto query = runQuery(*store, QStringLiteral("SELECT born FROM actors WHERE name = 'Hao'"));
    ASSERT_OK(query);
    ASSERT_TRUE(query->next());
    EXPECT_EQ(query->value(0).toString(), QStringLiteral("1984-01"));
}

TEST_F(SampleCollectionTest, EveryCaseAndEventIsCitedAndGraded)
{
    SourceRepository sources(*store);
    EventRepository events(*store);
    for (Id id : *CaseSearch(*store).caseIds({})) {
        EXPECT_FALSE(sources.citationsOfCase(id)->isEmpty()) << "case " << id;
        for (const Event& event : *events.eventsOfCase(id))
            EXPECT_FALSE(sources.citationsOfEvent(event.id)->isEmpty()) << event.title.toStdString();
    }
    for (const Event& event : *events.standaloneEvents())
        EXPECT_FALSE(sources.citationsOfEvent(event.id)->isEmpty()) << event.title.toStdString();
    for (const Source& source : *sources.all()) {
        EXPECT_TRUE(source.url.startsWith(QStringLiteral("https://www.globaltimes.cn/")));
        EXPECT_NE(source.grade.reliability, 'A') << "no source in the seed is independently confirmed";
    }
}

TEST_F(SampleCollectionTest, ClaimsAreNotRecordedAsEstablished)
{
    for (Id id : *CaseSearch(*store).caseIds({})) {
        const Case record = *CaseRepository(*store).get(id);
        EXPECT_NE(record.status, CaseStatus::Convicted) << record.title.toStdString();
        EXPECT_NE(record.status, CaseStatus::Sentenced) << record.title.toStdString();
    }
    EXPECT_EQ(caseTitled("UK parliamentary researcher").status, CaseStatus::Denied);
    EXPECT_EQ(caseTitled("Hao").status, CaseStatus::UnderInvestigation);
}

TEST_F(SampleCollectionTest, PassesTheStoreChecks)
{
    EXPECT_OK(store->checkIntegrity());
}

TEST(CollectionFile, CreatesTheSampleCollectionInOneStep)
{
    ScratchFolder scratch;
    const QString path = scratch.path(QStringLiteral("sub/sample.spyline"));
    ASSERT_OK(createCollectionFile(path, true));
    Store store;
    ASSERT_OK(store.open(path));
    EXPECT_EQ(*CaseRepository(store).count(), 7);
    store.close();
    const QStringList leftovers = QDir(scratch.path(QStringLiteral("sub"))).entryList(QDir::Files);
    EXPECT_EQ(leftovers, QStringList {QStringLiteral("sample.spyline")});
    const Status again = createCollectionFile(path, false);
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().contains(QStringLiteral("already exists")));
}

} // namespace
