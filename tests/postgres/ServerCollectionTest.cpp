#include "store/ServerCollection.h"
#include "TestServer.h"
#include "TestSupport.h"
#include "store/CollectionCopy.h"
#include "store/CollectionFile.h"
#include "store/PostgresConnection.h"
#include "store/Store.h"

using namespace Spyline;
using namespace Spyline::Fixtures;

namespace {

// A table's columns in order, on either backend.
QStringList sqliteColumns(Store& store, const QString& table)
{
    QStringList columns;
    for (const auto& row : rowsOf(onFile(store), "SELECT name FROM pragma_table_info(?) ORDER BY cid"_s, {table}))
        columns.append(row.value(0).toString());
    return columns;
}

QStringList postgresColumns(PostgresConnection& connection, const QString& table)
{
    QStringList columns;
    for (const auto& row : rowsOf(onServer(connection),
                                  "SELECT column_name FROM information_schema.columns WHERE table_schema = "
                                  "current_schema() AND table_name = ? ORDER BY ordinal_position"_s,
                                  {table}))
        columns.append(row.value(0).toString());
    return columns;
}

} // namespace

TEST(ServerCollection, MakesTheSameTablesAndColumnsAsAFile)
{
    ServerCollection server;
    ASSERT_OK(server.create(freshServerDatabase()));
    EXPECT_EQ(server.schemaVersion(), Store::SchemaVersion);
    Store file;
    ASSERT_OK(file.create(":memory:"_s));
    QStringList fileTables;
    for (const auto& row : rowsOf(onFile(file),
                                  "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE '%fts%' "
                                  "AND name NOT LIKE 'sqlite%' ORDER BY name"_s))
        fileTables.append(row.value(0).toString());
    QStringList serverTables;
    for (const auto& row : rowsOf(onServer(server.connection()),
                                  "SELECT table_name FROM information_schema.tables WHERE table_schema = "
                                  "current_schema() AND table_name NOT IN ('spyline_collection', 'spyline_changes') "
                                  "ORDER BY 1"_s))
        serverTables.append(row.value(0).toString());
    EXPECT_EQ(serverTables, fileTables);
    QStringList copied = recordTables();
    copied.sort();
    EXPECT_EQ(copied, fileTables) << "the copy moves every table a file holds";
    for (const QString& table : std::as_const(fileTables))
        EXPECT_EQ(postgresColumns(server.connection(), table), sqliteColumns(file, table)) << table.toStdString();
    // The countries are there, as in a new file.
    EXPECT_EQ(rowsOf(onServer(server.connection()), "SELECT count(*) FROM countries"_s),
              rowsOf(onFile(file), "SELECT count(*) FROM countries"_s));
}

TEST(ServerCollection, KeepsItsVersionAndRefusesANewerSchema)
{
    const QString address = freshServerDatabase();
    {
        ServerCollection server;
        ASSERT_OK(server.create(address));
        const auto marks =
            rowsOf(onServer(server.connection()), "SELECT application_id, schema_version FROM spyline_collection"_s);
        ASSERT_EQ(marks.size(), 1);
        EXPECT_EQ(marks.first().value(0).toLongLong(), Store::ApplicationId);
        EXPECT_EQ(marks.first().value(1).toLongLong(), Store::SchemaVersion);
        ASSERT_OK(server.connection().runScript("UPDATE spyline_collection SET schema_version = 99"_s));
    }
    ServerCollection later;
    const Status refused = later.open(address);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains("written by a newer Spyline (schema 99)"_s)) << refused.error().toStdString();
    EXPECT_FALSE(later.isOpen());
    ASSERT_FALSE(later.open(address, ServerCollection::Access::Read).ok());
}

