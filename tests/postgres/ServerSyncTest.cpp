// Working copies kept in step with their server both ways (ServerSync): changes go out as they commit,
// others' come in, conflicts refuse a change until the person chooses, undo never overwrites
// someone else's later change, and a role that may only read follows without writing.
#include "store/ServerSync.h"
#include "TestServer.h"
#include "TestSupport.h"
#include "editing/CollectionEditor.h"
#include "store/CaseRepository.h"
#include "store/CollectionCopy.h"
#include "store/PostgresConnection.h"
#include "store/RecordSet.h"
#include "store/ServerCollection.h"
#include "store/Store.h"
#include "store/WorkingCopy.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QUndoStack>

using namespace Spyline;
using namespace Spyline::Fixtures;

namespace {

// One person's window on the collection: a working copy, open for writing, kept in step.
struct Client
{
    explicit Client(const QString& address, bool follow = true)
    {
        WorkingCopy::Request request;
        request.address = address;
        WorkingCopy::Problem problem;
        copy = WorkingCopy::take(request, &problem);
        EXPECT_TRUE(copy) << problem.message.toStdString();
        if (!copy)
            return;
        sync = std::make_unique<ServerSync>(copy->path(), copy->changeSequence());
        EXPECT_OK(sync->connect(address));
        EXPECT_OK(store.open(copy->path(), sync->isReadOnly() ? Store::Access::ReadOnly : Store::Access::ReadWrite));
        if (follow && !sync->isReadOnly()) {
            EXPECT_OK(sync->track(store));
        }
    }

    QString title(Id caseId)
    {
        auto found = CaseRepository(store).get(caseId);
        return found ? found->title : QString();
    }
    Status retitle(Id caseId, const QString& title)
    {
        auto found = CaseRepository(store).get(caseId);
        if (!found)
            return found.status();
        found->title = title;
        return CaseRepository(store).update(*found);
    }

    std::shared_ptr<WorkingCopy> copy;
    Store store;
    // Last: it lets go of the store first.
    std::unique_ptr<ServerSync> sync;
};

// The server's own view, through a connection of the test's.
struct Server
{
    explicit Server(const QString& address)
    {
        EXPECT_OK(collection.open(address));
    }
    QString title(Id caseId)
    {
        const auto rows = rowsOf(onServer(collection.connection()), "SELECT title FROM cases WHERE id = ?"_s, {caseId});
        return rows.isEmpty() ? QString() : rows.first().value(0).toString();
    }
    qint64 count(const QString& table)
    {
        return rowsOf(onServer(collection.connection()), "SELECT count(*) FROM "_s + table)
            .value(0)
            .value(0)
            .toLongLong();
    }
    ServerCollection collection;
};

QString sampleOnServer()
{
    const QString address = freshServerDatabase();
    EXPECT_OK(createServerCollection(address, true));
    return address;
}

Id firstCase(Store& store)
{
    return rowsOf(onFile(store), "SELECT min(id) FROM cases"_s).value(0).value(0).toLongLong();
}

QString dumpOf(const QString& db, const ScratchFolder& scratch, const QString& name)
{
    const QString out = scratch.path(name);
    EXPECT_OK(dumpCollection(db, DumpFormat::Json, out));
    return QString::fromUtf8(readAll(out));
}

} // namespace

TEST(ServerSync, AChangeCommittedInOneCopyIsOnTheServerAndComesIntoAnother)
{
    const QString address = sampleOnServer();
    Client anna(address);
    Client ben(address);
    Server server(address);
    const Id caseId = firstCase(anna.store);
    ASSERT_GT(caseId, 0);

    ASSERT_OK(anna.retitle(caseId, "Renamed by Anna"_s));
    // On the server at once: the copy committed only once the server had it.
    EXPECT_EQ(server.title(caseId), "Renamed by Anna"_s);
    EXPECT_NE(ben.title(caseId), "Renamed by Anna"_s);

    auto pulled = ben.sync->pull();
    ASSERT_OK(pulled);
    EXPECT_TRUE(pulled->changes.testFlag(Change::Cases));
    EXPECT_GE(pulled->count, 1);
    EXPECT_EQ(pulled->lastBy, "spyline"_s);
    EXPECT_EQ(ben.title(caseId), "Renamed by Anna"_s);
    // Anna's own change is no news to her.
    auto own = anna.sync->pull();
    ASSERT_OK(own);
    EXPECT_FALSE(own->changes);
    EXPECT_EQ(anna.sync->syncedTo(), ben.sync->syncedTo());
}

