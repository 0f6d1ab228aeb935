#include "store/Store.h"

#include "TestSupport.h"
#include "store/CaseRepository.h"
#include "store/CaseSearch.h"
#include "store/EventRepository.h"
#include "store/SearchTokenizer.h"
#include "store/SqliteStatement.h"
#include "store/StoreAccess.h"

#include <QFile>
#include <QSignalSpy>

#include <sqlite3.h>

using namespace Spyline;
using Spyline::Fixtures::ScratchFolder;

namespace {

// Runs SQL on a collection file behind Spyline's back, as another program would.
void tamper(const QString& path, const char* sql)
{
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    QString error;
    ASSERT_TRUE(registerSearchTokenizer(db, &error)) << error.toStdString();
    char* message = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    EXPECT_EQ(rc, SQLITE_OK) << (message ? message : "");
    sqlite3_free(message);
    sqlite3_close(db);
}

QString newCollection(const ScratchFolder& scratch, const QString& name = QStringLiteral("c.spyline"))
{
    const QString path = scratch.path(name);
    Store store;
    EXPECT_OK(store.create(path));
    CaseRepository cases(store);
    EXPECT_OK(cases.insert(Case {0, QStringLiteral("A case"), {}, CaseStatus::Alleged, {}, {}, {}, {}}));
    store.close();
    return path;
}

int pragma(Store& store, const QString& name)
{
    auto query = runQuery(store, QStringLiteral("PRAGMA ") + name);
    EXPECT_TRUE(query.ok());
    query->next();
    return query->value(0).toInt();
}

TEST(Store, CreatesAConfiguredCollection)
{
    ScratchFolder scratch;
    const QString path = scratch.path(QStringLiteral("new.spyline"));
    Store store;
    ASSERT_OK(store.create(path));
    EXPECT_TRUE(store.isOpen());
    EXPECT_EQ(pragma(store, QStringLiteral("user_version")), Store::SchemaVersion);
    EXPECT_EQ(pragma(store, QStringLiteral("application_id")), Store::ApplicationId);
    EXPECT_EQ(pragma(store, QStringLiteral("foreign_keys")), 1);
    auto mode = runQuery(store, QStringLiteral("PRAGMA journal_mode"));
    ASSERT_OK(mode);
    mode->next();
    EXPECT_EQ(mode->value(0).toString(), QStringLiteral("wal"));
    EXPECT_OK(store.checkIntegrity());
}

TEST(Store, RefusesToOverwriteAFile)
{
    ScratchFolder scratch;
    const QString path = newCollection(scratch);
    Store store;
    const Status created = store.create(path);
    ASSERT_FALSE(created.ok());
    EXPECT_TRUE(created.error().contains(QStringLiteral("already exists")));
}

TEST(Store, ReopensWhatItStored)
{
    ScratchFolder scratch;
    const QString path = newCollection(scratch);
    Store store;
    ASSERT_OK(store.open(path));
    EXPECT_EQ(*CaseRepository(store).count(), 1);
}

TEST(Store, RefusesANewerSchemaAndLeavesTheFileAlone)
{
    ScratchFolder scratch;
    const QString path = newCollection(scratch);
    tamper(path, "PRAGMA user_version = 99");
    const QByteArray before = Fixtures::readAll(path);
    Store store;
    const Status opened = store.open(path);
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.error().contains(QStringLiteral("newer Spyline (schema 99)"))) << opened.error().toStdString();
    EXPECT_FALSE(store.isOpen());
    EXPECT_EQ(Fixtures::readAll(path), before);
}

TEST(Store, RefusesACollectionWithAForeignTrigger)
{
    ScratchFolder scratch;
    const QString path = newCollection(scratch);
    tamper(path, "CREATE TRIGGER wipe AFTER INSERT ON cases BEGIN DELETE FROM actors; END;");
    const QByteArray before = Fixtures::readAll(path);
    Store store;
    const Status opened = store.open(path);
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.error().contains(QStringLiteral("trigger wipe"))) << opened.error().toStdString();
    EXPECT_EQ(Fixtures::readAll(path), before);
}

TEST(Store, RefusesAChangedTrigger)
{
    ScratchFolder scratch;
    const QString path = newCollection(scratch);
    tamper(path,
           "DROP TRIGGER cases_fts_insert; CREATE TRIGGER cases_fts_insert AFTER INSERT ON cases BEGIN "
           "DELETE FROM events; END;");
    Store store;
    const Status opened = store.open(path);
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.error().contains(QStringLiteral("cases_fts_insert"))) << opened.error().toStdString();
}

