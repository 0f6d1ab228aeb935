#include "store/CollectionCopy.h"
#include "TestServer.h"
#include "TestSupport.h"
#include "store/CollectionFile.h"
#include "store/PostgresConnection.h"
#include "store/ServerCollection.h"
#include "store/Store.h"
#include "transfer/sheet/SheetImport.h"

#include <tuple>

using namespace Spyline;
using namespace Spyline::Fixtures;

namespace {

const QString realistic = QStringLiteral(SPYLINE_TEST_SOURCE_DIR "/data/realistic/");

// A collection file with the sample, the realistic sheets, dragged node positions and a merge origin:
// every table holds rows.
QString richCollectionFile(const ScratchFolder& scratch)
{
    const QString path = scratch.path("rich.spyline"_s);
    EXPECT_OK(createCollectionFile(path, true));
    Store store;
    EXPECT_OK(store.open(path));
    for (const auto& [sheet, map] :
         {std::pair {"cases-by-person.csv"_s, "cases-by-person.map.json"_s},
          std::pair {"statements.csv"_s, "statements.map.json"_s}, std::pair {"links.csv"_s, "links.map.json"_s}}) {
        auto loaded = ImportMap::load(realistic + map);
        EXPECT_OK(loaded);
        if (loaded) {
            // As a teacher's sheet comes: values that cannot be read are left empty and listed.
            SheetImportOptions options;
            options.skipBadValues = true;
            auto report = importSheetFile(store, realistic + sheet, *loaded, options);
            EXPECT_OK(report);
            EXPECT_FALSE(report && report->hasErrors()) << sheet.toStdString();
        }
    }
    EXPECT_OK(store.transact([&]() -> Status {
        const Prepare prepare = onFile(store);
        for (const auto& [node, x, y] :
             {std::tuple {"case:1"_s, 0.1, -2.5e-7}, std::tuple {"actor:3"_s, 1e300, 1.0 / 3}}) {
            if (Status s = prepare("INSERT INTO node_positions (layout, node, x, y) VALUES ('relations', ?, ?, ?)"_s)
                               ->exec({node, x, y});
                !s)
                return s;
        }
        if (Status s = prepare("INSERT INTO merge_origins (collection, path, merged_at) VALUES "
                               "('Class of 2026', '/home/student/hand-in.spyline', '2026-11-29T10:00:00Z')"_s)
                           ->exec();
            !s)
            return s;
        return prepare("INSERT INTO merged_records (kind, record_id, origin_id, their_id, action) VALUES "
                       "('case', 1, 1, 41, 'added')"_s)
            ->exec();
    }));
    EXPECT_OK(store.checkpoint());
    return path;
}

QString orderOf(const QString& table)
{
    if (table == "countries"_s)
        return "code"_s;
    if (table == "node_positions"_s)
        return "layout, node"_s;
    if (table == "merged_records"_s)
        return "kind, record_id, origin_id"_s;
    return "id"_s;
}

} // namespace

TEST(CollectionCopy, MovesEveryRowToTheServerAndBackUnchanged)
{
    ScratchFolder scratch;
    const QString file = richCollectionFile(scratch);
    const QString address = freshServerDatabase();
    auto toServer = copyCollection(file, address);
    ASSERT_OK(toServer);
    EXPECT_GT(toServer->cases, 50);
    EXPECT_GT(toServer->links, 0);

    Store original;
    ASSERT_OK(original.open(file, Store::Access::Read));
    ServerCollection server;
    ASSERT_OK(server.open(address, ServerCollection::Access::Read));
    for (const QString& table : recordTables()) {
        const QString all = "SELECT * FROM %1 ORDER BY %2"_s.arg(table, orderOf(table));
        const auto rows = rowsOf(onFile(original), all);
        EXPECT_FALSE(rows.isEmpty()) << table.toStdString();
        EXPECT_EQ(rowsOf(onServer(server.connection()), all), rows) << table.toStdString();
    }
    // The spans the server's triggers keep agree with the file's after the copy.
    const QString spans = "SELECT id, first_day, last_day, disclosed_day, disclosed_to FROM cases ORDER BY id"_s;
    EXPECT_EQ(rowsOf(onServer(server.connection()), spans), rowsOf(onFile(original), spans));
    server.close();

    const QString back = scratch.path("back.spyline"_s);
    ASSERT_OK(copyCollection(address, back));
    Store returned;
    ASSERT_OK(returned.open(back, Store::Access::Read));
    for (const QString& table : recordTables()) {
        const QString all = "SELECT * FROM %1 ORDER BY %2"_s.arg(table, orderOf(table));
        EXPECT_EQ(rowsOf(onFile(returned), all), rowsOf(onFile(original), all)) << table.toStdString();
    }
    EXPECT_OK(returned.checkIntegrity());

    // New records on the server take new ids after the copied ones.
    ServerCollection writable;
    ASSERT_OK(writable.open(address));
    const auto added = rowsOf(onServer(writable.connection()),
                              "INSERT INTO cases (title) VALUES ('New') RETURNING id, (SELECT max(id) FROM cases)"_s);
    ASSERT_EQ(added.size(), 1);
    EXPECT_GT(added.first().value(0).toLongLong(), added.first().value(1).toLongLong());
}