TEST(ServerSync, AddsAndDeletesCascadeAlikeInTheCopiesAndOnTheServer)
{
    ScratchFolder scratch;
    const QString address = sampleOnServer();
    Client anna(address);
    Client ben(address);
    Server server(address);
    const Id caseId = firstCase(anna.store);
    const qint64 events = server.count("events"_s);
    const qint64 caseEvents = rowsOf(onFile(anna.store), "SELECT count(*) FROM events WHERE case_id = ?"_s, {caseId})
                                  .value(0)
                                  .value(0)
                                  .toLongLong();
    ASSERT_GT(caseEvents, 0);

    // A case removed with its events, roles and citations: all of it gone on the server too.
    ASSERT_OK(CaseRepository(anna.store).remove(caseId));
    EXPECT_EQ(server.count("events"_s), events - caseEvents);
    Case added;
    added.title = "Added by Anna"_s;
    auto addedId = CaseRepository(anna.store).insert(added);
    ASSERT_OK(addedId);
    EXPECT_EQ(server.title(*addedId), "Added by Anna"_s);

    ASSERT_OK(ben.sync->pull());
    // Both copies now hold what the server holds, byte for byte in their dumps.
    const QString onServerNow = dumpOf(address, scratch, "server.json"_s);
    EXPECT_EQ(dumpOf(ben.copy->path(), scratch, "ben.json"_s), onServerNow);
    EXPECT_EQ(dumpOf(anna.copy->path(), scratch, "anna.json"_s), onServerNow);
}

TEST(ServerSync, ARecordSomeoneElseChangedSinceTheFormOpenedIsAConflictUntilThePersonChooses)
{
    const QString address = sampleOnServer();
    Client anna(address);
    Client ben(address);
    Server server(address);
    const Id caseId = firstCase(anna.store);
    const QString original = anna.title(caseId);

    // Anna opens the case's form; Ben changes the case meanwhile, and Anna's copy even takes it in.
    const qint64 annaOpened = anna.sync->syncedTo();
    ASSERT_OK(ben.retitle(caseId, "Ben's title"_s));
    ASSERT_OK(anna.sync->pull());
    ASSERT_EQ(anna.title(caseId), "Ben's title"_s);

    // Her save from the form is refused, and says by whom; nothing changes anywhere.
    anna.sync->setNextChangeSeenAt(annaOpened);
    const Status saved = anna.retitle(caseId, "Anna's title"_s);
    ASSERT_FALSE(saved);
    EXPECT_TRUE(saved.error().contains("spyline changed the case"_s)) << saved.error().toStdString();
    EXPECT_EQ(server.title(caseId), "Ben's title"_s);
    EXPECT_EQ(anna.title(caseId), "Ben's title"_s);
    ASSERT_EQ(anna.sync->lastConflicts().size(), 1);
    const SyncConflict& conflict = anna.sync->lastConflicts().first();
    EXPECT_EQ(conflict.record, (RecordKey {"cases"_s, QString::number(caseId)}));
    EXPECT_TRUE(conflict.server.contains({"title"_s, "Ben's title"_s}));
    EXPECT_TRUE(conflict.mine.contains({"title"_s, "Anna's title"_s}));
    EXPECT_FALSE(conflict.sameNumber);
    EXPECT_NE(original, "Ben's title"_s);

    // She keeps hers: stored over his.
    anna.sync->setNextChangeSeenAt(annaOpened);
    anna.sync->overwriteOnNextChange({conflict.record});
    ASSERT_OK(anna.retitle(caseId, "Anna's title"_s));
    EXPECT_EQ(server.title(caseId), "Anna's title"_s);
    EXPECT_TRUE(anna.sync->lastConflicts().isEmpty());

    // A change made on what the window shows now (no form open from before) is no conflict.
    ASSERT_OK(ben.sync->pull());
    ASSERT_OK(ben.retitle(caseId, "Ben again"_s));
    EXPECT_EQ(server.title(caseId), "Ben again"_s);
}

TEST(ServerSync, AnUndoThatWouldOverwriteSomeoneElsesLaterChangeIsRefusedWithWhy)
{
    const QString address = sampleOnServer();
    Client anna(address);
    Client ben(address);
    Server server(address);
    CollectionEditor editor(anna.store);
    ServerSync* sync = anna.sync.get();
    editor.setBeforeReplay([sync] { sync->setNextChangeIsUndo(); });
    const Id caseId = firstCase(anna.store);
    const QString original = anna.title(caseId);

    // Anna's change, undone and redone while nobody else touched the case: the server follows.
    RecordSet before;
    auto stored = CaseRepository(anna.store).get(caseId);
    ASSERT_OK(stored);
    before.cases.append(*stored);
    RecordSet after = before;
    after.cases.first().title = "Anna's title"_s;
    ASSERT_OK(editor.change("Edit case"_s, before, after));
    EXPECT_EQ(server.title(caseId), "Anna's title"_s);
    editor.undoStack()->undo();
    EXPECT_EQ(server.title(caseId), original);
    editor.undoStack()->redo();
    EXPECT_EQ(server.title(caseId), "Anna's title"_s);

    // Ben builds on her change; her undo would overwrite his: refused, with why, nothing changed.
    ASSERT_OK(ben.sync->pull());
    ASSERT_OK(ben.retitle(caseId, "Ben built on it"_s));
    ASSERT_OK(anna.sync->pull());
    QSignalSpy failed(&editor, &CollectionEditor::failed);
    editor.undoStack()->undo();
    ASSERT_EQ(failed.size(), 1);
    const QString why = failed.first().first().toString();
    EXPECT_TRUE(why.contains("cannot be undone"_s)) << why.toStdString();
    EXPECT_TRUE(why.contains("spyline"_s)) << why.toStdString();
    EXPECT_EQ(server.title(caseId), "Ben built on it"_s);
    EXPECT_EQ(anna.title(caseId), "Ben built on it"_s);
    // Her history is kept: the step is still hers to undo once she has talked to Ben.
    QCoreApplication::processEvents();
    EXPECT_EQ(editor.undoStack()->count(), 1);
    EXPECT_EQ(editor.undoStack()->index(), 1);
}

