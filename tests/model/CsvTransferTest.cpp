#include "TestSupport.h"
#include "records/Validation.h"
#include "store/ActorRepository.h"
#include "store/CaseRepository.h"
#include "store/CaseSearch.h"
#include "store/EventRepository.h"
#include "store/SourceRepository.h"
#include "store/SqliteStatement.h"
#include "store/Store.h"
#include "transfer/CsvReader.h"
#include "transfer/DataTransfer.h"

#include <QBuffer>

using namespace Spyline;

namespace {

Result<ImportReport> importText(Store& store, const QByteArray& text, const Progress& progress = {})
{
    QBuffer buffer;
    buffer.setData(text);
    buffer.open(QIODevice::ReadOnly);
    return importCsvData(store, buffer, QStringLiteral("cases.csv"), progress);
}

QList<QStringList> readAllRecords(const QByteArray& text, QString* error = nullptr, QList<int>* lines = nullptr)
{
    QBuffer buffer;
    buffer.setData(text);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, 100);
    QList<QStringList> records;
    while (auto record = reader.next()) {
        records.append(*record);
        if (lines)
            lines->append(reader.recordLine());
    }
    if (error)
        *error = reader.error();
    return records;
}

TEST(CsvReader, ReadsRfc4180Quoting)
{
    QList<int> lines;
    const auto records =
        readAllRecords("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\nlast,,\n", nullptr, &lines);
    ASSERT_EQ(records.size(), 3);
    EXPECT_EQ(records[1],
              (QStringList {QStringLiteral("x, y"), QStringLiteral("say \"hi\""), QStringLiteral("two\nlines")}));
    EXPECT_EQ(records[2], (QStringList {QStringLiteral("last"), QString(), QString()}));
    EXPECT_EQ(lines, (QList<int> {1, 2, 4}));
}

TEST(CsvReader, SkipsTheByteOrderMarkAndBlankLines)
{
    const auto records = readAllRecords("\xEF\xBB\xBFtitle\n\n\nZeng\n");
    ASSERT_EQ(records.size(), 2);
    EXPECT_EQ(records[0].first(), QStringLiteral("title"));
    EXPECT_EQ(records[1].first(), QStringLiteral("Zeng"));
}

TEST(CsvReader, ReportsBrokenQuotingAndOverlongFields)
{
    QString error;
    readAllRecords("a\n\"open\n", &error);
    EXPECT_TRUE(error.contains(QStringLiteral("not closed"))) << error.toStdString();
    readAllRecords("a\n\"x\"y\n", &error);
    EXPECT_TRUE(error.contains(QStringLiteral("closing quote"))) << error.toStdString();
    readAllRecords("a\n" + QByteArray(500, 'x') + "\n", &error);
    EXPECT_TRUE(error.contains(QStringLiteral("longer than 100"))) << error.toStdString();
    readAllRecords("a\n\xff\xfe\n", &error);
    EXPECT_TRUE(error.contains(QStringLiteral("not UTF-8"))) << error.toStdString();
}

TEST(CsvReader, KeepsMultibyteCharactersAcrossChunks)
{
    // 曾 is three bytes in UTF-8; 30,000 of them cross the reader's 64 KiB chunks at every offset.
    QByteArray text = "name\n";
    const QByteArray zeng = "\xE6\x9B\xBE";
    for (int i = 0; i < 30000; ++i)
        text += zeng + "\n";
    QBuffer buffer;
    buffer.setData(text);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    int count = 0;
    reader.next();
    while (auto record = reader.next()) {
        ASSERT_EQ(record->first(), QString::fromUtf8(zeng)) << "record " << count;
        ++count;
    }
    EXPECT_FALSE(reader.hasError()) << reader.error().toStdString();
    EXPECT_EQ(count, 30000);
}

TEST(CsvReader, NamesTheLineOfTheFirstByteThatIsNotUtf8)
{
    // A Latin-1 "é" on line 500, far into the second chunk of the reader.
    QByteArray text = "name\n";
    for (int i = 2; i < 500; ++i)
        text += "row " + QByteArray::number(i) + " with some padding to fill the chunk past 64 KiB...........\n";
    text += "Caf\xe9\n";
    for (int i = 501; i < 600; ++i)
        text += "row\n";
    QBuffer buffer;
    buffer.setData(text);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    int records = 0;
    while (reader.next())
        ++records;
    ASSERT_TRUE(reader.hasError());
    EXPECT_EQ(reader.errorLine(), 500) << reader.error().toStdString();
    EXPECT_EQ(records, 499);
}

