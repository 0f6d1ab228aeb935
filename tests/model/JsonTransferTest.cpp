#include "TestSupport.h"
#include "store/ActorRepository.h"
#include "store/CaseRepository.h"
#include "store/CaseSearch.h"
#include "store/CollectionFile.h"
#include "transfer/DataTransfer.h"

#include <QBuffer>
#include <QFile>

using namespace Spyline;
using Spyline::Fixtures::ScratchFolder;

namespace {

QByteArray dump(Store& store)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const Status written = writeJson(store, buffer);
    EXPECT_TRUE(written.ok()) << written.error().toStdString();
    return buffer.data();
}

const QByteArray minimal = R"({
  "format": "spyline-collection",
  "version": 1,
  "actors": [
    {"id": "zeng", "name": "Zeng", "native_name": "曾", "country": "China", "born": "1971-07"}
  ],
  "cases": [
    {"id": "c1", "title": "Zeng", "status": "under_investigation", "roles": [{"actor": "zeng", "role": "suspect"}]}
  ],
  "events": [
    {"id": "e1", "case": "c1", "kind": "announcement", "title": "MSS announces", "date": "2023-08-11"},
    {"id": "e2", "kind": "statement", "title": "Burns", "date": "2023-07-20"}
  ],
  "links": [
    {"from": "e1", "to": "e2", "relation": "responds_to"}
  ]
})";

QByteArray withEvent(const QByteArray& eventJson)
{
    QByteArray text = minimal;
    text.replace(R"({"id": "e2", "kind": "statement", "title": "Burns", "date": "2023-07-20"})", eventJson);
    return text;
}

TEST(JsonTransfer, SampleRoundTripsByteForByte)
{
    auto first = Fixtures::sampleStore();
    const QByteArray once = dump(*first);
    auto second = Fixtures::memoryStore();
    ASSERT_OK(importJsonData(*second, once, QStringLiteral("dump.json")));
    const QByteArray twice = dump(*second);
    EXPECT_EQ(once, twice);
    EXPECT_GT(once.size(), 10000);
}

TEST(JsonTransfer, ImportReadsEveryKindOfRecord)
{
    auto store = Fixtures::memoryStore();
    const auto report = importJsonData(*store, minimal, QStringLiteral("m.json"));
    ASSERT_OK(report);
    EXPECT_EQ(report->cases, 1);
    EXPECT_EQ(report->actors, 1);
    EXPECT_EQ(report->events, 2);
    EXPECT_EQ(report->links, 1);
    const auto actors = ActorRepository(*store).all();
    ASSERT_EQ(actors->size(), 1);
    EXPECT_EQ(actors->first().country, QStringLiteral("CN"));
    EXPECT_EQ(actors->first().born.displayText(), QStringLiteral("Jul 1971"));
}

TEST(JsonTransfer, ImportIntoAUsedCollectionMergesActorsAndSources)
{
    auto store = Fixtures::sampleStore();
    const int actorsBefore = static_cast<int>(ActorRepository(*store).all()->size());
    const auto report = importJsonData(*store, sampleJson(), QStringLiteral("again.json"));
    ASSERT_OK(report);
    EXPECT_EQ(report->actors, 0);
    EXPECT_EQ(report->sources, 0);
    EXPECT_EQ(report->cases, 7);
    EXPECT_EQ(ActorRepository(*store).all()->size(), actorsBefore);
    EXPECT_EQ(*CaseRepository(*store).count(), 14);
    EXPECT_OK(store->checkIntegrity());
}

struct BadJson
{
    const char* name;
    QByteArray text;
    const char* message; // the error must contain this
};

TEST(JsonTransfer, EventsWithoutDatesAndFriendlyDatesImportAndDumpAsEdtf)
{
    auto store = Fixtures::memoryStore();
    QByteArray text = minimal;
    text.replace(R"({"id": "e2", "kind": "statement", "title": "Burns", "date": "2023-07-20"})",
                 R"({"id": "e2", "kind": "statement", "title": "Burns", "date": "~2023-07"},
    {"id": "e3", "case": "c1", "kind": "recruitment", "title": "Recruited in Japan", "country": "JP",
     "venue_context": "while studying in Japan"},
    {"id": "e4", "case": "c1", "kind": "arrest", "title": "Arrested", "date": "after 2023-08"})");
    const auto report = importJsonData(*store, text, QStringLiteral("dates.json"));
    ASSERT_OK(report);
    EXPECT_EQ(report->events, 4);
    const QByteArray json = dump(*store);
    EXPECT_TRUE(json.contains(R"("date": "2023-07~")")) << json.constData();
    EXPECT_TRUE(json.contains(R"("date": "2023-08/..")")) << json.constData();
    // The undated recruitment is written without a date, and everything else it holds is kept.
    const qsizetype at = json.indexOf("Recruited in Japan");
    ASSERT_GE(at, 0);
    const QByteArray line = json.mid(json.lastIndexOf('\n', at), json.indexOf('\n', at) - json.lastIndexOf('\n', at));
    EXPECT_FALSE(line.contains("\"date\"")) << line.constData();
    EXPECT_TRUE(line.contains("while studying in Japan"));
    // The dump imports into a new collection and dumps again the same.
    auto copy = Fixtures::memoryStore();
    ASSERT_OK(importJsonData(*copy, json, QStringLiteral("dump.json")));
    EXPECT_EQ(dump(*copy), json);
}