TEST(ServerCollection, IsMadeOnlyInAnEmptyDatabaseAndOpenedOnlyWhereOneIs)
{
    const QString address = freshServerDatabase();
    ServerCollection server;
    const Status none = server.open(address);
    ASSERT_FALSE(none.ok());
    EXPECT_TRUE(none.error().contains("holds no Spyline collection"_s)) << none.error().toStdString();
    ASSERT_OK(server.create(address));
    server.close();
    const Status again = server.create(address);
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().contains("already holds a Spyline collection"_s)) << again.error().toStdString();
    ASSERT_OK(server.open(address));

    const QString other = freshServerDatabase();
    {
        PostgresConnection connection;
        ASSERT_OK(connection.open(other));
        ASSERT_OK(connection.runScript("CREATE TABLE invoices (id integer)"_s));
    }
    const Status occupied = server.create(other);
    ASSERT_FALSE(occupied.ok());
    EXPECT_TRUE(occupied.error().contains("holds other tables (invoices)"_s)) << occupied.error().toStdString();
    PostgresConnection check;
    ASSERT_OK(check.open(other));
    EXPECT_EQ(rowsOf(onServer(check),
                     "SELECT count(*) FROM information_schema.tables WHERE table_schema = "
                     "current_schema()"_s)
                  .value(0)
                  .value(0)
                  .toLongLong(),
              1)
        << "a refused creation leaves nothing behind";
}

TEST(ServerCollection, KeepsACasesSpanFromItsEventsAsAFileDoes)
{
    ServerCollection server;
    ASSERT_OK(server.create(freshServerDatabase()));
    Store file;
    ASSERT_OK(file.create(":memory:"_s));
    // The same changes on both backends, through the statement interface they share.
    const auto change = [](const Prepare& prepare) {
        const QStringList script = {
            "INSERT INTO cases (id, title) VALUES (1, 'Zeng'), (2, 'Other')"_s,
            "INSERT INTO events (id, case_id, kind, title, date, date_from, date_to) VALUES "
            "(1, 1, 'recruitment', 'Recruited', '2019', 2458485, 2458849), "
            "(2, 1, 'announcement', 'Announced', '2023-08-11', 2460168, 2460168), "
            "(3, 1, 'announcement', 'Announced again', '2023-08', 2460158, 2460188), "
            "(4, 1, 'meeting', 'Undated', NULL, NULL, NULL)"_s,
            "UPDATE events SET case_id = 2 WHERE id = 3"_s,
            "DELETE FROM events WHERE id = 1"_s,
            "UPDATE events SET date_from = 2460100, date = '2023-06' , date_to = 2460129 WHERE id = 2"_s,
        };
        for (const QString& sql : script)
            EXPECT_OK(prepare(sql)->exec()) << sql.toStdString();
    };
    ASSERT_OK(server.transact([&] {
        change(onServer(server.connection()));
        return Status();
    }));
    ASSERT_OK(file.transact([&] {
        change(onFile(file));
        return Status();
    }));
    const QString spans = "SELECT id, first_day, last_day, disclosed_day, disclosed_to FROM cases ORDER BY id"_s;
    const auto onTheServer = rowsOf(onServer(server.connection()), spans);
    EXPECT_EQ(onTheServer, rowsOf(onFile(file), spans));
    ASSERT_EQ(onTheServer.size(), 2);
    EXPECT_EQ(onTheServer.at(0).value(3).toLongLong(), 2460100);
}

TEST(ServerCollection, InitWithTheSampleDumpsAsAFileWithTheSampleDoes)
{
    ScratchFolder scratch;
    const QString address = freshServerDatabase();
    ASSERT_OK(createServerCollection(address, true));
    const QString file = scratch.path("sample.spyline"_s);
    ASSERT_OK(createCollectionFile(file, true));
    ASSERT_OK(dumpCollection(file, DumpFormat::Json, scratch.path("file.json"_s)));
    ASSERT_OK(dumpCollection(address, DumpFormat::Json, scratch.path("server.json"_s)));
    EXPECT_EQ(readAll(scratch.path("server.json"_s)), readAll(scratch.path("file.json"_s)));
    EXPECT_FALSE(createServerCollection(address, false).ok());
}