TEST(CsvReader, BoundsARecordWhileReadingIt)
{
    // Fields each under the field limit, but together far over the record limit: refused as soon as
    // the limit is passed, long before the line ends.
    QByteArray line;
    for (int i = 0; i < 200; ++i)
        line += QByteArray(90, 'x') + ',';
    QString error;
    readAllRecords("a\n" + line + "\n", &error);
    EXPECT_TRUE(error.contains(QStringLiteral("record is longer"))) << error.toStdString();

    QByteArray many = "a\n" + QByteArray(CsvReader::MaxFields + 10, ',') + "\n";
    readAllRecords(many, &error);
    EXPECT_TRUE(error.contains(QStringLiteral("more than %1 fields").arg(CsvReader::MaxFields))) << error.toStdString();
}

TEST(CsvReader, RefusesAFileThatEndsInsideACharacter)
{
    QString error;
    const auto records = readAllRecords("name\nZeng \xE6\x9B", &error);
    EXPECT_TRUE(error.contains(QStringLiteral("inside a character"))) << error.toStdString();
}

const QByteArray twoCases =
    "\xEF\xBB\xBF" // Excel writes a byte-order mark
    "disclosed_on,title,suspect,suspect_native_name,suspect_country,suspect_born,accused_agency,accused_country,"
    "disclosed_by,disclosure_country,recruitment_country,recruitment_city,recruitment_context,recruited_on,"
    "source_url,source_publisher,source_reliability,source_credibility,status,sector\r\n"
    "2023-08-11,\"Zeng, CIA case\",Zeng,\xE6\x9B\xBE,China,1971-07,CIA,US,Ministry of State Security,CN,Italy,Rome,"
    "\"while studying in Italy, \"\"sent by his "
    "company\"\"\",~2010,https://www.globaltimes.cn/page/202308/1296686.shtml,"
    "Global Times,C,3,under investigation,military industrial group\r\n"
    "2023-08-21,Hao,Hao,,CN,1984-01,CIA,US,Ministry of State Security,CN,JP,Tokyo,\"US visa application\nat the "
    "embassy\",2012,https://www.globaltimes.cn/page/202308/1296686.shtml,Global Times,C,3,under_investigation,\r\n";

TEST(CsvImport, ImportsReorderedQuotedRowsWithBomAndCrlf)
{
    auto store = Fixtures::memoryStore();
    const auto report = importText(*store, twoCases);
    ASSERT_OK(report);
    EXPECT_EQ(report->cases, 2);
    EXPECT_EQ(report->sources, 1);
    // Zeng, Hao, the CIA and the MSS: same name and country is the same actor.
    EXPECT_EQ(report->actors, 4);
    EXPECT_EQ(report->events, 4);

    CaseFilter filter;
    filter.text = QStringLiteral("曾");
    const auto zeng = CaseSearch(*store).caseIds(filter);
    ASSERT_EQ(zeng->size(), 1);
    const Case record = *CaseRepository(*store).get(zeng->first());
    EXPECT_EQ(record.title, QStringLiteral("Zeng, CIA case"));
    EXPECT_EQ(record.status, CaseStatus::UnderInvestigation);
    EXPECT_EQ(record.targetCountry, QStringLiteral("CN"));
    const auto events = *EventRepository(*store).eventsOfCase(record.id);
    ASSERT_EQ(events.size(), 2);
    EXPECT_EQ(events[0].kind, EventKind::Recruitment);
    EXPECT_EQ(events[0].venueContext, QStringLiteral("while studying in Italy, \"sent by his company\""));
    EXPECT_EQ(events[0].date.text(), QStringLiteral("2010~"));
    EXPECT_EQ(events[0].city, QStringLiteral("Rome"));
    EXPECT_EQ(events[1].kind, EventKind::Announcement);
    EXPECT_EQ(SourceRepository(*store).sourcesOfCase(record.id)->first().grade.text(), QStringLiteral("C3"));

    filter.text = QStringLiteral("embassy");
    EXPECT_EQ(CaseSearch(*store).caseIds(filter)->size(), 1);
    EXPECT_OK(store->checkIntegrity());
}

