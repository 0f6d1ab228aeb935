#include "store/ChangeLog.h"
#include "TestServer.h"
#include "TestSupport.h"
#include "store/CollectionCopy.h"
#include "store/PostgresConnection.h"
#include "store/SchemaMigrations.h"
#include "store/ServerCollection.h"
#include "store/ServerPrivileges.h"
#include "store/Store.h"

#include <QProcess>

using namespace Spyline;
using namespace Spyline::Fixtures;

namespace {

// The log after `since` as "table key operation role" lines, in the order of the sequence.
QStringList logAfter(PostgresConnection& connection, qint64 since = 0)
{
    QStringList lines;
    for (const auto& row : rowsOf(onServer(connection),
                                  "SELECT record_table, record_key, operation, changed_by FROM spyline_changes "
                                  "WHERE sequence > ? ORDER BY sequence"_s,
                                  {since})) {
        QStringList fields;
        for (const QVariant& value : row)
            fields.append(value.toString());
        lines.append(fields.join(u' '));
    }
    return lines;
}

qint64 lastSequence(ServerCollection& collection)
{
    auto last = lastChangeSequence(collection);
    EXPECT_OK(last);
    return last ? *last : -1;
}

QString logged(const QString& table, qint64 key, const QString& operation)
{
    return "%1 %2 %3 spyline"_s.arg(table).arg(key).arg(operation);
}

// A connection of another login role, made for the test, that may change the records.
QString asColleague(const QString& address, const QString& role)
{
    ServerCollection owner;
    EXPECT_OK(owner.open(address));
    EXPECT_OK(owner.connection().runScript(
        "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1') THEN CREATE ROLE %1 LOGIN; END IF; "
        "END $$; GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1; "
        "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %1"_s.arg(role)));
    QString colleague = address;
    return colleague.replace("postgresql:///"_s, "postgresql://%1@/"_s.arg(role));
}

} // namespace

TEST(ChangeLog, EveryCommittedChangeOfARecordLeavesOneRowInOrder)
{
    ServerCollection server;
    ASSERT_OK(server.create(freshServerDatabase()));
    ASSERT_TRUE(server.hasChangeLog());
    EXPECT_TRUE(server.missingAdditions().isEmpty());
    const qint64 start = lastSequence(server);
    // The catalog's countries came in as the collection was made.
    EXPECT_GT(start, 200);

    const qint64 caseId = commit(server, "INSERT INTO cases (title) VALUES ('Logged') RETURNING id"_s);
    commit(server, "UPDATE cases SET summary = 'changed' WHERE id = ?"_s, {caseId});
    const qint64 eventId = commit(server,
                                  "INSERT INTO events (case_id, kind, title, date, date_from, date_to) "
                                  "VALUES (?, 'arrest', 'Arrested', '2001-02-03', 730519, 730519) RETURNING id"_s,
                                  {caseId});
    commit(server, "INSERT INTO node_positions (layout, node, x, y) VALUES ('relations', 'c1', 1, 2)"_s);
    // Deleting the case takes its event with it: both are logged.
    commit(server, "DELETE FROM cases WHERE id = ?"_s, {caseId});

    const QStringList expected = {
        logged("cases"_s, caseId, "insert"_s),
        logged("cases"_s, caseId, "update"_s),
        // The case's span follows its dated events (a trigger, done within the event's insert), and
        // that too is a change of the case.
        logged("cases"_s, caseId, "update"_s),
        logged("events"_s, eventId, "insert"_s),
        "node_positions relations/c1 insert spyline"_s,
        // The case, then its event, which the delete cascades to.
        logged("cases"_s, caseId, "delete"_s),
        logged("events"_s, eventId, "delete"_s),
    };
    EXPECT_EQ(logAfter(server.connection(), start), expected);

    auto changes = lastChangeSequence(server);
    ASSERT_OK(changes);
    EXPECT_EQ(*changes, start + expected.size());
    // Sequence numbers and times come with every row.
    const auto times =
        rowsOf(onServer(server.connection()),
               "SELECT count(*) FROM spyline_changes WHERE sequence > ? AND changed_at <= now()"_s, {start});
    EXPECT_EQ(times.value(0).value(0).toLongLong(), expected.size());
}

