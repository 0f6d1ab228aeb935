#include "transfer/sheet/SheetImport.h"
#include "TestSupport.h"
#include "store/ActorRepository.h"
#include "store/CaseRepository.h"
#include "store/EventRepository.h"
#include "store/LinkRepository.h"
#include "store/SourceRepository.h"
#include "store/SqliteStatement.h"
#include "transfer/DataTransfer.h"

#include <QBuffer>

using namespace Spyline;
using namespace Spyline::Fixtures;

namespace {

const QString realistic = QStringLiteral(SPYLINE_TEST_SOURCE_DIR "/data/realistic/");

ImportMap loadMap(const QString& name)
{
    auto map = ImportMap::load(realistic + name);
    EXPECT_TRUE(map.ok()) << map.error().toStdString();
    return map.value_or(ImportMap());
}

Result<SheetImportReport> importFile(Store& store, const QString& sheet, const QString& map,
                                     SheetImportOptions options = {})
{
    return importSheetFile(store, realistic + sheet, loadMap(map), options);
}

Result<SheetImportReport> importText(Store& store, const QByteArray& text, const ImportMap& map,
                                     SheetImportOptions options = {})
{
    QBuffer buffer;
    buffer.setData(text);
    buffer.open(QIODevice::ReadOnly);
    auto table = readSheet(buffer, QStringLiteral("sheet.csv"));
    if (!table)
        return fail(table.error());
    return importSheet(store, *table, map, options);
}

QByteArray dump(Store& store)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    EXPECT_OK(writeJson(store, buffer));
    return buffer.data();
}

int count(Store& store, const char* sql, const QVariantList& values = {})
{
    auto query = runQuery(store, QString::fromLatin1(sql), values);
    EXPECT_OK(query);
    return query && query->next() ? query->value(0).toInt() : -1;
}

Case caseWithReference(Store& store, const QString& reference)
{
    auto query = runQuery(store, QStringLiteral("SELECT id FROM cases WHERE reference = ?"), {reference});
    EXPECT_TRUE(query && query->next()) << reference.toStdString();
    auto found = CaseRepository(store).get(query ? query->value(0).toLongLong() : 0);
    return found.value_or(Case());
}

// "Role: name (country, born)" for each role of the case, in the repository's order.
QStringList people(Store& store, Id caseId)
{
    QStringList out;
    for (const Role& role : CaseRepository(store).roles(caseId).value_or({})) {
        const Actor actor = ActorRepository(store).get(role.actorId).value_or(Actor());
        out.append(
            QStringLiteral("%1: %2 (%3, %4)").arg(toKey(role.role), actor.name, actor.country, actor.born.text()));
    }
    return out;
}

QList<Event> eventsOf(Store& store, Id caseId, EventKind kind)
{
    QList<Event> out;
    for (const Event& event : EventRepository(store).eventsOfCase(caseId).value_or({})) {
        if (event.kind == kind)
            out.append(event);
    }
    return out;
}

const Event* eventTitled(const QList<Event>& events, const QString& title)
{
    for (const Event& event : events) {
        if (event.title == title)
            return &event;
    }
    return nullptr;
}
// A pointer into a list that is about to go away would dangle.
const Event* eventTitled(QList<Event>&& events, const QString& title) = delete;

QStringList problemTexts(const SheetImportReport& report, ImportProblem::Kind kind)
{
    QStringList out;
    for (const ImportProblem& problem : report.problems) {
        if (problem.kind == kind)
            out.append(problem.text(report.name));
    }
    return out;
}

SheetImportOptions skipping()
{
    SheetImportOptions options;
    options.skipBadValues = true;
    return options;
}

} // namespace