// What differs between two schemas, for a readable failure.
QStringList changed(const QStringList& before, const QStringList& after)
{
    QStringList differences;
    for (const QString& object : before)
        if (!after.contains(object))
            differences.append(QStringLiteral("lost: ") + object);
    for (const QString& object : after)
        if (!before.contains(object))
            differences.append(QStringLiteral("new: ") + object);
    return differences;
}

QStringList schemaOf(Store& store)
{
    QStringList objects;
    auto query = runQuery(
        store,
        QStringLiteral("SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_stat%' ORDER BY name"));
    EXPECT_OK(query);
    while (query->next())
        objects.append(query->value(0).toString() + u' ' + query->value(1).toString() + u' '
                       + query->value(2).toString());
    return objects;
}

TEST(CsvImport, IntoAnEmptyCollectionLeavesItsSchemaAsItWas)
{
    auto store = Fixtures::memoryStore();
    const QStringList before = schemaOf(*store);
    ASSERT_TRUE(before.contains(
        QStringLiteral("index events_by_case CREATE INDEX events_by_case ON events (case_id, date_from)")));
    // The indexes left out while the rows go in come back, whether the import fails or succeeds.
    ASSERT_FALSE(importText(*store, "title,disclosed_on\nA,2023-01-05\nB,2023-02-30\n").ok());
    EXPECT_EQ(changed(before, schemaOf(*store)), QStringList());
    ASSERT_OK(importText(*store, twoCases));
    EXPECT_EQ(changed(before, schemaOf(*store)), QStringList());
    // The date spans, computed after the rows went in.
    EXPECT_OK(store->checkIntegrity());
    auto spans =
        runQuery(*store, QStringLiteral("SELECT count(*) FROM cases WHERE first_day IS NULL OR disclosed_day IS NULL"));
    ASSERT_TRUE(spans->next());
    EXPECT_EQ(spans->value(0).toInt(), 0);
}

TEST(CsvImport, MergesActorsWithThoseAlreadyStored)
{
    auto store = Fixtures::memoryStore();
    ASSERT_OK(importText(*store, twoCases));
    const auto again = importText(*store, twoCases);
    ASSERT_OK(again);
    EXPECT_EQ(again->actors, 0);
    EXPECT_EQ(again->sources, 0);
    EXPECT_EQ(*CaseRepository(*store).count(), 4);
}

struct BadCsv
{
    const char* name;
    QByteArray text;
    const char* message;
};

class BadCsvImport : public ::testing::TestWithParam<BadCsv>
{
};

TEST_P(BadCsvImport, AbortsNamingFileLineAndFieldAndChangesNothing)
{
    auto store = Fixtures::sampleStore();
    const int casesBefore = *CaseRepository(*store).count();
    const int actorsBefore = static_cast<int>(ActorRepository(*store).all()->size());
    const auto report = importText(*store, GetParam().text);
    ASSERT_FALSE(report.ok());
    EXPECT_TRUE(report.error().contains(QString::fromUtf8(GetParam().message))) << report.error().toStdString();
    EXPECT_EQ(*CaseRepository(*store).count(), casesBefore);
    EXPECT_EQ(ActorRepository(*store).all()->size(), actorsBefore);
    EXPECT_OK(store->checkIntegrity());
}