TEST(ChangeLog, ARolledBackOrAbandonedTransactionLeavesNoRow)
{
    const QString address = freshServerDatabase();
    ServerCollection server;
    ASSERT_OK(server.create(address));
    const qint64 start = lastSequence(server);

    // A transaction that fails after its write.
    const Status failed = server.transact([&]() -> Status {
        rowsOf(onServer(server.connection()), "INSERT INTO cases (title) VALUES ('rolled back')"_s);
        return fail("refused"_s);
    });
    EXPECT_FALSE(failed.ok());

    // A connection closed in the middle of its transaction.
    {
        PostgresConnection other;
        ASSERT_OK(other.open(address));
        ASSERT_OK(other.runScript("BEGIN; INSERT INTO cases (title) VALUES ('abandoned')"_s));
        other.close();
    }

    // A client process killed in the middle of its transaction, after its write reached the server.
    QProcess psql;
    psql.setProcessChannelMode(QProcess::MergedChannels);
    psql.start("psql"_s, {"-X"_s, "-q"_s, "-v"_s, "ON_ERROR_STOP=1"_s, address});
    ASSERT_TRUE(psql.waitForStarted(60000)) << psql.errorString().toStdString();
    psql.write("BEGIN;\nINSERT INTO cases (title) VALUES ('killed');\n\\echo written\n");
    QByteArray said;
    while (!said.contains("written") && psql.waitForReadyRead(60000))
        said += psql.readAll();
    ASSERT_TRUE(said.contains("written")) << said.toStdString();
    psql.kill();
    psql.waitForFinished(60000);

    // The next committed change is the next in the log: nothing of the three came before it.
    const qint64 kept = commit(server, "INSERT INTO cases (title) VALUES ('committed') RETURNING id"_s);
    EXPECT_EQ(logAfter(server.connection(), start), QStringList({logged("cases"_s, kept, "insert"_s)}));
    EXPECT_EQ(rowsOf(onServer(server.connection()), "SELECT title FROM cases"_s),
              QList<QVariantList>({{"committed"_s}}));
}

TEST(ChangeLog, ACollectionMadeBeforeTheLogGetsItWhenOpenedToWrite)
{
    const QString address = freshServerDatabase();
    {
        // What the build before the change log made: schema 6 and its mark, nothing more.
        PostgresConnection previous;
        ASSERT_OK(previous.open(address));
        ASSERT_OK(previous.runScript(schemaMigration(SchemaBackend::Postgres, PostgresFirstSchema)));
        ASSERT_OK(previous.runScript("INSERT INTO spyline_collection (application_id, schema_version) VALUES (%1, %2); "
                                     "INSERT INTO cases (title) VALUES ('From before')"_s.arg(Store::ApplicationId)
                                         .arg(Store::SchemaVersion)));
    }
    ServerCollection reader;
    ASSERT_OK(reader.open(address, ServerCollection::Access::Read));
    EXPECT_FALSE(reader.hasChangeLog());
    EXPECT_TRUE(reader.missingAdditions().contains("no change log"_s)) << reader.missingAdditions().toStdString();
    const auto missing = lastChangeSequence(reader);
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().contains("no change log"_s)) << missing.error().toStdString();
    // Reading works without it, and writes nothing: the table is still not there.
    ScratchFolder scratch;
    ASSERT_OK(dumpCollection(address, DumpFormat::Json, scratch.path("before.json"_s)));
    EXPECT_TRUE(readAll(scratch.path("before.json"_s)).contains("From before"));
    EXPECT_EQ(rowsOf(onServer(reader.connection()), "SELECT to_regclass('spyline_changes') IS NULL"_s),
              QList<QVariantList>({{qint64(1)}}));
    reader.close();

    ServerCollection writer;
    ASSERT_OK(writer.open(address));
    EXPECT_TRUE(writer.hasChangeLog());
    EXPECT_TRUE(writer.missingAdditions().isEmpty());
    EXPECT_EQ(rowsOf(onServer(writer.connection()), "SELECT server_additions FROM spyline_collection"_s),
              QList<QVariantList>({{qint64(ServerAdditions)}}));
    const qint64 start = lastSequence(writer);
    const qint64 id = commit(writer, "UPDATE cases SET summary = 'now logged' RETURNING id"_s);
    EXPECT_EQ(logAfter(writer.connection(), start), QStringList({logged("cases"_s, id, "update"_s)}));
    writer.close();
    // Opened again, nothing is made twice.
    ASSERT_OK(writer.open(address));
    EXPECT_TRUE(writer.hasChangeLog());
}

TEST(ChangeLog, IsNotARecordTableAndStaysOutOfCopiesAndDumps)
{
    EXPECT_EQ(serverRecordTables(), recordTables());
    EXPECT_FALSE(recordTables().contains("spyline_changes"_s));
    ScratchFolder scratch;
    const QString address = freshServerDatabase();
    ASSERT_OK(createServerCollection(address, true));
    ServerCollection server;
    ASSERT_OK(server.open(address, ServerCollection::Access::Read));
    const qint64 logRows =
        rowsOf(onServer(server.connection()), "SELECT count(*) FROM spyline_changes"_s).value(0).value(0).toLongLong();
    EXPECT_GT(logRows, 0);
    server.close();
    ASSERT_OK(dumpCollection(address, DumpFormat::Json, scratch.path("server.json"_s)));
    EXPECT_FALSE(readAll(scratch.path("server.json"_s)).contains("spyline_changes"));
    EXPECT_FALSE(readAll(scratch.path("server.json"_s)).contains("changed_by"));
    const QString file = scratch.path("copy.spyline"_s);
    ASSERT_OK(copyCollection(address, file));
    Store copy;
    ASSERT_OK(copy.open(file, Store::Access::Read));
    EXPECT_TRUE(rowsOf(onFile(copy), "SELECT name FROM sqlite_schema WHERE name LIKE '%change%'"_s).isEmpty());
}

