#include "ActorRepository.h"
#include "CaseRepository.h"
#include "CollectionFile.h"
#include "DataTransfer.h"
#include "TestSupport.h"

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
                 "events[1]: id: e1 is used by another event"}),
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
