#include "TestServer.h"
#include "TestSupport.h"
#include "store/ChangeLog.h"
#include "store/CollectionCopy.h"
#include "store/CollectionFile.h"
#include "store/PostgresConnection.h"
#include "store/ServerCollection.h"
#include "store/ServerPrivileges.h"

#include <QFile>

using namespace Spyline;
using namespace Spyline::Fixtures;

namespace {

// The statements of the README's block that this test is named beside: the docs and the test cannot drift.
QString readmeStatements()
{
    QFile readme(QStringLiteral(SPYLINE_TEST_SOURCE_DIR "/../README.md"));
    if (!readme.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "README.md cannot be read";
        return {};
    }
    const QString text = QString::fromUtf8(readme.readAll());
    const qsizetype marker = text.indexOf("ServerRolesTest.cpp runs exactly"_s);
    const qsizetype begin = text.indexOf("```sql\n"_s, marker);
    const qsizetype end = text.indexOf("\n```"_s, begin + 7);
    if (marker < 0 || begin < 0 || end < 0) {
        ADD_FAILURE() << "README.md has no block of GRANT statements marked for this test";
        return {};
    }
    return text.mid(begin + 7, end - begin - 7);
}

// The address of the same database, logged in as `role`.
QString as(const QString& role, QString address)
{
    return address.replace("postgresql:///"_s, "postgresql://%1@/"_s.arg(role));
}

qint64 countOf(PostgresConnection& connection, const QString& sql)
{
    return rowsOf(onServer(connection), sql).value(0).value(0).toLongLong();
}

} // namespace

TEST(ServerRoles, TheReadmeGrantsMakeStudentsReadersAndEditorsWriters)
{
    ScratchFolder scratch;
    const QString sample = scratch.path("sample.spyline"_s);
    ASSERT_OK(createCollectionFile(sample, true));
    const QString address = freshServerDatabase();
    ASSERT_OK(copyCollection(sample, address));
    const QString statements = readmeStatements();
    ASSERT_TRUE(statements.contains("GRANT"_s));
    {
        // Run as the collection's owner, in its database, as the README says.
        ServerCollection owner;
        ASSERT_OK(owner.open(address));
        ASSERT_FALSE(owner.isReadOnly());
        ASSERT_OK(owner.connection().runScript(statements));
    }
    const QString student = as("li_wei"_s, address);
    const QString editor = as("ana"_s, address);

    // A student opens the collection read-only, told why in words naming the role.
    ServerCollection reading;
    ASSERT_OK(reading.open(student));
    EXPECT_TRUE(reading.isReadOnly());
    EXPECT_TRUE(reading.readOnlyReason().contains("li_wei"_s)) << reading.readOnlyReason().toStdString();
    EXPECT_TRUE(reading.readOnlyReason().contains("may only read"_s)) << reading.readOnlyReason().toStdString();
    EXPECT_FALSE(reading.transact([] { return Status(); }).ok());
    // The server itself refuses a student's write, whatever a program tries.
    EXPECT_FALSE(reading.connection().runScript("INSERT INTO cases (title) VALUES ('by a student')"_s).ok());
    const qint64 logRows = countOf(reading.connection(), "SELECT count(*) FROM spyline_changes"_s);
    reading.close();

    // A student can dump it, the same bytes as its owner…
    ASSERT_OK(dumpCollection(address, DumpFormat::Json, scratch.path("owner.json"_s)));
    ASSERT_OK(dumpCollection(student, DumpFormat::Json, scratch.path("student.json"_s)));
    EXPECT_EQ(readAll(scratch.path("student.json"_s)), readAll(scratch.path("owner.json"_s)));
    // …but the commands that write refuse before doing anything.
    const auto copied = copyCollection(sample, student, ExistingCollection::Replace);
    ASSERT_FALSE(copied.ok());
    EXPECT_TRUE(copied.error().contains("li_wei"_s)) << copied.error().toStdString();
    EXPECT_TRUE(copied.error().contains("read-only"_s)) << copied.error().toStdString();
    const QString emptyDatabase = freshServerDatabase();
    const Status made = createServerCollection(as("li_wei"_s, emptyDatabase), true);
    ASSERT_FALSE(made.ok());
    EXPECT_TRUE(made.error().contains("li_wei"_s)) << made.error().toStdString();
    EXPECT_TRUE(made.error().contains("may not create tables"_s)) << made.error().toStdString();
    {
        PostgresConnection empty;
        ASSERT_OK(empty.open(emptyDatabase));
        EXPECT_EQ(countOf(empty, "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"_s), 0);
    }

    // An editor may write; the changes are logged with the editor's role.
    ServerCollection editing;
    ASSERT_OK(editing.open(editor));
    EXPECT_FALSE(editing.isReadOnly()) << editing.readOnlyReason().toStdString();
    EXPECT_TRUE(editing.readOnlyReason().isEmpty());
    EXPECT_EQ(countOf(editing.connection(), "SELECT count(*) FROM spyline_changes"_s), logRows)
        << "nothing was written by the student";
    auto before = lastChangeSequence(editing);
    ASSERT_OK(before);
    qint64 caseId = 0;
    ASSERT_OK(editing.transact([&]() -> Status {
        caseId =
            rowsOf(onServer(editing.connection()), "INSERT INTO cases (title) VALUES ('By an editor') RETURNING id"_s)
                .value(0)
                .value(0)
                .toLongLong();
        return caseId > 0 ? Status() : fail("no id"_s);
    }));
    ASSERT_OK(editing.transact([&]() -> Status {
        return onServer(editing.connection())("UPDATE cases SET summary = 'edited' WHERE id = ?"_s)->exec({caseId});
    }));
    EXPECT_EQ(rowsOf(onServer(editing.connection()),
                     "SELECT record_table, record_key, operation, changed_by FROM spyline_changes "
                     "WHERE sequence > ? ORDER BY sequence"_s,
                     {*before}),
              QList<QVariantList>({{"cases"_s, QString::number(caseId), "insert"_s, "ana"_s},
                                   {"cases"_s, QString::number(caseId), "update"_s, "ana"_s}}));
    // An editor may read the log, not forge or erase it.
    EXPECT_FALSE(editing.connection()
                     .runScript("INSERT INTO spyline_changes (record_table, record_key, operation) "
                                "VALUES ('cases', '1', 'delete')"_s)
                     .ok());
    EXPECT_FALSE(editing.connection().runScript("DELETE FROM spyline_changes"_s).ok());
    editing.close();
    // The whole collection may be replaced by an editor, and that is logged with the editor's role too.
    ASSERT_OK(copyCollection(sample, editor, ExistingCollection::Replace));
    ServerCollection owner;
    ASSERT_OK(owner.open(address));
    EXPECT_GT(countOf(owner.connection(),
                      "SELECT count(*) FROM spyline_changes WHERE changed_by = 'ana' AND operation = 'delete'"_s),
              0);
    EXPECT_EQ(countOf(owner.connection(), "SELECT count(*) FROM cases WHERE title = 'By an editor'"_s), 0);
}