TEST(CollectionCopy, DumpsOfTheFileAndOfTheServerAreTheSameBytes)
{
    ScratchFolder scratch;
    const QString file = richCollectionFile(scratch);
    const QString address = freshServerDatabase();
    ASSERT_OK(copyCollection(file, address));
    for (const auto format : {DumpFormat::Json, DumpFormat::Csv}) {
        const QString suffix = format == DumpFormat::Json ? "json"_s : "csv"_s;
        ASSERT_OK(dumpCollection(file, format, scratch.path("file."_s + suffix)));
        ASSERT_OK(dumpCollection(address, format, scratch.path("server."_s + suffix)));
        const QByteArray fromFile = readAll(scratch.path("file."_s + suffix));
        EXPECT_GT(fromFile.size(), 10000);
        EXPECT_EQ(readAll(scratch.path("server."_s + suffix)), fromFile) << suffix.toStdString();
    }
}

TEST(CollectionCopy, RefusesATargetThatHoldsRecordsUnlessAskedToReplaceThem)
{
    ScratchFolder scratch;
    const QString sample = scratch.path("sample.spyline"_s);
    ASSERT_OK(createCollectionFile(sample, true));
    const QString empty = scratch.path("empty.spyline"_s);
    ASSERT_OK(createCollectionFile(empty, false));
    const QString address = freshServerDatabase();
    ASSERT_OK(copyCollection(sample, address));

    const auto refused = copyCollection(empty, address);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains("already holds records"_s)) << refused.error().toStdString();
    EXPECT_TRUE(refused.error().contains("--replace"_s));
    ServerCollection server;
    ASSERT_OK(server.open(address, ServerCollection::Access::Read));
    const QString count = "SELECT count(*) FROM cases"_s;
    EXPECT_GT(rowsOf(onServer(server.connection()), count).value(0).value(0).toLongLong(), 0);
    server.close();

    // Into a file that holds records: refused too, and the file keeps them.
    const auto intoFile = copyCollection(empty, sample);
    ASSERT_FALSE(intoFile.ok());
    EXPECT_TRUE(intoFile.error().contains("already holds records"_s)) << intoFile.error().toStdString();
    // The same collection as source and target.
    EXPECT_FALSE(copyCollection(sample, sample).ok());

    ASSERT_OK(copyCollection(empty, address, ExistingCollection::Replace));
    ASSERT_OK(server.open(address, ServerCollection::Access::Read));
    EXPECT_EQ(rowsOf(onServer(server.connection()), count).value(0).value(0).toLongLong(), 0);
    server.close();
    ASSERT_OK(copyCollection(sample, address));
    ASSERT_OK(copyCollection(address, empty));
    ASSERT_OK(dumpCollection(sample, DumpFormat::Json, scratch.path("a.json"_s)));
    ASSERT_OK(dumpCollection(empty, DumpFormat::Json, scratch.path("b.json"_s)));
    EXPECT_EQ(readAll(scratch.path("b.json"_s)), readAll(scratch.path("a.json"_s)));
}

TEST(CollectionCopy, AFailedCopyLeavesTheTargetAsItWas)
{
    ScratchFolder scratch;
    const QString sample = scratch.path("sample.spyline"_s);
    ASSERT_OK(createCollectionFile(sample, true));
    const QString address = freshServerDatabase();
    ServerCollection server;
    ASSERT_OK(server.create(address));
    // A trigger on the server refuses the third event: the copy stops there and takes nothing with it.
    ASSERT_OK(server.connection().runScript(
        "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.id = 3 THEN "
        "RAISE EXCEPTION 'no room for event 3'; END IF; RETURN NEW; END $$; "
        "CREATE TRIGGER refuse BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION refuse()"_s));
    server.close();
    const auto failed = copyCollection(sample, address);
    ASSERT_FALSE(failed.ok());
    EXPECT_TRUE(failed.error().contains("no room for event 3"_s)) << failed.error().toStdString();
    ASSERT_OK(server.open(address, ServerCollection::Access::Read));
    for (const QString& table : {"cases"_s, "actors"_s, "events"_s, "sources"_s})
        EXPECT_EQ(
            rowsOf(onServer(server.connection()), "SELECT count(*) FROM "_s + table).value(0).value(0).toLongLong(), 0)
            << table.toStdString();
    server.close();
    ASSERT_OK(server.open(address));
    ASSERT_OK(server.connection().runScript("DROP TRIGGER refuse ON events"_s));
    server.close();
    ASSERT_OK(copyCollection(sample, address));
}
