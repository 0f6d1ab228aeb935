#include "transfer/sheet/ImportMap.h"
#include "TestSupport.h"

using namespace Spyline;
using namespace Spyline::Fixtures;

namespace {

const QString realistic = QStringLiteral(SPYLINE_TEST_SOURCE_DIR "/data/realistic/");

QString mapError(const char* json)
{
    auto map = ImportMap::fromJson(QByteArray(json), QStringLiteral("map.json"));
    return map ? QString() : map.error();
}

} // namespace

TEST(ImportMap, ReadsTheMapOfTheRealisticSheet)
{
    auto map = ImportMap::load(realistic + QStringLiteral("cases-by-person.map.json"));
    ASSERT_OK(map);
    EXPECT_EQ(map->records, SheetRecords::Cases);
    EXPECT_EQ(map->key, QStringLiteral("Case"));
    EXPECT_EQ(map->fieldsOf(QStringLiteral("Name")), QStringList {QStringLiteral("suspect")});
    EXPECT_EQ(map->fieldsOf(QStringLiteral("outcome")),
              (QStringList {QStringLiteral("status"), QStringLiteral("suspect_note")}));
    EXPECT_EQ(map->columnOf(QStringLiteral("disclosed_on")), QStringLiteral("Made public"));
    EXPECT_TRUE(map->fieldsOf(QStringLiteral("Nothing")).isEmpty());
}

TEST(ImportMap, MapsValuesExactlyFirstThenByTheLongestPrefix)
{
    auto map = ImportMap::load(realistic + QStringLiteral("cases-by-person.map.json"));
    ASSERT_OK(map);
    const QString status = QStringLiteral("status");
    EXPECT_EQ(map->mapValue(status, QStringLiteral("Executed")), QStringLiteral("sentenced"));
    EXPECT_EQ(map->mapValue(status, QStringLiteral("sentenced to 42 years")), QStringLiteral("sentenced"));
    EXPECT_EQ(map->mapValue(status, QStringLiteral("denied; convicted of perjury")), QStringLiteral("convicted"));
    EXPECT_EQ(map->mapValue(status, QStringLiteral("denied; charges dropped")), QStringLiteral("dismissed"));
    EXPECT_EQ(map->mapValue(status, QStringLiteral("charged; swapped 2024")), QStringLiteral("charged"));
    EXPECT_EQ(map->mapValue(status, QStringLiteral("under investigation")), std::nullopt);
    EXPECT_EQ(map->mapValue(QStringLiteral("accused_country"), QStringLiteral("not stated")), QString());
    EXPECT_EQ(map->mapValue(QStringLiteral("suspect"), QStringLiteral("executed")), std::nullopt);
}

TEST(ImportMap, SavesAndLoadsTheSameMap)
{
    ImportMap map = ImportMap::guess(SheetRecords::Cases, {QStringLiteral("Case"), QStringLiteral("Name")});
    map.columns.insert(QStringLiteral("Outcome"), {QStringLiteral("status"), QStringLiteral("suspect_note")});
    map.values[QStringLiteral("status")] = {{QStringLiteral("executed"), QStringLiteral("sentenced")}};
    map.read.delimiter = QChar(u';');
    map.read.encoding = SheetEncoding::Windows1252;
    map.read.headerLine = 3;
    ScratchFolder folder;
    const QString path = folder.path(QStringLiteral("mine.map.json"));
    ASSERT_OK(map.save(path));
    auto loaded = ImportMap::load(path);
    ASSERT_OK(loaded);
    EXPECT_EQ(*loaded, map);
    EXPECT_TRUE(readAll(path).contains("\"format\": \"spyline-import-map\""));
}

TEST(ImportMap, RefusesWhatItCannotUseWithTheReason)
{
    EXPECT_TRUE(mapError("[1]").contains(QStringLiteral("JSON object")));
    EXPECT_TRUE(mapError(R"({"format": "other", "version": 1, "columns": {}})").contains(QStringLiteral("format")));
    EXPECT_TRUE(mapError(R"({"format": "spyline-import-map", "version": 2, "columns": {"A": "title"}})")
                    .contains(QStringLiteral("newer Spyline")));
    EXPECT_TRUE(mapError(R"({"format": "spyline-import-map", "version": 1, "records": "people", "columns": {}})")
                    .contains(QStringLiteral("\"people\"")));
    EXPECT_TRUE(mapError(R"({"format": "spyline-import-map", "version": 1, "columns": {"A": "titel"}})")
                    .contains(QStringLiteral("\"titel\" is not a field of cases")));
    EXPECT_TRUE(mapError(R"({"format": "spyline-import-map", "version": 1, "columns": {"A": "title", "B": "title"}})")
                    .contains(QStringLiteral("both give title")));
    EXPECT_TRUE(mapError(R"({"format": "spyline-import-map", "version": 1, "colums": {}})")
                    .contains(QStringLiteral("unknown field \"colums\"")));
    EXPECT_TRUE(mapError(R"({"format": "spyline-import-map", "version": 1, "columns": {"A": "suspect"}})")
                    .contains(QStringLiteral("title")));
    EXPECT_TRUE(mapError(R"({"format": "spyline-import-map", "version": 1, "records": "links",
                             "columns": {"A": "from"}})")
                    .contains(QStringLiteral("no column gives to")));
    EXPECT_TRUE(mapError(R"({"format": "spyline-import-map", "version": 1, "records": "statements",
                             "columns": {"A": "title", "B": "date", "C": "date_month"}})")
                    .contains(QStringLiteral("both whole and in parts")));
    EXPECT_TRUE(mapError(R"({"format": "spyline-import-map", "version": 1, "columns": {"A": "title"},
                             "delimiter": "pipe"})")
                    .contains(QStringLiteral("delimiter")));
    EXPECT_TRUE(mapError(R"({"format": "spyline-import-map", "version": 1,
                             "columns": {"A": "title", "A": "suspect"}})")
                    .contains(QStringLiteral("map.json:2: A: appears twice")));
    // Two columns may give text that joins.
    EXPECT_TRUE(mapError(R"({"format": "spyline-import-map", "version": 1,
                             "columns": {"A": "title", "B": "suspect_note", "C": "suspect_note"}})")
                    .isEmpty());
}

