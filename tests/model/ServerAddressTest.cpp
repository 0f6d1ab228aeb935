#include "store/ServerAddress.h"
#include "TestSupport.h"
#include "store/PostgresStatement.h"

#include <gtest/gtest.h>

using namespace Spyline;

TEST(ServerAddress, TellsServerAddressesFromFileNames)
{
    EXPECT_TRUE(isServerAddress("postgresql://db.example.org/class"_s));
    EXPECT_TRUE(isServerAddress("postgres://db.example.org/class"_s));
    EXPECT_TRUE(isServerAddress("PostgreSQL:///class?host=/run/postgresql"_s));
    EXPECT_FALSE(isServerAddress("class.spyline"_s));
    EXPECT_FALSE(isServerAddress("/home/teacher/postgresql/class.spyline"_s));
    EXPECT_FALSE(isServerAddress("postgresql.spyline"_s));
}

TEST(ServerAddress, AcceptsHostsPortsUsersAndSockets)
{
    EXPECT_OK(checkServerAddress("postgresql://db.example.org/class"_s));
    EXPECT_OK(checkServerAddress("postgresql://teacher@db.example.org:5433/class"_s));
    EXPECT_OK(checkServerAddress("postgresql:///class?host=/run/postgresql"_s));
    EXPECT_OK(checkServerAddress("postgresql://[::1]:5432/class"_s));
}

TEST(ServerAddress, RefusesAPasswordWithoutRepeatingIt)
{
    for (const QString& address :
         {"postgresql://teacher:s3cret@db.example.org/class"_s, "postgresql://db.example.org/class?password=s3cret"_s,
          "postgresql:///class?host=/tmp&sslpassword=s3cret"_s}) {
        const Status status = checkServerAddress(address);
        ASSERT_FALSE(status.ok()) << address.toStdString();
        EXPECT_TRUE(status.error().contains("PGPASSWORD"_s)) << status.error().toStdString();
        EXPECT_TRUE(status.error().contains("~/.pgpass"_s)) << status.error().toStdString();
        EXPECT_FALSE(status.error().contains("s3cret"_s)) << status.error().toStdString();
        EXPECT_FALSE(serverAddressForDisplay(address).contains("s3cret"_s));
    }
}

TEST(ServerAddress, RefusesWhatLibpqCannotReadAndAnAddressWithoutADatabase)
{
    const Status unknown = checkServerAddress("postgresql://db.example.org/class?colour=blue"_s);
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().contains("colour"_s)) << unknown.error().toStdString();
    const Status noDatabase = checkServerAddress("postgresql://db.example.org"_s);
    ASSERT_FALSE(noDatabase.ok());
    EXPECT_TRUE(noDatabase.error().contains("names no database"_s)) << noDatabase.error().toStdString();
    EXPECT_FALSE(checkServerAddress("class.spyline"_s).ok());
}

TEST(PostgresStatement, NumbersPlaceholdersOutsideQuotesAndComments)
{
    int count = 0;
    EXPECT_EQ(PostgresStatement::numberPlaceholders("SELECT a FROM t WHERE b = ? AND c IN (?, ?)"_s, &count),
              QByteArray("SELECT a FROM t WHERE b = $1 AND c IN ($2, $3)"));
    EXPECT_EQ(count, 3);
    EXPECT_EQ(PostgresStatement::numberPlaceholders(
                  "SELECT '?', 'it''s ?', \"odd?name\" -- why?\nFROM t /* what? */ WHERE x = ?"_s, &count),
              QByteArray("SELECT '?', 'it''s ?', \"odd?name\" -- why?\nFROM t /* what? */ WHERE x = $1"));
    EXPECT_EQ(count, 1);
    EXPECT_EQ(PostgresStatement::numberPlaceholders("SELECT 1"_s, &count), QByteArray("SELECT 1"));
    EXPECT_EQ(count, 0);
}

TEST(ServerAddress, NamesACollectionByItsDatabaseAndHost)
{
    EXPECT_EQ(serverCollectionName("postgresql://teacher@db.school.example:5433/class"_s),
              "class on db.school.example"_s);
    EXPECT_EQ(serverCollectionName("postgresql:///class?host=/run/postgresql"_s), "class"_s);
    // An address with a password is never repeated, not even in part.
    EXPECT_FALSE(serverCollectionName("postgresql://teacher:s3cret@db.example/class"_s).contains("s3cret"_s));
}