class BadJsonImport : public ::testing::TestWithParam<BadJson>
{
};

TEST_P(BadJsonImport, NamesFileLineAndFieldAndChangesNothing)
{
    auto store = Fixtures::sampleStore();
    const QByteArray before = dump(*store);
    const auto report = importJsonData(*store, GetParam().text, QStringLiteral("bad.json"));
    ASSERT_FALSE(report.ok());
    EXPECT_TRUE(report.error().contains(QString::fromUtf8(GetParam().message))) << report.error().toStdString();
    EXPECT_EQ(dump(*store), before);
}

INSTANTIATE_TEST_SUITE_P(
    Files, BadJsonImport,
    ::testing::Values(
        BadJson {"InvalidDate",
                 withEvent(R"({"id": "e2", "kind": "statement", "title": "Burns", "date": "2023-02-30"})"),
                 R"(bad.json:12: events[1]: date: "2023-02-30": February 2023 has 28 days)"},
        BadJson {"UnknownField",
                 withEvent(R"({"id": "e2", "kind": "statement", "title": "B", "date": "2023", "venue": "x"})"),
                 "bad.json:12: events[1]: venue: unknown field"},
        BadJson {"UnknownKind", withEvent(R"({"id": "e2", "kind": "speech", "title": "B", "date": "2023"})"),
                 "bad.json:12: events[1]: kind: \"speech\" is not one of"},
        BadJson {"MissingTitle", withEvent(R"({"id": "e2", "kind": "statement", "date": "2023"})"),
                 "bad.json:12: events[1]: title: is missing"},
        BadJson {"DanglingReference",
                 withEvent(R"({"id": "e2", "case": "c9", "kind": "statement", "title": "B", "date": "2023"})"),
                 "events[1]: case: there is no case with id c9 in the file"},
        BadJson {"LinkBackwards", withEvent(R"({"id": "e2", "kind": "statement", "title": "B", "date": "2024"})"),
                 "links[0]: to: the event it points to comes after"},
        BadJson {"UnknownCountry", QByteArray(minimal).replace("\"country\": \"China\"", "\"country\": \"Atlantis\""),
                 "bad.json:5: actors[0]: country: \"Atlantis\" is not a country"},
        BadJson {"JavascriptUrl",
                 QByteArray(minimal).replace(
                     "\"actors\"", "\"sources\": [{\"id\": 1, \"url\": \"javascript:alert(1)\"}],\n  \"actors\""),
                 "sources[0]: url: only http and https"},
        BadJson {"SyntaxError", QByteArray(minimal).replace("\"title\": \"Zeng\",", "\"title\": \"Zeng\",,"),
                 "bad.json:8:"},
        BadJson {"NewerVersion", QByteArray(minimal).replace("\"version\": 1", "\"version\": 2"),
                 "written by a newer Spyline"},
        BadJson {"NotCollection", QByteArray("[1, 2, 3]"), "a Spyline collection is a JSON object"},
        BadJson {"DeepNesting", QByteArray(10000, '[') + QByteArray(10000, ']'), "bad.json:1:"},
        BadJson {"DuplicateId", QByteArray(minimal).replace(R"("id": "e2")", R"("id": "e1")"),
                 "events[1]: id: e1 is used by another event"},
        BadJson {"DuplicateSection", QByteArray(minimal).replace("\"links\"", "\"cases\": [],\n  \"links\""),
                 "bad.json:14: cases: appears twice in one object"},
        BadJson {"DuplicateFieldInARecord",
                 QByteArray(minimal).replace(R"("title": "Burns",)", R"("title": "Burns", "title": "Hao",)"),
                 "bad.json:12: title: appears twice"},
        BadJson {"FractionalCredibility",
                 QByteArray(minimal).replace(
                     "\"actors\"",
                     "\"sources\": [{\"id\": 1, \"url\": \"https://a.example\", \"credibility\": 3.9}],\n  \"actors\""),
                 "credibility: \"3.9\" is not a grade"}),
    [](const ::testing::TestParamInfo<BadJson>& row) { return std::string(row.param.name); });