TEST(Store, RefusesAnSqliteDatabaseThatIsNotACollection)
{
    ScratchFolder scratch;
    const QString path = scratch.path(QStringLiteral("places.sqlite"));
    tamper(path, "CREATE TABLE places (id INTEGER PRIMARY KEY, url TEXT)");
    Store store;
    const Status opened = store.open(path);
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.error().contains(QStringLiteral("not a Spyline collection"))) << opened.error().toStdString();
}

TEST(Store, RefusesFilesThatAreNotDatabases)
{
    ScratchFolder scratch;
    const QString text = scratch.path(QStringLiteral("notes.spyline"));
    QFile file(text);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("title,disclosed_on\nA,2023\n");
    file.close();
    Store store;
    const Status opened = store.open(text);
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.error().contains(QStringLiteral("not an SQLite database"))) << opened.error().toStdString();

    const Status missing = store.open(scratch.path(QStringLiteral("absent.spyline")));
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().contains(QStringLiteral("does not exist")));
}

TEST(Store, RefusesATruncatedCollection)
{
    ScratchFolder scratch;
    const QString path = newCollection(scratch);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    ASSERT_GT(file.size(), 8192);
    ASSERT_TRUE(file.resize(file.size() / 2));
    file.close();
    Store store;
    const Status opened = store.open(path);
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.error().contains(QStringLiteral("cut short"))) << opened.error().toStdString();
}

TEST(Store, UpgradesASchemaOneCollection)
{
    // What Spyline's first schema wrote: built here by the same migration script that shipped with it.
    ScratchFolder scratch;
    const QString path = scratch.path(QStringLiteral("v1.spyline"));
    const QByteArray script = Store::migrationScript(1).toUtf8();
    ASSERT_FALSE(script.isEmpty());
    tamper(path, script.constData());
    tamper(path,
           "INSERT INTO countries VALUES ('CN', 'China', 0);"
           "INSERT INTO cases (id, title, status, target_country) VALUES (7, 'Old case', 'alleged', 'CN');"
           "INSERT INTO events (case_id, kind, title, date, date_from, date_to) "
           "VALUES (7, 'announcement', 'Disclosed in Tokyo', '2023-08-21', 2460178, 2460178);"
           "PRAGMA application_id = 1399876718; PRAGMA user_version = 1;");

    Store store;
    ASSERT_OK(store.open(path));
    EXPECT_EQ(pragma(store, QStringLiteral("user_version")), Store::SchemaVersion);
    auto positions = runQuery(store, QStringLiteral("SELECT count(*) FROM node_positions"));
    EXPECT_OK(positions);
    EXPECT_EQ(CaseRepository(store).get(7)->title, QStringLiteral("Old case"));
    EXPECT_TRUE(CaseRepository(store).get(7)->reference.isEmpty()); // schema 4: typed in, no sheet key
    EXPECT_EQ(CaseRepository(store).span(7)->disclosedDay, 2460178);
    CaseFilter filter;
    filter.text = QStringLiteral("tokyo");
    EXPECT_EQ(*CaseSearch(store).caseIds(filter), QList<Id> {7});
    EXPECT_OK(store.checkIntegrity());
}

TEST(Store, TransactionRollsBackEverythingOnFailure)
{
    auto store = Fixtures::memoryStore();
    CaseRepository cases(*store);
    const Status result = store->transact([&]() -> Status {
        EXPECT_OK(cases.insert(Case {0, QStringLiteral("First"), {}, CaseStatus::Alleged, {}, {}, {}, {}}));
        EXPECT_OK(cases.insert(Case {0, QStringLiteral("Second"), {}, CaseStatus::Alleged, {}, {}, {}, {}}));
        return fail(QStringLiteral("stop"));
    });
    EXPECT_FALSE(result.ok());
    EXPECT_EQ(*cases.count(), 0);
}

TEST(Store, NestedFailureRollsBackOnlyItsOwnPart)
{
    auto store = Fixtures::memoryStore();
    CaseRepository cases(*store);
    ASSERT_OK(store->transact([&]() -> Status {
        EXPECT_OK(cases.insert(Case {0, QStringLiteral("Kept"), {}, CaseStatus::Alleged, {}, {}, {}, {}}));
        const Status inner = store->transact([&]() -> Status {
            EXPECT_OK(cases.insert(Case {0, QStringLiteral("Dropped"), {}, CaseStatus::Alleged, {}, {}, {}, {}}));
            return fail(QStringLiteral("inner"));
        });
        EXPECT_FALSE(inner.ok());
        return {};
    }));
    EXPECT_EQ(*cases.count(), 1);
}