INSTANTIATE_TEST_SUITE_P(
    Files, BadCsvImport,
    ::testing::Values(
        BadCsv {"BadDateInTheMiddle",
                "title,disclosed_on,suspect\nA,2023-01-05,Ann\nB,2023-02-30,Bob\nC,2023-03-01,Cy\n",
                "cases.csv:3: disclosed_on: \"2023-02-30\": February 2023 has 28 days"},
        BadCsv {"UnknownColumn", "title,disclosed_on,suspekt\nA,2023,x\n",
                "cases.csv:1: unknown column \"suspekt\"; the columns are title, status, summary, suspect"},
        BadCsv {"MissingRequiredColumn", "disclosed_on,suspect\n2023,x\n", "the required column \"title\" is missing"},
        BadCsv {"EmptyTitle", "title,disclosed_on\nA,2023\n ,2023\n", "cases.csv:3: title: a case needs a title"},
        BadCsv {"UnknownCountry", "title,disclosed_on,accused_country\nA,2023,Atlantis\n",
                "cases.csv:2: accused_country: \"Atlantis\" is not a country"},
        BadCsv {"WrongFieldCount", "title,disclosed_on\nA,2023,extra\n", "cases.csv:2: the row has 3 fields"},
        BadCsv {"BadGrade", "title,disclosed_on,source_url,source_reliability\nA,2023,https://a.example,G\n",
                "cases.csv:2: source_reliability:"},
        BadCsv {"FileUrl", "title,disclosed_on,source_url\nA,2023,file:///etc/passwd\n",
                "cases.csv:2: source_url: only http and https"},
        BadCsv {"BadRecruitmentDate", "title,disclosed_on,recruitment_city,recruited_on\nA,2023,Rome,2023-13\n",
                "cases.csv:2: recruited_on: \"2023-13\": month 13 does not exist"},
        BadCsv {"BadStatus", "title,disclosed_on,status\nA,2023,guilty\n",
                "cases.csv:2: status: \"guilty\" is not one of"},
        BadCsv {"UnclosedQuote", "title,disclosed_on\nA,2023\n\"B,2023\n", "cases.csv:3: a quoted field is not closed"},
        BadCsv {"Empty", "", "the file is empty"}),
    [](const ::testing::TestParamInfo<BadCsv>& row) { return std::string(row.param.name); });

TEST(CsvImport, KeepsVenuesWithoutDatesAndCasesWithoutDisclosure)
{
    auto store = Fixtures::memoryStore();
    const auto report = importText(*store,
                                   "title,disclosed_on,recruitment_country,recruitment_context,recruited_on\n"
                                   "Visa,2023-08-11,Japan,US visa application while studying in Japan,\n"
                                   "Undisclosed,,,,c. 1984\n"
                                   "Old ring,before 2023-08-11,United Kingdom,,1930s\n");
    ASSERT_OK(report);
    EXPECT_EQ(report->cases, 3);
    EXPECT_EQ(report->events, 5);
    const auto events = [&](const QString& title) {
        auto ids = runQuery(*store, "SELECT id FROM cases WHERE title = ?"_s, {title});
        EXPECT_TRUE(ids && ids->next());
        return *EventRepository(*store).eventsOfCase(ids->value(0).toLongLong());
    };
    // A place and a context with no date: the recruitment is kept, undated.
    const QList<Event> visa = events("Visa"_s);
    ASSERT_EQ(visa.size(), 2);
    EXPECT_EQ(visa[0].kind, EventKind::Announcement);
    EXPECT_EQ(visa[1].kind, EventKind::Recruitment);
    EXPECT_TRUE(visa[1].date.isNull());
    EXPECT_EQ(visa[1].country, "JP"_s);
    EXPECT_EQ(visa[1].venueContext, "US visa application while studying in Japan"_s);
    // No disclosure date: still a case, with no announcement.
    const QList<Event> undisclosed = events("Undisclosed"_s);
    ASSERT_EQ(undisclosed.size(), 1);
    EXPECT_EQ(undisclosed[0].kind, EventKind::Recruitment);
    EXPECT_EQ(undisclosed[0].date.text(), "1984~"_s);
    // Friendly forms are stored as EDTF.
    const QList<Event> ring = events("Old ring"_s);
    ASSERT_EQ(ring.size(), 2);
    EXPECT_EQ(ring[0].date.text(), "193X"_s);
    EXPECT_EQ(ring[1].date.text(), "../2023-08-11"_s);

    // The CSV dump writes them back as EDTF, and reads in again to the same rows.
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    ASSERT_OK(writeCsv(*store, out));
    EXPECT_TRUE(out.data().contains(",Japan,") || out.data().contains(",JP,")) << out.data().constData();
    EXPECT_TRUE(out.data().contains("../2023-08-11"));
    auto copy = Fixtures::memoryStore();
    ASSERT_OK(importText(*copy, out.data()));
    QBuffer again;
    again.open(QIODevice::WriteOnly);
    ASSERT_OK(writeCsv(*copy, again));
    EXPECT_EQ(again.data(), out.data());
}