// The "done when": a sheet kept one row per person, with its own column names, rings,
// venues without dates, rows sharing a title, unrecognised country text and a row with no date.
TEST(SheetImport, ImportsTheRealisticSheetThroughItsMap)
{
    auto store = memoryStore();
    auto report = importFile(*store, QStringLiteral("cases-by-person.csv"), QStringLiteral("cases-by-person.map.json"),
                             skipping());
    ASSERT_OK(report);
    ASSERT_FALSE(report->hasErrors()) << report->errors().join(u'\n').toStdString();
    EXPECT_TRUE(report->stored());
    EXPECT_EQ(report->rows, 110);
    EXPECT_EQ(report->added.cases, 65); // 110 rows, one case per key
    EXPECT_EQ(count(*store, "SELECT count(*) FROM cases"), 65);
    EXPECT_EQ(count(*store, "SELECT count(*) FROM roles WHERE role = 'suspect'"), 110);
    EXPECT_EQ(count(*store, "SELECT count(*) FROM events WHERE kind = 'arrest'"), 98);
    EXPECT_EQ(count(*store, "SELECT count(*) FROM events WHERE kind = 'recruitment'"), 78);
    EXPECT_EQ(count(*store, "SELECT count(*) FROM events WHERE kind = 'announcement'"), 75);
    EXPECT_EQ(count(*store, "SELECT count(*) FROM sources"), 72);
    EXPECT_TRUE(report->ignoredColumns.isEmpty()) << report->ignoredColumns.join(u", ").toStdString();

    // A ring is one case with five suspects, each with their own arrest and recruitment.
    const Case sorge = caseWithReference(*store, QStringLiteral("Sorge spy ring"));
    EXPECT_EQ(sorge.title, QStringLiteral("Sorge spy ring"));
    EXPECT_EQ(sorge.status, CaseStatus::Sentenced);
    EXPECT_EQ(sorge.accusedCountry, QStringLiteral("SUHH"));
    EXPECT_EQ(sorge.targetCountry, QStringLiteral("JP"));
    const QStringList sorgePeople = people(*store, sorge.id);
    EXPECT_EQ(sorgePeople.mid(0, 5),
              (QStringList {
                  "suspect: Richard Sorge (DE, 1895-10-04)"_s,
                  "suspect: Hotsumi Ozaki (JP, 1901-04-29)"_s,
                  "suspect: Max Clausen (DE, 1899)"_s,
                  "suspect: Branko Vukelić (YUCS, 1904)"_s,
                  "suspect: Yotoku Miyagi (JP, 1903)"_s,
              }));
    EXPECT_TRUE(sorgePeople.contains("sponsoring_agency: GRU (SUHH, )"_s));
    EXPECT_TRUE(sorgePeople.contains("disclosing_authority: Japanese Justice Ministry (, )"_s));
    const Actor ozaki = ActorRepository(*store).get(CaseRepository(*store).roles(sorge.id)->at(1).actorId).value();
    EXPECT_EQ(ozaki.nativeName, "尾崎秀実"_s);
    const auto sorgeArrests = eventsOf(*store, sorge.id, EventKind::Arrest);
    ASSERT_EQ(sorgeArrests.size(), 5);
    const Event* arrest = eventTitled(sorgeArrests, QStringLiteral("Arrest of Richard Sorge"));
    ASSERT_NE(arrest, nullptr);
    EXPECT_EQ(arrest->date.text(), QStringLiteral("1941-10-18"));
    EXPECT_EQ(arrest->reference, QStringLiteral("Sorge spy ring/arrest/Richard Sorge"));
    ASSERT_EQ(eventsOf(*store, sorge.id, EventKind::Announcement).size(), 1);
    EXPECT_EQ(eventsOf(*store, sorge.id, EventKind::Announcement)[0].date.text(), QStringLiteral("1942-05"));
    EXPECT_EQ(eventsOf(*store, sorge.id, EventKind::Announcement)[0].title,
              QStringLiteral("Disclosed by Japanese Justice Ministry"));
    const auto sorgeRecruitments = eventsOf(*store, sorge.id, EventKind::Recruitment);
    ASSERT_EQ(sorgeRecruitments.size(), 4);
    const Event* vukelic = eventTitled(sorgeRecruitments, "Recruitment of Branko Vukelić in Paris"_s);
    ASSERT_NE(vukelic, nullptr);
    EXPECT_EQ(vukelic->country, QStringLiteral("FR"));
    EXPECT_EQ(vukelic->date.text(), QStringLiteral("1932"));
    // A venue without a date is kept: the recruitment has its place and no date.
    const Event* miyagi = eventTitled(sorgeRecruitments, QStringLiteral("Recruitment of Yotoku Miyagi in Los Angeles"));
    ASSERT_NE(miyagi, nullptr);
    EXPECT_TRUE(miyagi->date.isNull());
    EXPECT_EQ(miyagi->country, QStringLiteral("US"));
    EXPECT_EQ(miyagi->venueContext, QStringLiteral("recruited while living in California"));

    // People disclosed one by one: an announcement each, named after them.
    const Case walker = caseWithReference(*store, QStringLiteral("Walker spy ring"));
    const auto walkerAnnouncements = eventsOf(*store, walker.id, EventKind::Announcement);
    ASSERT_EQ(walkerAnnouncements.size(), 4);
    EXPECT_EQ(walkerAnnouncements[0].title, QStringLiteral("Disclosed by FBI: John Anthony Walker"));
    EXPECT_EQ(walkerAnnouncements[0].date.text(), QStringLiteral("1985-05-20"));
    EXPECT_EQ(walkerAnnouncements[3].title, QStringLiteral("Disclosed by FBI: Jerry Whitworth"));
    const Case cambridge = caseWithReference(*store, QStringLiteral("Cambridge Five"));
    EXPECT_EQ(eventsOf(*store, cambridge.id, EventKind::Announcement).size(), 4);
    EXPECT_EQ(people(*store, cambridge.id).filter(QStringLiteral("suspect:")).size(), 5);
    // "Britain", "Great Britain", "England" and "UK" are one country.
    EXPECT_TRUE(people(*store, cambridge.id).contains("suspect: Anthony Blunt (GB, 1907-09-26)"_s));
    const auto cambridgeRecruitments = eventsOf(*store, cambridge.id, EventKind::Recruitment);
    const auto blunt = eventTitled(cambridgeRecruitments, QStringLiteral("Recruitment of Anthony Blunt in Cambridge"));
    ASSERT_NE(blunt, nullptr);
    EXPECT_EQ(blunt->country, QStringLiteral("GB"));

    // Country names as people write them.
    EXPECT_EQ(caseWithReference(*store, QStringLiteral("Heinz Felfe")).targetCountry, QStringLiteral("DEDE")); // FRG
    const Case guillaume = caseWithReference(*store, QStringLiteral("Guillaume affair"));
    EXPECT_EQ(guillaume.accusedCountry, QStringLiteral("DDDE")); // East Germany, GDR
    EXPECT_EQ(guillaume.targetCountry, QStringLiteral("DEDE")); // West Germany
    EXPECT_EQ(caseWithReference(*store, QStringLiteral("Larry Wu-tai Chin")).accusedCountry,
              QStringLiteral("CN")); // PRC
    const Case atomic = caseWithReference(*store, QStringLiteral("Atomic spies"));
    const auto atomicRecruitments = eventsOf(*store, atomic.id, EventKind::Recruitment);
    const Event* gold = eventTitled(atomicRecruitments, QStringLiteral("Recruitment of Harry Gold in Philadelphia"));
    ASSERT_NE(gold, nullptr);
    EXPECT_EQ(gold->country, QStringLiteral("US")); // U.S.
    EXPECT_EQ(caseWithReference(*store, QStringLiteral("U-2 incident")).targetCountry, QStringLiteral("SUHH"));

    // The issue's own cases: Zeng recruited in Italy and Hao in Tokyo, neither with a date.
    const Case zeng = caseWithReference(*store, QStringLiteral("Zeng"));
    EXPECT_EQ(zeng.status, CaseStatus::UnderInvestigation);
    EXPECT_TRUE(people(*store, zeng.id).contains("suspect: Zeng (CN, 1971-07)"_s));
    const auto zengRecruitment = eventsOf(*store, zeng.id, EventKind::Recruitment);
    ASSERT_EQ(zengRecruitment.size(), 1);
    EXPECT_EQ(zengRecruitment[0].country, QStringLiteral("IT"));
    EXPECT_EQ(zengRecruitment[0].venueContext, QStringLiteral("recruited while studying in Italy"));
    EXPECT_TRUE(zengRecruitment[0].date.isNull());
    EXPECT_EQ(eventsOf(*store, zeng.id, EventKind::Announcement).value(0).date.text(), QStringLiteral("2023-08-11"));
    const Case hao = caseWithReference(*store, QStringLiteral("Hao"));
    const auto haoRecruitment = eventsOf(*store, hao.id, EventKind::Recruitment);
    ASSERT_EQ(haoRecruitment.size(), 1);
    EXPECT_EQ(haoRecruitment[0].city, QStringLiteral("Tokyo"));
    EXPECT_EQ(haoRecruitment[0].venueContext,
              QStringLiteral("US visa application at the US Embassy in Tokyo, while studying in Japan"));

    // The row with a recruitment of no date is still a case: its venue is kept, "mid-2020s" is read
    // as the range it means, and what could not be read is listed with its line and column.
    const Case unknown = caseWithReference(*store, QStringLiteral("Unknown informant"));
    EXPECT_EQ(unknown.status, CaseStatus::Alleged);
    EXPECT_EQ(unknown.targetCountry, QStringLiteral("CN"));
    const auto unknownAnnouncement = eventsOf(*store, unknown.id, EventKind::Announcement);
    ASSERT_EQ(unknownAnnouncement.size(), 1);
    EXPECT_EQ(unknownAnnouncement[0].date.text(), QStringLiteral("2024/2026"));
    const auto unknownRecruitment = eventsOf(*store, unknown.id, EventKind::Recruitment);
    ASSERT_EQ(unknownRecruitment.size(), 1);
    EXPECT_EQ(unknownRecruitment[0].venueContext, QStringLiteral("recruited abroad"));
    EXPECT_TRUE(unknownRecruitment[0].date.isNull());
    EXPECT_TRUE(people(*store, unknown.id).contains("disclosing_authority: MSS (, )"_s));

    const QStringList skipped = problemTexts(*report, ImportProblem::Kind::Skipped);
    EXPECT_TRUE(skipped.contains("cases-by-person.csv:111: Recruited in (recruitment_country): \"third country "
                                 "(unnamed)\" is not a country Spyline knows; use an ISO code or the English name, or "
                                 "map the value; left empty"_s))
        << skipped.join(u'\n').toStdString();
    EXPECT_EQ(skipped.filter(QStringLiteral("\"unnamed foreign country\"")).size(), 2);
    EXPECT_EQ(skipped.filter(QStringLiteral("cases-by-person.csv:93: Spied for (accused_country)")).size(), 1);
    EXPECT_TRUE(skipped.filter(QStringLiteral("cases-by-person.csv:111: Made public (disclosed_on)")).isEmpty());
    EXPECT_EQ(skipped.filter(QStringLiteral("\"NATO\"")).size(), 1);
    EXPECT_EQ(skipped.filter(QStringLiteral("\"USA and Cuba\"")).size(), 1);
    // "not stated" and "unknown" are mapped to nothing on purpose: not reported.
    EXPECT_TRUE(skipped.filter(QStringLiteral("\"not stated\"")).isEmpty());
}