TEST(Store, AnnouncesChangesOnceAfterCommit)
{
    auto store = Fixtures::memoryStore();
    QSignalSpy spy(store.get(), &Store::changed);
    CaseRepository cases(*store);
    ASSERT_OK(store->transact([&]() -> Status {
        EXPECT_OK(cases.insert(Case {0, QStringLiteral("One"), {}, CaseStatus::Alleged, {}, {}, {}, {}}));
        EXPECT_OK(cases.insert(Case {0, QStringLiteral("Two"), {}, CaseStatus::Alleged, {}, {}, {}, {}}));
        EXPECT_EQ(spy.count(), 0);
        return {};
    }));
    ASSERT_EQ(spy.count(), 1);
    EXPECT_TRUE(spy.at(0).at(0).value<Changes>().testFlag(Change::Cases));

    spy.clear();
    (void)store->transact([&]() -> Status {
        EXPECT_OK(cases.insert(Case {0, QStringLiteral("Three"), {}, CaseStatus::Alleged, {}, {}, {}, {}}));
        return fail(QStringLiteral("no"));
    });
    EXPECT_EQ(spy.count(), 0);
}

TEST(Store, SavesAConsistentCopyWhileOpen)
{
    ScratchFolder scratch;
    const QString path = newCollection(scratch);
    Store store;
    ASSERT_OK(store.open(path));
    const QString copy = scratch.path(QStringLiteral("copy.spyline"));
    ASSERT_OK(store.saveCopyAs(copy));
    EXPECT_FALSE(store.saveCopyAs(copy).ok());
    Store other;
    ASSERT_OK(other.open(copy));
    EXPECT_EQ(*CaseRepository(other).count(), 1);
}

TEST(Store, OpensAReadOnlyFileReadOnly)
{
    ScratchFolder scratch;
    const QString path = newCollection(scratch);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup);
    const QByteArray before = Fixtures::readAll(path);
    Store store;
    ASSERT_OK(store.open(path));
    EXPECT_TRUE(store.isReadOnly());
    CaseRepository cases(store);
    EXPECT_EQ(*cases.count(), 1);
    const auto inserted = cases.insert(Case {0, QStringLiteral("New"), {}, CaseStatus::Alleged, {}, {}, {}, {}});
    ASSERT_FALSE(inserted.ok());
    EXPECT_TRUE(inserted.error().contains(QStringLiteral("read-only")));
    store.close();
    EXPECT_EQ(Fixtures::readAll(path), before);
}

TEST(Store, RefusesRandomBytesAndAViewThatWouldRunOnRead)
{
    ScratchFolder scratch;
    const QString noise = scratch.path(QStringLiteral("noise.spyline"));
    QFile file(noise);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    quint32 state = 12345;
    QByteArray bytes(64 * 1024, '\0');
    for (char& byte : bytes) {
        state = state * 1664525u + 1013904223u;
        byte = static_cast<char>(state >> 24);
    }
    file.write(bytes);
    file.close();
    Store store;
    const Status opened = store.open(noise);
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.error().contains(QStringLiteral("not an SQLite database")));
    EXPECT_EQ(Fixtures::readAll(noise), bytes);

    // A view, or a table that shadows one of Spyline's with an extra column, is not Spyline's schema.
    const QString crafted = newCollection(scratch, QStringLiteral("crafted.spyline"));
    tamper(crafted, "CREATE VIEW cases_by_day AS SELECT load_extension('/tmp/evil.so') AS x;");
    const QByteArray before = Fixtures::readAll(crafted);
    const Status refused = store.open(crafted);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("view cases_by_day"))) << refused.error().toStdString();
    EXPECT_EQ(Fixtures::readAll(crafted), before);
}

TEST(Store, OpensWithSqliteDefensiveSettings)
{
    ScratchFolder scratch;
    const QString path = newCollection(scratch);
    Store store;
    ASSERT_OK(store.open(path));
    int defensive = 0;
    sqlite3_db_config(connectionOf(store), SQLITE_DBCONFIG_DEFENSIVE, -1, &defensive);
    EXPECT_EQ(defensive, 1);
    // Defensive mode: the schema cannot be rewritten through SQL.
    auto write = runQuery(store, QStringLiteral("PRAGMA writable_schema = ON"));
    auto edit = runQuery(store, QStringLiteral("UPDATE sqlite_schema SET sql = '' WHERE name = 'cases'"));
    EXPECT_FALSE(edit.ok());
}

} // namespace

