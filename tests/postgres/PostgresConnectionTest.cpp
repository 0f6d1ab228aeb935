#include "store/PostgresConnection.h"
#include "TestServer.h"
#include "TestSupport.h"
#include "store/PostgresStatement.h"

using namespace Spyline;
using namespace Spyline::Fixtures;

TEST(PostgresConnection, BindsEveryValueApartFromTheSql)
{
    PostgresConnection connection;
    ASSERT_OK(connection.open(freshServerDatabase()));
    PostgresStatement statement(connection, "SELECT ?::text, ?::bigint, ?::float8, ?::text IS NULL, ?::text, '?'"_s);
    const QString hostile = "Robert'); DROP TABLE cases; -- 曾"_s;
    ASSERT_OK(statement.exec(
        {hostile, qint64(9'007'199'254'740'993), 0.1, QVariant(QMetaType::fromType<QString>()), QString()}));
    ASSERT_TRUE(statement.next());
    EXPECT_EQ(statement.value(0).toString(), hostile);
    EXPECT_EQ(statement.value(1).typeId(), int(QMetaType::LongLong));
    EXPECT_EQ(statement.value(1).toLongLong(), 9'007'199'254'740'993);
    EXPECT_EQ(statement.value(2).toDouble(), 0.1);
    EXPECT_EQ(statement.value(3).toLongLong(), 1);
    EXPECT_FALSE(statement.value(4).isNull()) << "an empty text is '', not NULL";
    EXPECT_EQ(statement.value(4).toString(), QString());
    EXPECT_EQ(statement.value(5).toString(), "?"_s);
    EXPECT_FALSE(statement.next());

    const Status wrongCount = statement.exec({1});
    ASSERT_FALSE(wrongCount.ok());
    EXPECT_TRUE(wrongCount.error().contains("takes 5 values, not 1"_s)) << wrongCount.error().toStdString();
}

TEST(PostgresConnection, SaysWhatWentWrongWithTheServersOwnMessage)
{
    const QString address = freshServerDatabase();
    PostgresConnection connection;
    ASSERT_OK(connection.open(address));
    ASSERT_OK(connection.runScript("CREATE TABLE t (name text UNIQUE)"_s));
    PostgresStatement insert(connection, "INSERT INTO t (name) VALUES (?)"_s);
    ASSERT_OK(insert.exec({"Zeng"_s}));
    EXPECT_EQ(insert.numRowsAffected(), 1);
    const Status twice = insert.exec({"Zeng"_s});
    ASSERT_FALSE(twice.ok());
    EXPECT_TRUE(twice.error().startsWith("a record like it exists already"_s)) << twice.error().toStdString();
    EXPECT_TRUE(twice.error().contains("t_name_key"_s)) << twice.error().toStdString();
    EXPECT_TRUE(insert.failed());

    PostgresConnection nowhere;
    const QString missing = QString(address).replace("spyline_test_"_s, "nonexistent_"_s);
    const Status refused = nowhere.open(missing);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().startsWith("cannot connect to "_s + missing)) << refused.error().toStdString();
    EXPECT_TRUE(refused.error().contains("does not exist"_s)) << refused.error().toStdString();
}

TEST(PostgresConnection, RefusesAnAddressWithAPassword)
{
    PostgresConnection connection;
    const Status refused = connection.open("postgresql://spyline:s3cret@localhost/postgres"_s);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains("PGPASSWORD"_s));
    EXPECT_FALSE(refused.error().contains("s3cret"_s));
    EXPECT_FALSE(connection.isOpen());
}