TEST(CsvImport, CancellingLeavesTheCollectionUnchanged)
{
    QByteArray text = "title,disclosed_on\n";
    for (int i = 0; i < 2500; ++i)
        text += "Case " + QByteArray::number(i) + ",2023-01-01\n";
    auto store = Fixtures::memoryStore();
    int reports = 0;
    const auto report = importText(*store, text, [&](qint64 done, qint64 total) {
        EXPECT_LE(done, total);
        return ++reports < 2;
    });
    ASSERT_FALSE(report.ok());
    EXPECT_TRUE(report.error().contains(QStringLiteral("cancelled")));
    EXPECT_EQ(*CaseRepository(*store).count(), 0);
}

TEST(CsvExport, WritesOneRowACaseThatImportsAgain)
{
    auto store = Fixtures::memoryStore();
    ASSERT_OK(importText(*store, twoCases));
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    ASSERT_OK(writeCsv(*store, out));
    const QByteArray text = out.data();
    EXPECT_TRUE(text.startsWith(csvColumns().join(u',').toUtf8() + "\r\n"));
    EXPECT_TRUE(text.contains("\"Zeng, CIA case\""));
    EXPECT_TRUE(text.contains("\"US visa application\nat the embassy\""));

    auto copy = Fixtures::memoryStore();
    const auto report = importText(*copy, text);
    ASSERT_OK(report);
    EXPECT_EQ(report->cases, 2);
    EXPECT_EQ(report->events, 4);
    QBuffer again;
    again.open(QIODevice::WriteOnly);
    ASSERT_OK(writeCsv(*copy, again));
    EXPECT_EQ(again.data(), text);
}

} // namespace

namespace {

TEST(CsvTransfer, CellsASpreadsheetWouldRunAreWrittenAsTextAndReadBackExactly)
{
    auto store = Fixtures::memoryStore();
    const QByteArray text = "title,disclosed_on,summary,sector\n"
                            "\"=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",2023-01-05,+1 more,@SUM(A1)\n"
                            "-minus first,2023-02,plain,'quoted\n";
    ASSERT_OK(importText(*store, text));
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    ASSERT_OK(writeCsv(*store, out));
    const QByteArray written = out.data();
    EXPECT_TRUE(written.contains("\"'=HYPERLINK(")) << written.toStdString();
    EXPECT_TRUE(written.contains("'+1 more")) << written.toStdString();
    EXPECT_TRUE(written.contains("'@SUM(A1)")) << written.toStdString();
    EXPECT_TRUE(written.contains("'-minus first")) << written.toStdString();
    for (const QByteArray& line : written.split('\n')) {
        for (const QByteArray& cell : line.split(','))
            EXPECT_FALSE(cell.startsWith('=') || cell.startsWith('+') || cell.startsWith('@')) << cell.toStdString();
    }
    auto again = Fixtures::memoryStore();
    ASSERT_OK(importText(*again, written));
    QBuffer second;
    second.open(QIODevice::WriteOnly);
    ASSERT_OK(writeCsv(*again, second));
    EXPECT_EQ(second.data(), written);
    CaseFilter filter;
    const QList<Id> ids = *CaseSearch(*again).caseIds(filter);
    QStringList titles;
    for (const Id id : ids)
        titles.append(CaseRepository(*again).get(id)->title);
    EXPECT_TRUE(titles.contains(QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")")))
        << titles.join(u'|').toStdString();
    EXPECT_TRUE(titles.contains(QStringLiteral("-minus first")));
}

TEST(CsvTransfer, ALongAuthorityIsReportedAsItself)
{
    auto store = Fixtures::memoryStore();
    const QByteArray name(MaxTitleLength - 5, 'x');
    const auto report = importText(*store, "title,disclosed_on,disclosed_by\nA,2023-01-05," + name + "\n");
    ASSERT_OK(report);
    EXPECT_EQ(report->cases, 1);
}

} // namespace
