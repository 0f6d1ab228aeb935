#include "TestServer.h"
#include "TestSupport.h"
#include "store/ChangeLog.h"
#include "store/PostgresConnection.h"
#include "store/SchemaMigrations.h"
#include "store/ServerChangeListener.h"
#include "store/ServerCollection.h"
#include "store/Store.h"

#include <QSignalSpy>
#include <QSocketNotifier>

#include <libpq-fe.h>

using namespace Spyline;
using namespace Spyline::Fixtures;

namespace {

// Long enough for a loaded machine; the tests wait for signals, never for a time.
constexpr int Patience = 60000;

qint64 lastSequence(ServerCollection& collection)
{
    auto last = lastChangeSequence(collection);
    EXPECT_OK(last);
    return last ? *last : -1;
}

// Every change reported so far, in order.
RecordChanges reported(const QSignalSpy& spy)
{
    RecordChanges all;
    for (const QList<QVariant>& signal : spy)
        all += signal.value(0).value<RecordChanges>();
    return all;
}

// Waits until the listener has reported the changes up to `sequence`.
bool waitForSequence(ServerChangeListener& listener, QSignalSpy& changed, qint64 sequence)
{
    while (listener.lastSequence() < sequence) {
        if (!changed.wait(Patience))
            return false;
    }
    return true;
}

QList<qint64> sequencesOf(const RecordChanges& changes)
{
    QList<qint64> sequences;
    for (const RecordChange& change : changes)
        sequences.append(change.sequence);
    return sequences;
}

} // namespace

TEST(ChangeListener, HearsWhatAnotherClientCommits)
{
    const QString address = freshServerDatabase();
    ServerCollection writer;
    ASSERT_OK(writer.create(address));
    ServerChangeListener listener;
    QSignalSpy listening(&listener, &ServerChangeListener::listening);
    QSignalSpy changed(&listener, &ServerChangeListener::changed);
    QSignalSpy interrupted(&listener, &ServerChangeListener::interrupted);
    ASSERT_OK(listener.start(address, lastSequence(writer)));
    ASSERT_TRUE(listening.wait(Patience)) << listener.problem().toStdString();
    EXPECT_TRUE(listener.isListening());
    EXPECT_TRUE(changed.isEmpty()) << "nothing happened since the sequence it started from";

    // The other client writes a case and its event in one transaction.
    qint64 caseId = 0;
    qint64 eventId = 0;
    ASSERT_OK(writer.transact([&]() -> Status {
        caseId = rowsOf(onServer(writer.connection()), "INSERT INTO cases (title) VALUES ('Heard') RETURNING id"_s)
                     .value(0)
                     .value(0)
                     .toLongLong();
        eventId =
            rowsOf(onServer(writer.connection()),
                   "INSERT INTO events (case_id, kind, title) VALUES (?, 'other', 'Note') RETURNING id"_s, {caseId})
                .value(0)
                .value(0)
                .toLongLong();
        return {};
    }));
    ASSERT_TRUE(waitForSequence(listener, changed, lastSequence(writer)));
    const RecordChanges first = reported(changed);
    ASSERT_EQ(first.size(), 2);
    EXPECT_EQ(first[0].table, "cases"_s);
    EXPECT_EQ(first[0].id(), caseId);
    EXPECT_EQ(first[0].operation, RecordChange::Operation::Insert);
    EXPECT_EQ(first[0].changedBy, "spyline"_s);
    EXPECT_EQ(first[1].table, "events"_s);
    EXPECT_EQ(first[1].id(), eventId);
    EXPECT_LT(first[0].sequence, first[1].sequence);

    commit(writer, "DELETE FROM events WHERE id = ?"_s, {eventId});
    ASSERT_TRUE(waitForSequence(listener, changed, lastSequence(writer)));
    const RecordChanges all = reported(changed);
    ASSERT_EQ(all.size(), 3);
    EXPECT_EQ(all[2].table, "events"_s);
    EXPECT_EQ(all[2].operation, RecordChange::Operation::Delete);
    EXPECT_TRUE(interrupted.isEmpty());
}