TEST(ImportMap, GuessesFieldsFromEnglishAndChineseHeaders)
{
    const QStringList english = {QStringLiteral("Case"),
                                 QStringLiteral("Name"),
                                 QStringLiteral("Born"),
                                 QStringLiteral("Citizenship"),
                                 QStringLiteral("Spied for"),
                                 QStringLiteral("Service"),
                                 QStringLiteral("Recruited in"),
                                 QStringLiteral("How recruited"),
                                 QStringLiteral("Arrested"),
                                 QStringLiteral("Made public"),
                                 QStringLiteral("Made public by"),
                                 QStringLiteral("Outcome"),
                                 QStringLiteral("Source"),
                                 QStringLiteral("disclosure_country"),
                                 QStringLiteral("Favourite colour")};
    const ImportMap map = ImportMap::guess(SheetRecords::Cases, english);
    EXPECT_EQ(map.key, QStringLiteral("Case"));
    const auto field = [&](const ImportMap& m, const QString& column) { return m.fieldsOf(column).value(0); };
    EXPECT_EQ(field(map, QStringLiteral("Case")), QStringLiteral("title"));
    EXPECT_EQ(field(map, QStringLiteral("Name")), QStringLiteral("suspect"));
    EXPECT_EQ(field(map, QStringLiteral("Born")), QStringLiteral("suspect_born"));
    EXPECT_EQ(field(map, QStringLiteral("Citizenship")), QStringLiteral("suspect_country"));
    EXPECT_EQ(field(map, QStringLiteral("Spied for")), QStringLiteral("accused_country"));
    EXPECT_EQ(field(map, QStringLiteral("Service")), QStringLiteral("accused_agency"));
    EXPECT_EQ(field(map, QStringLiteral("Recruited in")), QStringLiteral("recruitment_country"));
    EXPECT_EQ(field(map, QStringLiteral("How recruited")), QStringLiteral("recruitment_context"));
    EXPECT_EQ(field(map, QStringLiteral("Arrested")), QStringLiteral("arrested_on"));
    EXPECT_EQ(field(map, QStringLiteral("Made public")), QStringLiteral("disclosed_on"));
    EXPECT_EQ(field(map, QStringLiteral("Made public by")), QStringLiteral("disclosed_by"));
    EXPECT_EQ(field(map, QStringLiteral("Outcome")), QStringLiteral("status"));
    EXPECT_EQ(field(map, QStringLiteral("Source")), QStringLiteral("source_url"));
    EXPECT_EQ(field(map, QStringLiteral("disclosure_country")), QStringLiteral("disclosure_country"));
    EXPECT_TRUE(map.fieldsOf(QStringLiteral("Favourite colour")).isEmpty());

    const ImportMap chinese = ImportMap::guess(
        SheetRecords::Cases, {"案件"_s, "姓名"_s, "出生日期"_s, "国籍"_s, "国家"_s, "机构"_s, "日期"_s, "逮捕日期"_s});
    EXPECT_EQ(chinese.key, "案件"_s);
    EXPECT_EQ(field(chinese, "姓名"_s), QStringLiteral("suspect"));
    EXPECT_EQ(field(chinese, "出生日期"_s), QStringLiteral("suspect_born"));
    EXPECT_EQ(field(chinese, "国籍"_s), QStringLiteral("suspect_country"));
    EXPECT_EQ(field(chinese, "国家"_s), QStringLiteral("accused_country"));
    EXPECT_EQ(field(chinese, "机构"_s), QStringLiteral("accused_agency"));
    EXPECT_EQ(field(chinese, "日期"_s), QStringLiteral("disclosed_on"));
    EXPECT_EQ(field(chinese, "逮捕日期"_s), QStringLiteral("arrested_on"));

    const ImportMap statements =
        ImportMap::guess(SheetRecords::Statements, {"编号"_s, "日期"_s, "内容"_s, "发言人"_s, "机构"_s});
    EXPECT_EQ(statements.key, "编号"_s);
    EXPECT_EQ(field(statements, "日期"_s), QStringLiteral("date"));
    EXPECT_EQ(field(statements, "内容"_s), QStringLiteral("title"));
    EXPECT_EQ(field(statements, "发言人"_s), QStringLiteral("speaker"));
    EXPECT_EQ(field(statements, "机构"_s), QStringLiteral("organisation"));
}

TEST(ImportMap, ShipsTheTimelineJsTemplate)
{
    auto map = ImportMap::builtIn(QStringLiteral("timelinejs"));
    ASSERT_OK(map);
    EXPECT_EQ(map->records, SheetRecords::Statements);
    EXPECT_EQ(map->columnOf(QStringLiteral("title")), QStringLiteral("Headline"));
    EXPECT_EQ(map->columnOf(QStringLiteral("date_year")), QStringLiteral("Year"));
    EXPECT_EQ(map->mapValue(QStringLiteral("kind"), QStringLiteral("title")), QStringLiteral("ignore"));
    EXPECT_FALSE(ImportMap::builtIn(QStringLiteral("nonesuch")).ok());
}