TEST(SheetImport, TheSameSheetImportedTwiceChangesNothingTheSecondTime)
{
    auto store = memoryStore();
    ASSERT_OK(importFile(*store, QStringLiteral("cases-by-person.csv"), QStringLiteral("cases-by-person.map.json"),
                         skipping()));
    const QByteArray first = dump(*store);
    auto again = importFile(*store, QStringLiteral("cases-by-person.csv"), QStringLiteral("cases-by-person.map.json"),
                            skipping());
    ASSERT_OK(again);
    EXPECT_FALSE(again->hasErrors());
    EXPECT_EQ(again->added.cases, 0);
    EXPECT_EQ(again->added.actors, 0);
    EXPECT_EQ(again->added.events, 0);
    EXPECT_EQ(again->added.sources, 0);
    EXPECT_EQ(again->updated, 0);
    EXPECT_EQ(again->unchanged, 65);
    EXPECT_TRUE(again->changedBefore.isEmpty());
    EXPECT_EQ(dump(*store), first);
}

TEST(SheetImport, ALaterSheetUpdatesItsRecordsInsteadOfDoublingThem)
{
    auto store = memoryStore();
    ImportMap map = ImportMap::guess(
        SheetRecords::Cases,
        {QStringLiteral("Case"), QStringLiteral("Name"), QStringLiteral("Arrested"), QStringLiteral("Made public")});
    ASSERT_EQ(map.key, QStringLiteral("Case"));
    ASSERT_OK(
        importText(*store, "Case,Name,Arrested,Made public\nToebbe,Jonathan Toebbe,2021-10-09,2021-10-10\n", map));
    // The second sheet corrects the arrest, adds the second person and says nothing of the rest.
    auto report = importText(*store,
                             "Case,Name,Arrested,Made public\nToebbe,Jonathan Toebbe,2021-10-08,\n"
                             "toebbe,Diana Toebbe,2021-10-09,2021-10-10\n",
                             map);
    ASSERT_OK(report);
    EXPECT_EQ(report->added.cases, 0);
    EXPECT_EQ(report->updated, 1);
    EXPECT_EQ(count(*store, "SELECT count(*) FROM cases"), 1);
    const Case toebbe = caseWithReference(*store, QStringLiteral("Toebbe"));
    EXPECT_EQ(
        people(*store, toebbe.id),
        (QStringList {QStringLiteral("suspect: Jonathan Toebbe (, )"), QStringLiteral("suspect: Diana Toebbe (, )")}));
    const auto arrests = eventsOf(*store, toebbe.id, EventKind::Arrest);
    ASSERT_EQ(arrests.size(), 2);
    EXPECT_EQ(eventTitled(arrests, QStringLiteral("Arrest of Jonathan Toebbe"))->date.text(),
              QStringLiteral("2021-10-08"));
    EXPECT_EQ(eventsOf(*store, toebbe.id, EventKind::Announcement).size(), 1);
    // Undo puts back what the import changed.
    ASSERT_EQ(report->changedBefore.events.size(), 1);
    EXPECT_EQ(report->changedBefore.events[0].date.text(), QStringLiteral("2021-10-09"));
    EXPECT_EQ(report->changedAfter.events[0].date.text(), QStringLiteral("2021-10-08"));
}