TEST(ServerSync, TwoNewRecordsUnderOneNumberTheSecondTakesANewOneOnceTheFirstIsIn)
{
    const QString address = sampleOnServer();
    Client anna(address);
    Client ben(address);
    Server server(address);
    Case annas;
    annas.title = "Anna's new case"_s;
    auto annaId = CaseRepository(anna.store).insert(annas);
    ASSERT_OK(annaId);

    // Ben's copy gave his new case the same number: refused, his copy unchanged, Anna's case kept.
    Case bens;
    bens.title = "Ben's new case"_s;
    auto refused = CaseRepository(ben.store).insert(bens);
    ASSERT_FALSE(refused);
    ASSERT_EQ(ben.sync->lastConflicts().size(), 1);
    EXPECT_TRUE(ben.sync->lastConflicts().first().sameNumber);
    EXPECT_TRUE(refused.error().contains("same number"_s)) << refused.error().toStdString();
    EXPECT_EQ(server.title(*annaId), "Anna's new case"_s);

    // Once Anna's case is in his copy, his takes the next number.
    ASSERT_OK(ben.sync->pull());
    auto benId = CaseRepository(ben.store).insert(bens);
    ASSERT_OK(benId);
    EXPECT_GT(*benId, *annaId);
    EXPECT_EQ(server.title(*annaId), "Anna's new case"_s);
    EXPECT_EQ(server.title(*benId), "Ben's new case"_s);
}

TEST(ServerSync, ARoleThatMayOnlyReadFollowsTheServerAndWritesNothing)
{
    const QString address = sampleOnServer();
    {
        ServerCollection owner;
        ASSERT_OK(owner.open(address));
        ASSERT_OK(owner.connection().runScript(
            "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'student') THEN CREATE ROLE student "
            "LOGIN; END IF; END $$; GRANT SELECT ON ALL TABLES IN SCHEMA public TO student"_s));
    }
    QString asStudent = address;
    asStudent.replace("postgresql:///"_s, "postgresql://student@/"_s);
    Client student(asStudent);
    ASSERT_TRUE(student.sync->isReadOnly());
    EXPECT_TRUE(student.sync->readOnlyReason().contains("student"_s)) << student.sync->readOnlyReason().toStdString();
    EXPECT_TRUE(student.store.isReadOnly());
    // Tracking a copy open for writing is no way around it: the change is refused before it commits.
    Store writable;
    ASSERT_OK(writable.open(student.copy->path()));
    ASSERT_OK(student.sync->track(writable));
    const Id caseId = firstCase(writable);
    auto found = CaseRepository(writable).get(caseId);
    ASSERT_OK(found);
    found->title = "Student's title"_s;
    const Status refused = CaseRepository(writable).update(*found);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().contains("may only be read"_s)) << refused.error().toStdString();
    student.sync->untrack();

    Client teacher(address);
    ASSERT_OK(teacher.retitle(caseId, "Teacher's title"_s));
    ASSERT_OK(student.sync->pull());
    EXPECT_EQ(student.title(caseId), "Teacher's title"_s);
}

TEST(ServerSync, AServerThatStoppedRefusesTheChangeAndOneStartedAgainTakesIt)
{
    const QString address = sampleOnServer();
    Client anna(address);
    const Id caseId = firstCase(anna.store);
    const QString original = anna.title(caseId);
    stopServer();
    const Status refused = anna.retitle(caseId, "While the server was down"_s);
    startServer();
    ASSERT_FALSE(refused);
    EXPECT_EQ(anna.title(caseId), original);
    // Connected again by itself: the next change goes through, and nothing was lost.
    ASSERT_OK(anna.retitle(caseId, "After the restart"_s));
    Server server(address);
    EXPECT_EQ(server.title(caseId), "After the restart"_s);
}
