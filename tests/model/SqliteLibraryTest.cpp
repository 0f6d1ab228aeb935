#include "store/SqliteLibrary.h"

#include "TestSupport.h"
#include "store/SqliteStatement.h"

using namespace Spyline;

namespace {

SqliteLibrary library(int number, const char* version, bool fullTextSearch = true)
{
    return {number, QString::fromLatin1(version), QStringLiteral("2022-12-28 14:03:47 source"), fullTextSearch};
}

TEST(SqliteLibrary, TheLibraryTheStoreBuiltAgainstOrANewerOneServes)
{
    EXPECT_OK(checkSqliteLibrary(library(3040001, "3.40.1"), library(3040001, "3.40.1")));
    EXPECT_OK(checkSqliteLibrary(library(3040001, "3.40.1"), library(3045002, "3.45.2")));
}

TEST(SqliteLibrary, AnOlderLibraryThanTheStoreWasBuiltWithIsRefusedNamingBoth)
{
    const Status older = checkSqliteLibrary(library(3040001, "3.40.1"), library(3034001, "3.34.1"));
    ASSERT_FALSE(older.ok());
    EXPECT_TRUE(older.error().contains(QStringLiteral("needs SQLite 3.40.1 or newer"))) << older.error().toStdString();
    EXPECT_TRUE(older.error().contains(QStringLiteral("SQLite 3.34.1"))) << older.error().toStdString();
}

TEST(SqliteLibrary, ALibraryOlderThanWhatTheStoreUsesIsRefusedWhateverItWasBuiltWith)
{
    const Status old = checkSqliteLibrary(library(3022000, "3.22.0"), library(3030001, "3.30.1"));
    ASSERT_FALSE(old.ok());
    EXPECT_TRUE(old.error().contains(QStringLiteral("needs SQLite 3.31.0 or newer"))) << old.error().toStdString();
}

TEST(SqliteLibrary, ALibraryWithoutFullTextSearchIsRefused)
{
    const Status without = checkSqliteLibrary(library(3040001, "3.40.1"), library(3040001, "3.40.1", false));
    ASSERT_FALSE(without.ok());
    EXPECT_TRUE(without.error().contains(QStringLiteral("FTS5"))) << without.error().toStdString();
}

// One copy of SQLite: the library the store's code calls is the one its connection runs on.
TEST(SqliteLibrary, TheStoresConnectionRunsOnTheLibraryTheStoreCalls)
{
    auto store = Fixtures::memoryStore();
    auto reported = runQuery(*store, QStringLiteral("SELECT sqlite_version(), sqlite_source_id()"));
    ASSERT_OK(reported);
    ASSERT_TRUE(reported->next());
    const SqliteLibrary loaded = SqliteLibrary::loaded();
    EXPECT_EQ(reported->value(0).toString(), loaded.version);
    EXPECT_EQ(reported->value(1).toString(), loaded.sourceId);
    EXPECT_TRUE(loaded.fullTextSearch);
    EXPECT_OK(checkSqliteLibrary(SqliteLibrary::builtAgainst(), loaded));
    EXPECT_EQ(Store::sqliteVersion(), loaded.version);
}

} // namespace