TEST(SheetImport, ADryRunReportsEverythingAndChangesNothing)
{
    auto store = sampleStore();
    const QByteArray before = dump(*store);
    SheetImportOptions options = skipping();
    options.dryRun = true;
    auto report =
        importFile(*store, QStringLiteral("cases-by-person.csv"), QStringLiteral("cases-by-person.map.json"), options);
    ASSERT_OK(report);
    EXPECT_FALSE(report->stored());
    EXPECT_EQ(report->added.cases, 65);
    EXPECT_EQ(report->actions.size(), 65);
    EXPECT_EQ(report->actions[0].text(report->name),
              QStringLiteral("cases-by-person.csv:2: add case \"Sorge spy ring\" (7 people and organisations, 10 "
                             "events)"));
    EXPECT_EQ(dump(*store), before);
}

TEST(SheetImport, UnreadableValuesAbortTheWholeImportAndAreAllListed)
{
    auto store = memoryStore();
    auto report = importFile(*store, QStringLiteral("cases-by-person.csv"), QStringLiteral("cases-by-person.map.json"));
    ASSERT_OK(report);
    EXPECT_TRUE(report->hasErrors());
    EXPECT_FALSE(report->stored());
    // Every unreadable value of the whole sheet, not only the first.
    const QStringList errors = report->errors();
    EXPECT_GE(errors.size(), 8) << errors.join(u'\n').toStdString();
    EXPECT_FALSE(errors.filter(QStringLiteral("cases-by-person.csv:93:")).isEmpty());
    EXPECT_FALSE(errors.filter(QStringLiteral("cases-by-person.csv:111:")).isEmpty());
    EXPECT_EQ(count(*store, "SELECT count(*) FROM cases"), 0);
    EXPECT_EQ(count(*store, "SELECT count(*) FROM actors"), 0);
}