namespace {

QByteArray fileBytes(const QString& path)
{
    return Fixtures::readAll(path);
}

TEST(StoreReading, ReadingChangesNothingInTheFile)
{
    ScratchFolder scratch;
    const QString path = newCollection(scratch);
    const QByteArray before = fileBytes(path);
    {
        Store store;
        ASSERT_OK(store.open(path, Store::Access::Read));
        EXPECT_TRUE(store.isReadOnly());
        EXPECT_EQ(*CaseRepository(store).count(), 1);
        CaseFilter filter;
        filter.text = QStringLiteral("case");
        EXPECT_EQ(CaseSearch(store).caseIds(filter)->size(), 1);
        EXPECT_FALSE(
            CaseRepository(store).insert(Case {0, QStringLiteral("B"), {}, CaseStatus::Alleged, {}, {}, {}, {}}).ok());
    }
    EXPECT_EQ(fileBytes(path), before);
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-shm")));
}

TEST(StoreReading, ReadsTheLastCommittedStateWhileAnotherProgramWrites)
{
    ScratchFolder scratch;
    const QString path = newCollection(scratch);
    // Another program holds the write lock with a change it has not committed.
    sqlite3* other = nullptr;
    ASSERT_EQ(sqlite3_open(path.toUtf8().constData(), &other), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(other, "BEGIN IMMEDIATE; DELETE FROM citations;", nullptr, nullptr, nullptr), SQLITE_OK);
    {
        Store store;
        ASSERT_OK(store.open(path, Store::Access::Read));
        store.setBusyTimeout(0);
        EXPECT_EQ(*CaseRepository(store).count(), 1);
    }
    ASSERT_EQ(sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(other);
}

TEST(StoreReading, ReadsAnOlderSchemaFromACopyAndLeavesTheFileAsItWas)
{
    ScratchFolder scratch;
    const QString path = scratch.path(QStringLiteral("v1.spyline"));
    tamper(path, Store::migrationScript(1).toUtf8().constData());
    tamper(path,
           "INSERT INTO countries VALUES ('CN', 'China', 0);"
           "INSERT INTO cases (id, title, status, target_country) VALUES (7, 'Old case', 'alleged', 'CN');"
           "PRAGMA application_id = 1399876718; PRAGMA user_version = 1;");
    const QByteArray before = fileBytes(path);
    {
        Store store;
        ASSERT_OK(store.open(path, Store::Access::Read));
        EXPECT_EQ(store.path(), path);
        EXPECT_EQ(CaseRepository(store).get(7)->title, QStringLiteral("Old case"));
    }
    EXPECT_EQ(fileBytes(path), before);
    Store store;
    ASSERT_OK(store.open(path, Store::Access::Read));
    EXPECT_EQ(pragma(store, QStringLiteral("user_version")), Store::SchemaVersion);
}

TEST(StoreWriting, EveryCommitReachesTheFileItself)
{
    // A person who copies only the .spyline file while the window is open gets every saved change.
    ScratchFolder scratch;
    const QString path = newCollection(scratch);
    Store store;
    ASSERT_OK(store.open(path));
    ASSERT_OK(CaseRepository(store).insert(
        Case {0, QStringLiteral("Saved a moment ago"), {}, CaseStatus::Alleged, {}, {}, {}, {}}));
    const QString copy = scratch.path(QStringLiteral("copy.spyline"));
    ASSERT_TRUE(QFile::copy(path, copy));
    Store copied;
    ASSERT_OK(copied.open(copy));
    EXPECT_EQ(*CaseRepository(copied).count(), 2);
}

TEST(StoreWriting, ACheckpointLeavesTheWholeCollectionInOneFile)
{
    ScratchFolder scratch;
    const QString path = newCollection(scratch);
    Store store;
    ASSERT_OK(store.open(path));
    ASSERT_OK(CaseRepository(store).insert(Case {0, QStringLiteral("B"), {}, CaseStatus::Alleged, {}, {}, {}, {}}));
    ASSERT_OK(store.checkpoint());
    EXPECT_EQ(QFileInfo(path + QStringLiteral("-wal")).size(), 0);
    EXPECT_OK(Store::checkFileIsWhole(path));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    ASSERT_TRUE(file.resize(file.size() - 100));
    file.close();
    EXPECT_FALSE(Store::checkFileIsWhole(path).ok());
}

} // namespace

TEST(Store, ACacheSizeIsSetOnTheConnection)
{
    auto store = Fixtures::memoryStore();
    ASSERT_OK(store->setCacheSize(8192));
    auto size = runQuery(*store, QStringLiteral("PRAGMA cache_size"));
    ASSERT_OK(size);
    ASSERT_TRUE(size->next());
    EXPECT_EQ(size->value(0).toInt(), -8192);
    Store closed;
    EXPECT_FALSE(closed.setCacheSize(8192).ok());
}

TEST(Store, TheSqliteVersionIsThatOfTheLibraryTheStoreRunsOn)
{
    auto store = Fixtures::memoryStore();
    auto version = runQuery(*store, QStringLiteral("SELECT sqlite_version()"));
    ASSERT_OK(version);
    ASSERT_TRUE(version->next());
    EXPECT_EQ(Store::sqliteVersion(), version->value(0).toString());
    EXPECT_TRUE(Store::sqliteVersion().startsWith(QStringLiteral("3."))) << Store::sqliteVersion().toStdString();
}