TEST(ChangeListener, ARolledBackOrAbandonedTransactionSendsNoNotice)
{
    const QString address = freshServerDatabase();
    ServerCollection writer;
    ASSERT_OK(writer.create(address));
    // A bare connection that listens, to see every notice the server sends.
    PostgresConnection bare;
    ASSERT_OK(bare.open(address));
    ASSERT_OK(bare.runScript("LISTEN spyline_changes"_s));
    ServerChangeListener listener;
    QSignalSpy listening(&listener, &ServerChangeListener::listening);
    QSignalSpy changed(&listener, &ServerChangeListener::changed);
    ASSERT_OK(listener.start(address, lastSequence(writer)));
    ASSERT_TRUE(listening.wait(Patience)) << listener.problem().toStdString();

    EXPECT_FALSE(writer
                     .transact([&]() -> Status {
                         rowsOf(onServer(writer.connection()), "INSERT INTO cases (title) VALUES ('no')"_s);
                         return fail("refused"_s);
                     })
                     .ok());
    {
        PostgresConnection abandoned;
        ASSERT_OK(abandoned.open(address));
        ASSERT_OK(abandoned.runScript("BEGIN; INSERT INTO cases (title) VALUES ('abandoned')"_s));
    }
    const qint64 kept = commit(writer, "INSERT INTO cases (title) VALUES ('kept') RETURNING id"_s);

    // Notices come in the order of the commits: the committed one is the first and only one.
    QSocketNotifier socket(PQsocket(bare.handle()), QSocketNotifier::Read);
    QSignalSpy readable(&socket, &QSocketNotifier::activated);
    int notices = 0;
    while (notices == 0) {
        ASSERT_TRUE(PQconsumeInput(bare.handle()));
        while (PGnotify* notice = PQnotifies(bare.handle())) {
            ++notices;
            PQfreemem(notice);
        }
        if (notices == 0) {
            ASSERT_TRUE(readable.wait(Patience));
        }
    }
    EXPECT_EQ(notices, 1);
    ASSERT_TRUE(waitForSequence(listener, changed, lastSequence(writer)));
    const RecordChanges heard = reported(changed);
    ASSERT_EQ(heard.size(), 1);
    EXPECT_EQ(heard.first().id(), kept);
}

TEST(ChangeListener, SurvivesAServerRestartAndLosesNoChange)
{
    const QString address = freshServerDatabase();
    qint64 before = 0;
    {
        ServerCollection writer;
        ASSERT_OK(writer.create(address));
        before = lastSequence(writer);
    }
    ServerChangeListener listener;
    QSignalSpy listening(&listener, &ServerChangeListener::listening);
    QSignalSpy changed(&listener, &ServerChangeListener::changed);
    QSignalSpy interrupted(&listener, &ServerChangeListener::interrupted);
    ASSERT_OK(listener.start(address, before));
    ASSERT_TRUE(listening.wait(Patience)) << listener.problem().toStdString();
    {
        ServerCollection writer;
        ASSERT_OK(writer.open(address));
        commit(writer, "INSERT INTO cases (title) VALUES ('before the restart')"_s);
        ASSERT_TRUE(waitForSequence(listener, changed, lastSequence(writer)));
    }

    // The server goes away: the listener says so, and keeps trying.
    stopServer();
    ASSERT_TRUE(interrupted.wait(Patience));
    EXPECT_FALSE(listener.isListening());
    EXPECT_TRUE(listener.problem().contains(address)) << listener.problem().toStdString();
    EXPECT_FALSE(interrupted.first().value(0).toString().isEmpty());

    // It comes back, and others commit before the listener has had a chance to reconnect (no event
    // loop runs in between).
    startServer();
    qint64 after = 0;
    {
        ServerCollection writer;
        ASSERT_OK(writer.open(address));
        commit(writer, "INSERT INTO cases (title) VALUES ('while away 1')"_s);
        commit(writer, "UPDATE cases SET summary = 'while away 2'"_s);
        after = lastSequence(writer);
    }
    ASSERT_TRUE(waitForSequence(listener, changed, after)) << listener.problem().toStdString();
    EXPECT_TRUE(listener.isListening());
    EXPECT_EQ(listening.size(), 2);

    // Every change once, in order: exactly the log after the sequence it started from.
    ServerCollection reader;
    ASSERT_OK(reader.open(address, ServerCollection::Access::Read));
    QList<qint64> logged;
    for (const auto& row : rowsOf(onServer(reader.connection()),
                                  "SELECT sequence FROM spyline_changes WHERE sequence > ? ORDER BY 1"_s, {before}))
        logged.append(row.value(0).toLongLong());
    EXPECT_EQ(sequencesOf(reported(changed)), logged);
    EXPECT_EQ(logged.size(), 4); // one insert, then an insert and two updates
}

TEST(ChangeListener, SaysWhatIsMissingWhenTheCollectionHasNoLog)
{
    const QString address = freshServerDatabase();
    {
        PostgresConnection previous;
        ASSERT_OK(previous.open(address));
        ASSERT_OK(previous.runScript(schemaMigration(SchemaBackend::Postgres, PostgresFirstSchema)));
    }
    ServerChangeListener listener;
    QSignalSpy interrupted(&listener, &ServerChangeListener::interrupted);
    ASSERT_OK(listener.start(address, 0));
    ASSERT_TRUE(interrupted.wait(Patience));
    EXPECT_FALSE(listener.isListening());
    const QString reason = interrupted.first().value(0).toString();
    EXPECT_TRUE(reason.contains("no change log"_s)) << reason.toStdString();
    EXPECT_EQ(listener.problem(), reason);

    // A password in the address is refused at once, as everywhere.
    ServerChangeListener refused;
    EXPECT_FALSE(refused.start("postgresql://someone:secret@localhost/class"_s, 0).ok());
}