TEST(SheetImport, ARequiredFieldThatCannotBeReadAbortsEvenWhenSkipping)
{
    auto store = memoryStore();
    ImportMap map;
    map.records = SheetRecords::Links;
    map.columns.insert(QStringLiteral("Later"), {QStringLiteral("from")});
    map.columns.insert(QStringLiteral("Earlier"), {QStringLiteral("to")});
    auto report = importText(*store, "Later,Earlier\nZeng,\n", map, skipping());
    ASSERT_OK(report);
    ASSERT_EQ(report->errors().size(), 1);
    EXPECT_EQ(report->errors()[0],
              QStringLiteral("sheet.csv:2: Earlier (to): a link needs the key of the earlier record"));
}

TEST(SheetImport, StatementsAndLinksFromSheetsReferToCasesByKey)
{
    auto store = memoryStore();
    ASSERT_OK(importFile(*store, QStringLiteral("cases-by-person.csv"), QStringLiteral("cases-by-person.map.json"),
                         skipping()));
    auto statements = importFile(*store, QStringLiteral("statements.csv"), QStringLiteral("statements.map.json"));
    ASSERT_OK(statements);
    ASSERT_FALSE(statements->hasErrors()) << statements->errors().join(u'\n').toStdString();
    EXPECT_EQ(statements->added.events, 4);
    auto links = importFile(*store, QStringLiteral("links.csv"), QStringLiteral("links.map.json"));
    ASSERT_OK(links);
    ASSERT_FALSE(links->hasErrors()) << links->errors().join(u'\n').toStdString();
    EXPECT_EQ(links->added.links, 4);

    // The announcement of 2023-08-11 links to Burns's remarks of 2023-07-20: 22 days.
    const Case zeng = caseWithReference(*store, QStringLiteral("Zeng"));
    auto zengLinks = LinkRepository(*store).linksOfCase(zeng.id);
    ASSERT_OK(zengLinks);
    const auto burns = std::find_if(zengLinks->cbegin(), zengLinks->cend(), [](const LinkDetail& link) {
        return link.to.reference == QStringLiteral("burns-2023-07-20");
    });
    ASSERT_NE(burns, zengLinks->cend());
    EXPECT_EQ(burns->from.date.text(), QStringLiteral("2023-08-11"));
    EXPECT_EQ(burns->to.date.text(), QStringLiteral("2023-07-20"));
    EXPECT_EQ(burns->lag.text(), QStringLiteral("22 d"));
    EXPECT_EQ(burns->link.relation, LinkRelation::RespondsTo);
    EXPECT_TRUE(burns->link.note.contains(QStringLiteral("21 days")));
    // The speaker speaks for the organisation, and both rows' sources are cited.
    const Actor speaker = ActorRepository(*store).get(burns->to.actorId).value();
    EXPECT_EQ(speaker.name, QStringLiteral("William Burns"));
    EXPECT_EQ(speaker.country, QStringLiteral("US"));
    EXPECT_EQ(ActorRepository(*store).get(speaker.partOf)->name, QStringLiteral("CIA"));
    EXPECT_EQ(count(*store, "SELECT count(*) FROM citations WHERE event_id = ?", {burns->to.id}), 2);
    // A link to a month: the lag is a range, never a false exact number.
    const Case cambridge = caseWithReference(*store, QStringLiteral("Cambridge Five"));
    auto cambridgeLinks = LinkRepository(*store).linksOfCase(cambridge.id);
    ASSERT_EQ(cambridgeLinks->size(), 1);
    EXPECT_FALSE(cambridgeLinks->at(0).lag.isExact());
    EXPECT_EQ(cambridgeLinks->at(0).from.date.text(), QStringLiteral("1979-11-15"));

    // Importing the same statements and links twice doubles nothing.
    const QByteArray before = dump(*store);
    auto statementsAgain = importFile(*store, QStringLiteral("statements.csv"), QStringLiteral("statements.map.json"));
    ASSERT_OK(statementsAgain);
    EXPECT_EQ(statementsAgain->added.events, 0);
    EXPECT_EQ(statementsAgain->unchanged, 4);
    auto linksAgain = importFile(*store, QStringLiteral("links.csv"), QStringLiteral("links.map.json"));
    ASSERT_OK(linksAgain);
    EXPECT_EQ(linksAgain->added.links, 0);
    EXPECT_EQ(linksAgain->unchanged, 4);
    EXPECT_EQ(dump(*store), before);
}