TEST(JsonTransfer, ExportWritesAtomically)
{
    ScratchFolder scratch;
    auto store = Fixtures::sampleStore();
    const QString path = scratch.path(QStringLiteral("out.json"));
    ASSERT_OK(exportJson(*store, path));
    const QByteArray written = Fixtures::readAll(path);
    EXPECT_EQ(written, dump(*store));
    const Status unwritable = exportJson(*store, scratch.path(QStringLiteral("missing/folder/out.json")));
    EXPECT_FALSE(unwritable.ok());
}

// Zeros for ever, as /dev/zero or a pipe that never ends: it says nothing of its size.
class EndlessDevice : public QIODevice
{
public:
    bool isSequential() const override
    {
        return true;
    }
    qint64 served = 0;

protected:
    qint64 readData(char* data, qint64 size) override
    {
        std::fill_n(data, size, '\0');
        served += size;
        return size;
    }
    qint64 writeData(const char*, qint64) override
    {
        return -1;
    }
};

TEST(JsonTransfer, ReadsAtMostTheLimitFromAnEndlessSource)
{
    EndlessDevice endless;
    ASSERT_TRUE(endless.open(QIODevice::ReadOnly));
    const auto read = readAtMost(endless, 4 * 1024 * 1024, QStringLiteral("endless.json"));
    ASSERT_FALSE(read.ok());
    EXPECT_TRUE(read.error().contains(QStringLiteral("endless.json is over 4 MB"))) << read.error().toStdString();
    // What QIODevice reads ahead into its buffer counts too: bounded all the same.
    EXPECT_LE(endless.served, 5 * 1024 * 1024);
}

TEST(JsonTransfer, IdsBeyondTheStoresRangeAreReplacedAndLaterImportsStayWhole)
{
    auto store = Fixtures::memoryStore();
    const QByteArray huge = R"({"format": "spyline-collection", "version": 1,
      "cases": [{"id": 1, "title": "First"}],
      "events": [{"id": 9223372036854775807, "case": 1, "kind": "announcement", "title": "Top", "date": "2023-01-02"}]})";
    ASSERT_OK(importJsonData(*store, huge, QStringLiteral("huge.json")));
    const QByteArray later = R"({"format": "spyline-collection", "version": 1,
      "cases": [{"id": "x", "title": "Second case"}],
      "events": [{"id": "y", "case": "x", "kind": "announcement", "title": "Later", "date": "2023-03-04"}]})";
    ASSERT_OK(importJsonData(*store, later, QStringLiteral("later.json")));
    CaseRepository cases(*store);
    const QList<Id> ids = *CaseSearch(*store).caseIds(CaseFilter {});
    ASSERT_EQ(ids.size(), 2);
    for (const Id id : ids) {
        auto span = cases.span(id);
        ASSERT_OK(span);
        EXPECT_NE(span->disclosedDay, 0) << id;
    }
    CaseFilter filter;
    filter.text = QStringLiteral("second");
    EXPECT_EQ(CaseSearch(*store).caseIds(filter)->size(), 1);
    EXPECT_OK(store->checkIntegrity());
}

TEST(JsonTransfer, ControlCharactersAreNormalisedOnTheWayIn)
{
    auto store = Fixtures::memoryStore();
    const QByteArray text = R"({"format": "spyline-collection", "version": 1,
      "cases": [{"id": 1, "title": "Line\u000bbreak\u0000 and \r\nmore\u0007", "summary": "a\u2028b"}]})";
    ASSERT_OK(importJsonData(*store, text, QStringLiteral("controls.json")));
    const Case stored = *CaseRepository(*store).get(CaseSearch(*store).caseIds(CaseFilter {})->first());
    EXPECT_EQ(stored.title, QStringLiteral("Line\nbreak and \nmore"));
    EXPECT_EQ(stored.summary, QStringLiteral("a\nb"));
}

TEST(JsonTransfer, RefusesFilesOverTheSizeLimit)
{
    ScratchFolder scratch;
    const QString path = scratch.path(QStringLiteral("huge.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    ASSERT_TRUE(file.resize(MaxJsonImportBytes + 1)); // sparse: no disk used
    file.close();
    auto store = Fixtures::memoryStore();
    const auto report = importJson(*store, path);
    ASSERT_FALSE(report.ok());
    EXPECT_TRUE(report.error().contains(QStringLiteral("huge.json is"))) << report.error().toStdString();
    EXPECT_TRUE(report.error().contains(QStringLiteral("CSV")));
}

} // namespace