TEST(Conflicts, TellWhoChangedOrDeletedARecordSinceItWasRead)
{
    const QString address = freshServerDatabase();
    ServerCollection mine;
    ASSERT_OK(mine.create(address));
    const qint64 caseId = commit(mine, "INSERT INTO cases (title) VALUES ('Shared') RETURNING id"_s);
    const qint64 otherCase = commit(mine, "INSERT INTO cases (title) VALUES ('Other') RETURNING id"_s);
    ServerCollection theirs;
    ASSERT_OK(theirs.open(asColleague(address, "colleague"_s)));
    ASSERT_FALSE(theirs.isReadOnly()) << theirs.readOnlyReason().toStdString();

    // A form opens the case: the record and the log's last sequence on one snapshot.
    qint64 opened = 0;
    ASSERT_OK(mine.readSnapshot([&]() -> Status {
        auto last = lastChangeSequence(mine);
        opened = last ? *last : -1;
        return last.status();
    }));
    auto untouched = conflictSince(mine, "cases"_s, QString::number(caseId), opened);
    ASSERT_OK(untouched);
    EXPECT_FALSE(untouched->has_value());

    // Someone else changes another record, then this one.
    commit(theirs, "UPDATE cases SET summary = 'theirs' WHERE id = ?"_s, {otherCase});
    EXPECT_FALSE(conflictSince(mine, "cases"_s, QString::number(caseId), opened)->has_value());
    commit(theirs, "UPDATE cases SET summary = 'theirs' WHERE id = ?"_s, {caseId});
    std::optional<RecordConflict> conflict;
    ASSERT_OK(mine.transact([&]() -> Status {
        auto found = conflictSince(mine, "cases"_s, QString::number(caseId), opened);
        if (!found)
            return found.status();
        conflict = *found;
        return {};
    }));
    ASSERT_TRUE(conflict.has_value());
    EXPECT_EQ(conflict->latest.table, "cases"_s);
    EXPECT_EQ(conflict->latest.id(), caseId);
    EXPECT_EQ(conflict->latest.operation, RecordChange::Operation::Update);
    EXPECT_EQ(conflict->latest.changedBy, "colleague"_s);
    EXPECT_EQ(conflict->changedBy, QStringList({"colleague"_s}));
    EXPECT_EQ(conflict->changes, 1);
    EXPECT_TRUE(conflict->latest.changedAt.isValid());
    EXPECT_LE(conflict->latest.changedAt, QDateTime::currentDateTimeUtc());
    EXPECT_FALSE(conflict->latest.removes());

    // Then they delete it: the answer says it is gone.
    commit(theirs, "DELETE FROM cases WHERE id = ?"_s, {caseId});
    auto deleted = conflictSince(mine, "cases"_s, QString::number(caseId), opened);
    ASSERT_OK(deleted);
    ASSERT_TRUE(deleted->has_value());
    EXPECT_TRUE((*deleted)->latest.removes());
    EXPECT_EQ((*deleted)->changes, 2);
}

TEST(Conflicts, NobodyCommitsBetweenTheCheckAndTheWrite)
{
    const QString address = freshServerDatabase();
    ServerCollection mine;
    ASSERT_OK(mine.create(address));
    const qint64 caseId = commit(mine, "INSERT INTO cases (title) VALUES ('Shared') RETURNING id"_s);
    const qint64 opened = lastSequence(mine);
    ServerCollection theirs;
    ASSERT_OK(theirs.open(address));
    ASSERT_OK(theirs.connection().runScript("SET lock_timeout = '100ms'"_s));

    ASSERT_OK(mine.transact([&]() -> Status {
        auto found = conflictSince(mine, "cases"_s, QString::number(caseId), opened);
        EXPECT_OK(found);
        EXPECT_FALSE(found && found->has_value());
        // While this transaction has checked and not yet written, another writer cannot get in.
        const Status blocked = theirs.transact([&]() -> Status {
            auto statement = onServer(theirs.connection())("UPDATE cases SET summary = 'theirs' WHERE id = ?"_s);
            return statement->exec({caseId});
        });
        EXPECT_FALSE(blocked.ok());
        EXPECT_TRUE(blocked.error().contains("busy"_s)) << blocked.error().toStdString();
        auto statement = onServer(mine.connection())("UPDATE cases SET summary = 'mine' WHERE id = ?"_s);
        return statement->exec({caseId});
    }));
    // Afterwards they can, and then the form that read before sees their change.
    commit(theirs, "UPDATE cases SET summary = 'theirs' WHERE id = ?"_s, {caseId});
    auto after = conflictSince(mine, "cases"_s, QString::number(caseId), opened);
    ASSERT_OK(after);
    ASSERT_TRUE(after->has_value());
    EXPECT_EQ((*after)->changes, 2);
}