TEST(SheetImport, ALinkAgainstTheDatesIsReportedWithBothDatesNotReversed)
{
    auto store = memoryStore();
    ASSERT_OK(importFile(*store, QStringLiteral("cases-by-person.csv"), QStringLiteral("cases-by-person.map.json"),
                         skipping()));
    ASSERT_OK(importFile(*store, QStringLiteral("statements.csv"), QStringLiteral("statements.map.json")));
    ImportMap map = loadMap(QStringLiteral("links.map.json"));
    auto report = importText(*store,
                             "Announcement,Preceded by,Tie,Why,Link\n"
                             "burns-2023-07-20,Zeng,responds to,,\n"
                             "Zeng,no-such-statement,responds to,,\n",
                             map);
    ASSERT_OK(report);
    const QStringList errors = report->errors();
    ASSERT_EQ(errors.size(), 2);
    EXPECT_TRUE(errors[0].startsWith(QStringLiteral("sheet.csv:2: the link goes from statement")));
    EXPECT_TRUE(errors[0].contains(QStringLiteral("(2023-07-20)")));
    EXPECT_TRUE(errors[0].contains(QStringLiteral("(2023-08-11)")));
    EXPECT_TRUE(errors[1].contains(QStringLiteral("no case or statement has the key \"no-such-statement\"")));
    EXPECT_EQ(count(*store, "SELECT count(*) FROM links"), 0);
}

