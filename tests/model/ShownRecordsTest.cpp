#include "store/ShownRecords.h"

#include "TestSupport.h"
#include "store/CaseRepository.h"
#include "store/CaseSearch.h"
#include "store/EventRepository.h"

#include <QDate>

using namespace Spyline;

namespace {

DayNumber day(int year, int month, int dayOfMonth)
{
    return DayNumber(QDate(year, month, dayOfMonth).toJulianDay());
}

// One filter, one meaning: what it shows of the sample, statements and laws of no case included.
class ShownRecordsTest : public ::testing::Test
{
protected:
    std::unique_ptr<Store> store = Fixtures::sampleStore();

    ShownRecords shown(const CaseFilter& filter)
    {
        auto records = ShownRecords::of(*store, filter);
        EXPECT_OK(records);
        return records.value_or(ShownRecords());
    }
    Id eventTitled(const char* prefix)
    {
        for (const Event& event : *EventRepository(*store).standaloneEvents()) {
            if (event.title.startsWith(QString::fromUtf8(prefix)))
                return event.id;
        }
        ADD_FAILURE() << "no event " << prefix;
        return 0;
    }
    Id caseTitled(const char* prefix)
    {
        for (Id id : *CaseSearch(*store).caseIds({})) {
            if (CaseRepository(*store).get(id)->title.startsWith(QString::fromUtf8(prefix)))
                return id;
        }
        ADD_FAILURE() << "no case " << prefix;
        return 0;
    }
};

TEST_F(ShownRecordsTest, AnEmptyFilterShowsEverything)
{
    const ShownRecords all = shown({});
    EXPECT_TRUE(all.showsEverything());
    EXPECT_TRUE(all.showsCase(caseTitled("Zeng")));
    EXPECT_TRUE(all.showsOutsideEvent(eventTitled("China puts forward the Global Development")));
    EXPECT_FALSE(all.isContext(eventTitled("CIA Director William Burns")));
}

TEST_F(ShownRecordsTest, DatesNarrowStatementsAndLawsToo)
{
    CaseFilter august;
    august.fromDay = day(2023, 8, 1);
    august.toDay = day(2023, 8, 31);
    const ShownRecords records = shown(august);
    EXPECT_TRUE(records.showsCase(caseTitled("Zeng")));
    EXPECT_TRUE(records.showsCase(caseTitled("Hao")));
    EXPECT_FALSE(records.showsCase(caseTitled("John Shing-wan Leung")));
    // Statements of no case dated in August pass; a year that holds August does too.
    EXPECT_TRUE(records.showsOutsideEvent(eventTitled("MSS opens its official WeChat")));
    EXPECT_TRUE(records.showsOutsideEvent(eventTitled("US releases its 2023 National Intelligence")));
    EXPECT_FALSE(records.isContext(eventTitled("MSS opens its official WeChat")));
    // Those of other years, and the law of 1 July, do not.
    EXPECT_FALSE(records.showsOutsideEvent(eventTitled("China puts forward the Global Development")));
    EXPECT_FALSE(records.showsOutsideEvent(eventTitled("China's revised Counter-Espionage Law")));
    EXPECT_FALSE(records.showsOutsideEvent(eventTitled("MSS on National Defense Education Day")));
    // Burns spoke in July, but the Zeng announcement responds to him: he stays, as context.
    const Id burns = eventTitled("CIA Director William Burns");
    EXPECT_TRUE(records.showsOutsideEvent(burns));
    EXPECT_TRUE(records.isContext(burns));
}

TEST_F(ShownRecordsTest, WordsCountriesAndKindsNarrowStatementsToo)
{
    CaseFilter words;
    words.text = QStringLiteral("WeChat");
    ShownRecords records = shown(words);
    EXPECT_TRUE(records.showsOutsideEvent(eventTitled("MSS opens its official WeChat")));
    // Burns's remarks do not mention WeChat; the Zeng case does (through its source), and it responds
    // to them: they are shown as its context only.
    EXPECT_TRUE(records.showsCase(caseTitled("Zeng")));
    EXPECT_TRUE(records.isContext(eventTitled("CIA Director William Burns")));
    EXPECT_FALSE(records.isContext(eventTitled("MSS opens its official WeChat")));
    EXPECT_FALSE(records.showsOutsideEvent(eventTitled("China puts forward the Global Development")));

    // A statement of no country speaks for its actor's: Burns for the United States.
    CaseFilter us;
    us.countries = {QStringLiteral("US")};
    records = shown(us);
    EXPECT_TRUE(records.showsOutsideEvent(eventTitled("CIA Director William Burns")));
    EXPECT_TRUE(records.showsOutsideEvent(eventTitled("US releases its 2023 National Intelligence")));
    EXPECT_FALSE(records.showsOutsideEvent(eventTitled("China puts forward the Global Development")));

    CaseFilter laws;
    laws.eventKinds = {EventKind::Law};
    records = shown(laws);
    EXPECT_TRUE(records.showsOutsideEvent(eventTitled("China's revised Counter-Espionage Law")));
    EXPECT_FALSE(records.showsOutsideEvent(eventTitled("MSS opens its official WeChat")));
}

TEST_F(ShownRecordsTest, AStatusOrAChoiceOfCasesKeepsOnlyTheirContext)
{
    CaseFilter zeng;
    zeng.caseIds = {caseTitled("Zeng")};
    ShownRecords records = shown(zeng);
    ASSERT_EQ(records.cases->size(), 1u);
    EXPECT_TRUE(records.outsideEvents->empty());
    EXPECT_TRUE(records.isContext(eventTitled("CIA Director William Burns")));
    // The statement that followed Burns's is tied to him, not to the case.
    EXPECT_FALSE(records.showsOutsideEvent(eventTitled("MSS opens its official WeChat")));

    CaseFilter denied;
    denied.statuses = {CaseStatus::Denied};
    records = shown(denied);
    EXPECT_TRUE(records.outsideEvents->empty());
    EXPECT_TRUE(records.contextEvents->empty());
}

// As publicly known on a day: what an observer could have known then, in the one filter every view
// follows.
TEST_F(ShownRecordsTest, KnownOnADayShowsOnlyWhatWasPublicThen)
{
    CaseFilter firstOfAugust;
    firstOfAugust.knownOn = day(2023, 8, 1);
    ShownRecords records = shown(firstOfAugust);
    EXPECT_FALSE(records.showsEverything());
    // The Zeng case was announced on 11 August; the Dalian fish farm in April.
    EXPECT_FALSE(records.showsCase(caseTitled("Zeng")));
    EXPECT_FALSE(records.showsCase(caseTitled("Hao")));
    EXPECT_TRUE(records.showsCase(caseTitled("Dalian fish farm")));
    // Statements of no case once they were made: Burns in July and the WeChat account on the day
    // itself, not the MSS's reply of 4 August.
    EXPECT_TRUE(records.showsOutsideEvent(eventTitled("CIA Director William Burns")));
    EXPECT_TRUE(records.showsOutsideEvent(eventTitled("MSS opens its official WeChat")));
    EXPECT_FALSE(records.showsOutsideEvent(eventTitled("MSS responds to concerns of foreign media")));
    // "2023" is known only by its last day.
    EXPECT_FALSE(records.showsOutsideEvent(eventTitled("US releases its 2023 National Intelligence")));
    EXPECT_TRUE(records.knowsEventOf(day(2023, 8, 1)));
    EXPECT_FALSE(records.knowsEventOf(day(2023, 8, 2)));

    CaseFilter twelfth;
    twelfth.knownOn = day(2023, 8, 12);
    records = shown(twelfth);
    EXPECT_TRUE(records.showsCase(caseTitled("Zeng")));
    EXPECT_FALSE(records.showsCase(caseTitled("Hao")));
    EXPECT_TRUE(records.showsOutsideEvent(eventTitled("CIA Director William Burns")));
    EXPECT_FALSE(records.showsOutsideEvent(eventTitled("MSS denounces")));
}

TEST_F(ShownRecordsTest, ACaseIsPublicFromTheFirstSourceCitingItToo)
{
    // The Wuhan case has no announcement: the Global Times of 21 August 2023 is the first to cite it.
    CaseFilter before;
    before.knownOn = day(2023, 8, 20);
    EXPECT_FALSE(shown(before).showsCase(caseTitled("Cyberattack on the Wuhan")));
    CaseFilter after;
    after.knownOn = day(2023, 8, 21);
    EXPECT_TRUE(shown(after).showsCase(caseTitled("Cyberattack on the Wuhan")));
    // With the rest of the filter: a day known on narrows what the other parts leave.
    after.text = QStringLiteral("Zeng");
    const ShownRecords records = shown(after);
    EXPECT_TRUE(records.showsCase(caseTitled("Zeng")));
    EXPECT_FALSE(records.showsCase(caseTitled("Cyberattack on the Wuhan")));
    EXPECT_EQ(CaseSearch(*store).count(after).value_or(-1), 1);
}

TEST_F(ShownRecordsTest, ContextOfAShownCaseIsKnownOnlyOnceItHappened)
{
    // Zeng's announcement responds to Burns: as of the 12th Burns is its context, but the WeChat
    // post linked to Burns is not drawn in for Zeng's sake, and the Hao case that follows Zeng is
    // not known at all.
    CaseFilter zeng;
    zeng.caseIds = {caseTitled("Zeng")};
    zeng.knownOn = day(2023, 8, 12);
    const ShownRecords records = shown(zeng);
    EXPECT_TRUE(records.isContext(eventTitled("CIA Director William Burns")));
    zeng.knownOn = day(2023, 8, 10);
    EXPECT_FALSE(shown(zeng).showsCase(caseTitled("Zeng")));
    EXPECT_TRUE(shown(zeng).contextEvents->empty());
}

} // namespace