TEST(SheetImport, StatementsWithoutAKeyAreMatchedByDateAndTitle)
{
    auto store = memoryStore();
    const ImportMap map = ImportMap::guess(
        SheetRecords::Statements, {QStringLiteral("Date"), QStringLiteral("Statement"), QStringLiteral("Speaker")});
    const QByteArray sheet = "Date,Statement,Speaker\n2023-07-20,Burns speaks of rebuilding networks,William Burns\n";
    ASSERT_OK(importText(*store, sheet, map));
    auto again = importText(*store, sheet, map);
    ASSERT_OK(again);
    EXPECT_EQ(again->added.events, 0);
    EXPECT_EQ(count(*store, "SELECT count(*) FROM events WHERE kind = 'statement'"), 1);
}

TEST(SheetImport, ReadsTheTimelineJsTemplate)
{
    auto store = memoryStore();
    auto map = ImportMap::builtIn(QStringLiteral("timelinejs"));
    ASSERT_OK(map);
    const QByteArray sheet =
        "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,"
        "Media Caption,Media Thumbnail,Type,Group,Background\n"
        ",,,,,,,,,Statements before disclosures,A timeline for class,,,,,title,,\n"
        "2023,7,20,,,,,,,Burns at the Aspen Security Forum,<p>Rebuilding networks in China</p>,"
        "https://www.globaltimes.cn/page/202308/1296686.shtml,Global Times,China unveils second CIA espionage case,,,"
        "USA,\n"
        "2023,8,,,,,,,,MSS WeChat account,,,,,,,China,\n"
        "1947,,,,1991,,,,,The Cold War,,,,,,era,,\n";
    auto report = importText(*store, sheet, *map);
    ASSERT_OK(report);
    ASSERT_FALSE(report->hasErrors()) << report->errors().join(u'\n').toStdString();
    EXPECT_EQ(report->ignoredRows, 1);
    EXPECT_EQ(report->added.events, 3);
    EXPECT_EQ(report->ignoredColumns,
              (QStringList {QStringLiteral("Time"), QStringLiteral("End Time"), QStringLiteral("Display Date"),
                            QStringLiteral("Media Thumbnail"), QStringLiteral("Group"), QStringLiteral("Background")}));
    auto events = EventRepository(*store).standaloneEvents();
    ASSERT_OK(events);
    ASSERT_EQ(events->size(), 3);
    EXPECT_EQ(events->at(0).title, QStringLiteral("The Cold War"));
    EXPECT_EQ(events->at(0).kind, EventKind::Other);
    EXPECT_EQ(events->at(0).endDate.text(), QStringLiteral("1991"));
    EXPECT_EQ(events->at(1).date.text(), QStringLiteral("2023-07-20"));
    EXPECT_EQ(events->at(1).kind, EventKind::Statement);
    EXPECT_EQ(events->at(2).date.text(), QStringLiteral("2023-08"));
    EXPECT_EQ(count(*store, "SELECT count(*) FROM citations"), 1);
}

TEST(SheetImport, SpylinesOwnCsvTakesSeveralPeoplePerCaseByReference)
{
    auto store = memoryStore();
    QBuffer buffer;
    buffer.setData("reference,title,status,suspect,suspect_country,handler,recruiter,disclosed_on,arrested_on\n"
                   "illegals,Illegals Program,convicted,Anna Chapman,RU,,,2010-06-28,2010-06-27\n"
                   "illegals,Illegals Program,,Mikhail Semenko,RU,,,2010-06-28,2010-06-27\n"
                   "cambridge,Cambridge Five,alleged,Kim Philby,GB,,Arnold Deutsch,1963-07-01,\n"
                   "cambridge,,,Donald Maclean,GB,Yuri Modin,,1951-06-07,\n");
    buffer.open(QIODevice::ReadOnly);
    auto report = importCsvData(*store, buffer, QStringLiteral("rings.csv"));
    ASSERT_OK(report);
    EXPECT_EQ(report->cases, 2);
    const Case illegals = caseWithReference(*store, QStringLiteral("illegals"));
    EXPECT_EQ(illegals.title, QStringLiteral("Illegals Program"));
    EXPECT_EQ(people(*store, illegals.id),
              (QStringList {QStringLiteral("suspect: Anna Chapman (RU, )"),
                            QStringLiteral("suspect: Mikhail Semenko (RU, )")}));
    const Case cambridge = caseWithReference(*store, QStringLiteral("cambridge"));
    EXPECT_EQ(
        people(*store, cambridge.id),
        (QStringList {QStringLiteral("suspect: Kim Philby (GB, )"), QStringLiteral("suspect: Donald Maclean (GB, )"),
                      QStringLiteral("recruiter: Arnold Deutsch (, )"), QStringLiteral("handler: Yuri Modin (, )")}));
    // The plain format is unchanged: one row, one case.
    QBuffer plain;
    plain.setData("title,disclosed_on\nA case,2023-08-11\nA case,2023-08-11\n");
    plain.open(QIODevice::ReadOnly);
    auto plainReport = importCsvData(*store, plain, QStringLiteral("plain.csv"));
    ASSERT_OK(plainReport);
    EXPECT_EQ(plainReport->cases, 2);
}

TEST(SheetImport, ReferencesTravelThroughTheJsonDump)
{
    auto store = memoryStore();
    ASSERT_OK(importFile(*store, QStringLiteral("cases-by-person.csv"), QStringLiteral("cases-by-person.map.json"),
                         skipping()));
    const QByteArray json = dump(*store);
    EXPECT_TRUE(json.contains("\"reference\": \"Sorge spy ring\""));
    EXPECT_TRUE(json.contains("\"reference\": \"Sorge spy ring/arrest/Richard Sorge\""));
    auto copy = memoryStore();
    ASSERT_OK(importJsonData(*copy, json, QStringLiteral("dump.json")));
    EXPECT_EQ(dump(*copy), json);
    // The copy knows the sheet's keys: importing the sheet into it changes nothing.
    auto again = importFile(*copy, QStringLiteral("cases-by-person.csv"), QStringLiteral("cases-by-person.map.json"),
                            skipping());
    ASSERT_OK(again);
    EXPECT_EQ(again->added.cases + again->added.events + again->added.actors, 0);
    EXPECT_EQ(dump(*copy), json);
}

TEST(SheetImport, TheSheetsMapMustFitTheSheet)
{
    auto store = memoryStore();
    ImportMap map = loadMap(QStringLiteral("cases-by-person.map.json"));
    auto report = importText(*store, "Case,Name\nZeng,Zeng\n", map);
    ASSERT_FALSE(report.ok());
    EXPECT_TRUE(report.error().contains(QStringLiteral("the map names the column")));
}
