#include "store/WorkingCopy.h"
#include "TestServer.h"
#include "TestSupport.h"
#include "store/CaseSearch.h"
#include "store/CollectionCopy.h"
#include "store/CollectionFile.h"
#include "store/PostgresConnection.h"
#include "store/PostgresStatement.h"
#include "store/ServerCollection.h"
#include "store/ServerSync.h"
#include "store/Store.h"
#include "timeline/TimelineData.h"
#include "transfer/SyntheticCollection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QProcess>

using namespace Spyline;
using namespace Spyline::Fixtures;

namespace {

// A generated collection of about `cases` * 5 events, on a file and copied to a fresh server database.
struct Generated
{
    QString file;
    QString address;
};

Generated generatedOnServer(const ScratchFolder& scratch, int cases)
{
    Generated made {scratch.path("generated.spyline"_s), freshServerDatabase()};
    EXPECT_OK(buildCollectionFile(made.file, [&](Store& store) -> Status {
        SyntheticOptions options;
        options.cases = cases;
        auto generated = generateSyntheticCollection(store, options);
        return generated ? Status() : generated.status();
    }));
    EXPECT_OK(copyCollection(made.file, made.address));
    return made;
}

// The system's temporary folder, pointed at `folder` while it lives (QDir::tempPath reads TMPDIR).
class TemporaryFolderAt
{
public:
    explicit TemporaryFolderAt(const QString& folder)
        : m_old(qgetenv("TMPDIR"))
    {
        qputenv("TMPDIR", folder.toUtf8());
    }
    ~TemporaryFolderAt()
    {
        qputenv("TMPDIR", m_old);
    }

private:
    QByteArray m_old;
};

QStringList entriesOf(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

TEST(WorkingCopy, HoldsWhatTheServerHoldsByteForByteInItsDumps)
{
    ScratchFolder scratch;
    const Generated generated = generatedOnServer(scratch, 800);
    QList<qint64> reported;
    WorkingCopy::Request request;
    request.address = generated.address;
    request.progress = [&](qint64 done, qint64 total) {
        reported.append(done);
        EXPECT_LE(done, total);
        return true;
    };
    WorkingCopy::Problem problem;
    auto copy = WorkingCopy::take(request, &problem);
    ASSERT_TRUE(copy) << problem.message.toStdString();
    EXPECT_GE(copy->events(), 3000);
    EXPECT_EQ(copy->address(), generated.address);
    EXPECT_TRUE(copy->takenAt().isValid());
    // Progress came in steps, up to every record.
    ASSERT_GE(reported.size(), 3);
    EXPECT_EQ(reported.first(), 0);
    for (const auto format : {DumpFormat::Json, DumpFormat::Csv}) {
        const QString suffix = format == DumpFormat::Json ? "json"_s : "csv"_s;
        ASSERT_OK(dumpCollection(generated.file, format, scratch.path("file."_s + suffix)));
        ASSERT_OK(dumpCollection(copy->path(), format, scratch.path("copy."_s + suffix)));
        const QByteArray fromFile = readAll(scratch.path("file."_s + suffix));
        EXPECT_GT(fromFile.size(), 100000);
        EXPECT_EQ(readAll(scratch.path("copy."_s + suffix)), fromFile) << suffix.toStdString();
    }
    // The copy's own full-text index, built in one go, finds what the file's finds.
    Store original;
    ASSERT_OK(original.open(generated.file, Store::Access::Read));
    Store working;
    ASSERT_OK(working.open(copy->path(), Store::Access::ReadOnly));
    for (const QString& word : {"embassy"_s, "Vienna"_s, "handler"_s}) {
        auto inFile = CaseSearch(original).search(word, 1000);
        auto inCopy = CaseSearch(working).search(word, 1000);
        ASSERT_OK(inFile);
        ASSERT_OK(inCopy);
        EXPECT_EQ(inCopy->size(), inFile->size()) << word.toStdString();
    }
    EXPECT_OK(working.checkIntegrity());
}

TEST(WorkingCopy, IsPrivateToItsOwnerAndGoneWhenDestroyed)
{
    ScratchFolder scratch;
    const Generated generated = generatedOnServer(scratch, 20);
    const QString temporary = scratch.path("tmp"_s);
    ASSERT_TRUE(QDir().mkpath(temporary));
    const TemporaryFolderAt redirected(temporary);
    WorkingCopy::Request request;
    request.address = generated.address;
    WorkingCopy::Problem problem;
    auto copy = WorkingCopy::take(request, &problem);
    ASSERT_TRUE(copy) << problem.message.toStdString();
    const QFileInfo file(copy->path());
    EXPECT_TRUE(file.isFile());
    EXPECT_TRUE(file.absoluteFilePath().startsWith(QFileInfo(temporary).absoluteFilePath() + u'/'));
    EXPECT_EQ(
        file.permissions()
            & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
        QFileDevice::Permissions());
    const QFileInfo folder(file.absolutePath());
    EXPECT_EQ(folder.permissions()
                  & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ExeGroup | QFileDevice::ExeOther),
              QFileDevice::Permissions());
    copy.reset();
    EXPECT_FALSE(QFileInfo::exists(file.absoluteFilePath()));
    EXPECT_EQ(entriesOf(temporary), QStringList());
}

TEST(WorkingCopy, OneACrashedProgramLeftBehindGoesWhenTheNextIsTaken)
{
    ScratchFolder scratch;
    const Generated generated = generatedOnServer(scratch, 5);
    const QString temporary = scratch.path("tmp"_s);
    ASSERT_TRUE(QDir().mkpath(temporary));
    const TemporaryFolderAt redirected(temporary);
    // A process that has ended, and one that runs (this one).
    QProcess ended;
    ended.start("true"_s, {});
    ASSERT_TRUE(ended.waitForStarted());
    const qint64 endedPid = ended.processId();
    ASSERT_TRUE(ended.waitForFinished());
    const auto leaveBehind = [&](const QString& name, qint64 pid) {
        ASSERT_TRUE(QDir(temporary).mkpath(name));
        QFile owner(QDir(temporary).filePath(name + "/owner"_s));
        ASSERT_TRUE(owner.open(QIODevice::WriteOnly));
        owner.write(QByteArray::number(pid));
        QFile file(QDir(temporary).filePath(name + "/collection.spyline"_s));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    };
    leaveBehind("spyline-team-crashed"_s, endedPid);
    leaveBehind("spyline-team-running"_s, QCoreApplication::applicationPid());
    // Not a working copy's folder, whatever its name says: left alone.
    ASSERT_TRUE(QDir(temporary).mkpath("spyline-team-someone-elses"_s));
    WorkingCopy::Request request;
    request.address = generated.address;
    WorkingCopy::Problem problem;
    auto copy = WorkingCopy::take(request, &problem);
    ASSERT_TRUE(copy) << problem.message.toStdString();
    const QStringList left = entriesOf(temporary);
    EXPECT_FALSE(left.contains("spyline-team-crashed"_s)) << left.join(u' ').toStdString();
    EXPECT_TRUE(left.contains("spyline-team-running"_s));
    EXPECT_TRUE(left.contains("spyline-team-someone-elses"_s));
    EXPECT_TRUE(left.contains(QFileInfo(QFileInfo(copy->path()).absolutePath()).fileName()));
}

namespace {

QByteArray jsonDumpOf(const QString& db, const ScratchFolder& scratch, const QString& name)
{
    const QString out = scratch.path(name);
    EXPECT_OK(dumpCollection(db, DumpFormat::Json, out));
    return readAll(out);
}

} // namespace

TEST(WorkingCopy, AKeptCopyIsTakenUpAgainAndOnlyWhatChangedSinceComesIn)
{
    ScratchFolder scratch;
    const Generated generated = generatedOnServer(scratch, 20);
    WorkingCopy::Request request;
    request.address = generated.address;
    request.keep = true;
    WorkingCopy::Problem problem;
    QString keptPath;
    qint64 keptAt = 0;
    {
        auto first = WorkingCopy::take(request, &problem);
        ASSERT_TRUE(first) << problem.message.toStdString();
        EXPECT_TRUE(first->isKept());
        EXPECT_FALSE(first->wasKept());
        keptPath = first->path();
        keptAt = first->changeSequence();
        const QFileInfo folder(QFileInfo(keptPath).absolutePath());
        EXPECT_EQ(folder.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        // While one window keeps it, another takes a temporary copy.
        auto second = WorkingCopy::take(request, &problem);
        ASSERT_TRUE(second) << problem.message.toStdString();
        EXPECT_FALSE(second->isKept());
        EXPECT_NE(second->path(), keptPath);
    }
    // Kept after the window let go of it; the collection changes meanwhile.
    EXPECT_TRUE(QFileInfo::exists(keptPath));
    ServerCollection server;
    ASSERT_OK(server.open(generated.address));
    commit(server, "UPDATE cases SET title = 'Changed while nobody looked' WHERE id = (SELECT min(id) FROM cases)"_s);
    auto again = WorkingCopy::take(request, &problem);
    ASSERT_TRUE(again) << problem.message.toStdString();
    EXPECT_TRUE(again->wasKept());
    EXPECT_EQ(again->path(), keptPath);
    EXPECT_EQ(again->changeSequence(), keptAt);
    EXPECT_GT(again->events(), 0);
    ServerSync sync(again->path(), again->changeSequence());
    ASSERT_OK(sync.connect(generated.address));
    auto pulled = sync.pull();
    ASSERT_OK(pulled);
    EXPECT_GE(pulled->count, 1);
    again->noteInStep(sync.syncedTo());
    EXPECT_EQ(jsonDumpOf(again->path(), scratch, "kept.json"_s),
              jsonDumpOf(generated.address, scratch, "server.json"_s));
}

TEST(WorkingCopy, AKeptCopyOfAnotherCollectionOnceAtTheSameAddressIsMadeAnew)
{
    ScratchFolder scratch;
    const Generated generated = generatedOnServer(scratch, 20);
    WorkingCopy::Request request;
    request.address = generated.address;
    request.keep = true;
    WorkingCopy::Problem problem;
    ASSERT_TRUE(WorkingCopy::take(request, &problem)) << problem.message.toStdString();
    // The database is dropped and a collection made again under the same name: a new change log.
    const QString name = generated.address.section(u'/', 3).section(u'?', 0, 0);
    {
        PostgresConnection maintenance;
        ASSERT_OK(maintenance.open(maintenanceAddress()));
        ASSERT_OK(maintenance.runScript("DROP DATABASE %1"_s.arg(name)));
        ASSERT_OK(maintenance.runScript("CREATE DATABASE %1"_s.arg(name)));
    }
    ASSERT_OK(createServerCollection(generated.address, true));
    auto again = WorkingCopy::take(request, &problem);
    ASSERT_TRUE(again) << problem.message.toStdString();
    EXPECT_TRUE(again->isKept());
    EXPECT_FALSE(again->wasKept());
    EXPECT_EQ(jsonDumpOf(again->path(), scratch, "kept.json"_s),
              jsonDumpOf(generated.address, scratch, "server.json"_s));
}

TEST(WorkingCopy, ACancelledCopyLeavesNothingBehind)
{
    ScratchFolder scratch;
    const Generated generated = generatedOnServer(scratch, 1000);
    const QString temporary = scratch.path("tmp"_s);
    ASSERT_TRUE(QDir().mkpath(temporary));
    const TemporaryFolderAt redirected(temporary);
    WorkingCopy::Request request;
    request.address = generated.address;
    bool sawFolder = false;
    // Cancelled in the middle of the events.
    request.progress = [&](qint64 done, qint64 total) {
        sawFolder = sawFolder || !entriesOf(temporary).isEmpty();
        return done < total / 2;
    };
    WorkingCopy::Problem problem;
    EXPECT_FALSE(WorkingCopy::take(request, &problem));
    EXPECT_TRUE(sawFolder);
    EXPECT_TRUE(problem.message.contains("cancelled"_s)) << problem.message.toStdString();
    EXPECT_FALSE(problem.needsPassword);
    EXPECT_EQ(entriesOf(temporary), QStringList());
    // The server's collection is as it was, and a copy can be taken at once.
    request.progress = {};
    EXPECT_TRUE(WorkingCopy::take(request, &problem)) << problem.message.toStdString();
}

TEST(WorkingCopy, AConnectionLostMidCopyLeavesNothingBehindAndSaysSo)
{
    ScratchFolder scratch;
    const Generated generated = generatedOnServer(scratch, 1000);
    const QString temporary = scratch.path("tmp"_s);
    ASSERT_TRUE(QDir().mkpath(temporary));
    const TemporaryFolderAt redirected(temporary);
    PostgresConnection administrator;
    ASSERT_OK(administrator.open(maintenanceAddress()));
    WorkingCopy::Request request;
    request.address = generated.address;
    bool killed = false;
    // Halfway, the server ends the copying connection, as an administrator or a restart would.
    request.progress = [&](qint64 done, qint64 total) {
        if (!killed && done > total / 2) {
            const QString database = generated.address.section(u'/', 3).section(u'?', 0, 0);
            PostgresStatement others(administrator,
                                     "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ?"_s);
            EXPECT_OK(others.exec({database}));
            killed = true;
        }
        return true;
    };
    WorkingCopy::Problem problem;
    EXPECT_FALSE(WorkingCopy::take(request, &problem));
    EXPECT_TRUE(killed);
    EXPECT_TRUE(problem.message.contains("connection"_s)) << problem.message.toStdString();
    EXPECT_EQ(entriesOf(temporary), QStringList());
}

TEST(WorkingCopy, CarriesEveryCharacterThroughTheStream)
{
    ScratchFolder scratch;
    const QString address = freshServerDatabase();
    ASSERT_OK(createServerCollection(address, true));
    // Text that COPY's text format escapes (backslashes, tabs, newlines), native scripts, and an
    // empty text beside a NULL.
    const QString summary = "back\\slash\ttab\nnewline \\N \\t 曾 Ющенко 🕵"_s;
    {
        PostgresConnection server;
        ASSERT_OK(server.open(address));
        PostgresStatement update(server, "UPDATE cases SET summary = ?, sector = '' WHERE id = 1"_s);
        ASSERT_OK(update.exec({summary}));
    }
    WorkingCopy::Request request;
    request.address = address;
    WorkingCopy::Problem problem;
    auto copy = WorkingCopy::take(request, &problem);
    ASSERT_TRUE(copy) << problem.message.toStdString();
    Store working;
    ASSERT_OK(working.open(copy->path(), Store::Access::ReadOnly));
    const auto rows = rowsOf(onFile(working), "SELECT summary, sector, target_country FROM cases WHERE id = 1"_s);
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.first().value(0).toString(), summary);
    EXPECT_EQ(rows.first().value(1).toString(), QString());
    EXPECT_FALSE(rows.first().value(1).isNull());
    // And the search finds the case by a word of that text, as on a file.
    auto found = CaseSearch(working).search("曾"_s, 10);
    ASSERT_OK(found);
    EXPECT_FALSE(found->isEmpty());
}

TEST(WorkingCopy, RefusesWhatIsNotASpylineCollectionInWords)
{
    const QString address = freshServerDatabase();
    WorkingCopy::Request request;
    request.address = address;
    WorkingCopy::Problem problem;
    EXPECT_FALSE(WorkingCopy::take(request, &problem));
    EXPECT_TRUE(problem.message.contains("holds no Spyline collection"_s)) << problem.message.toStdString();
    request.address = "postgresql:///no_such_database?host="_s + qEnvironmentVariable("PGHOST");
    EXPECT_FALSE(WorkingCopy::take(request, &problem));
    EXPECT_TRUE(problem.message.contains("no_such_database"_s)) << problem.message.toStdString();
    EXPECT_FALSE(problem.needsPassword);
}

namespace {

// Two loads of a timeline hold the same records in the same order, field by field (the titles and
// country codes by what they say, not where they are kept).
void expectSameTimeline(const TimelineData& a, const TimelineData& b)
{
    ASSERT_EQ(a.events().size(), b.events().size());
    ASSERT_EQ(a.cases().size(), b.cases().size());
    ASSERT_EQ(a.actors().size(), b.actors().size());
    ASSERT_EQ(a.links().size(), b.links().size());
    ASSERT_EQ(a.undatedEvents().size(), b.undatedEvents().size());
    EXPECT_EQ(a.unreadableEvents(), b.unreadableEvents());
    for (size_t i = 0; i < a.events().size(); ++i) {
        const TimelineEvent& x = a.events()[i];
        const TimelineEvent& y = b.events()[i];
        ASSERT_EQ(x.id, y.id) << "event " << i;
        EXPECT_EQ(x.earliest, y.earliest);
        EXPECT_EQ(x.latest, y.latest);
        EXPECT_EQ(x.endDay, y.endDay);
        EXPECT_EQ(x.caseIndex, y.caseIndex);
        EXPECT_EQ(x.actorIndex, y.actorIndex);
        EXPECT_EQ(x.kind, y.kind);
        EXPECT_TRUE(x.shape == y.shape);
        EXPECT_EQ(a.eventTitle(qsizetype(i)), b.eventTitle(qsizetype(i)));
        EXPECT_EQ(a.countryCode(x.country), b.countryCode(y.country));
    }
    for (size_t i = 0; i < a.undatedEvents().size(); ++i) {
        EXPECT_EQ(a.undatedEvents()[i].id, b.undatedEvents()[i].id);
        EXPECT_EQ(a.undatedEvents()[i].caseIndex, b.undatedEvents()[i].caseIndex);
        EXPECT_EQ(a.countryCode(a.undatedEvents()[i].country), b.countryCode(b.undatedEvents()[i].country));
    }
    for (size_t i = 0; i < a.cases().size(); ++i) {
        const TimelineCase& x = a.cases()[i];
        const TimelineCase& y = b.cases()[i];
        ASSERT_EQ(x.id, y.id);
        EXPECT_EQ(a.caseLabel(qsizetype(i)), b.caseLabel(qsizetype(i)));
        EXPECT_EQ(x.status, y.status);
        EXPECT_EQ(x.firstDay, y.firstDay);
        EXPECT_EQ(x.lastDay, y.lastDay);
        EXPECT_EQ(x.disclosedDay, y.disclosedDay);
        EXPECT_EQ(x.suspect, y.suspect);
        EXPECT_EQ(x.agency, y.agency);
        for (auto [p, q] : {std::pair {x.targetCountry, y.targetCountry},
                            {x.accusedCountry, y.accusedCountry},
                            {x.disclosingCountry, y.disclosingCountry},
                            {x.venueCountry, y.venueCountry}})
            EXPECT_EQ(a.countryCode(p), b.countryCode(q)) << "case " << x.id;
    }
    for (size_t i = 0; i < a.actors().size(); ++i) {
        ASSERT_EQ(a.actors()[i].id, b.actors()[i].id);
        EXPECT_EQ(a.actorTitle(qsizetype(i)), b.actorTitle(qsizetype(i)));
        EXPECT_EQ(a.actors()[i].partOf, b.actors()[i].partOf);
        EXPECT_EQ(a.countryCode(a.actors()[i].country), b.countryCode(b.actors()[i].country));
    }
    for (size_t i = 0; i < a.links().size(); ++i) {
        EXPECT_EQ(a.links()[i].id, b.links()[i].id);
        EXPECT_EQ(a.links()[i].later, b.links()[i].later);
        EXPECT_EQ(a.links()[i].earlier, b.links()[i].earlier);
        EXPECT_EQ(a.links()[i].relation, b.links()[i].relation);
    }
}

} // namespace

TEST(WorkingCopy, GivesTheTimelineFromTheSnapshotBeforeTheCopyAndItEqualsTheCopys)
{
    ScratchFolder scratch;
    const Generated generated = generatedOnServer(scratch, 300);
    {
        // Rows rewritten on the server lie out of id order there; some events lose their dates, a
        // suspect gets a name in its own script, an event says 曾 in its title.
        ServerCollection writer;
        ASSERT_OK(writer.open(generated.address));
        commit(writer, "UPDATE events SET title = title || ' (revised)' WHERE id % 7 = 0"_s);
        commit(writer,
               "UPDATE events SET date = NULL, date_from = NULL, date_to = NULL, end_to = NULL "
               "WHERE id % 11 = 0"_s);
        commit(writer,
               "UPDATE actors SET native_name = '曾' WHERE id = (SELECT min(actor_id) FROM roles "
               "WHERE role = 'suspect')"_s);
        commit(writer, "UPDATE events SET title = '曾 met his handler' WHERE id = 3"_s);
    }
    WorkingCopy::Request request;
    request.address = generated.address;
    std::shared_ptr<const TimelineData> first;
    bool copying = false;
    request.progress = [&](qint64, qint64) {
        copying = true;
        return true;
    };
    request.timelineFirst = [&](std::shared_ptr<const TimelineData> data) {
        EXPECT_FALSE(copying) << "the timeline comes before any record is copied";
        first = std::move(data);
    };
    WorkingCopy::Problem problem;
    auto copy = WorkingCopy::take(request, &problem);
    ASSERT_TRUE(copy) << problem.message.toStdString();
    ASSERT_TRUE(first);
    EXPECT_GT(first->events().size(), 1000u);
    EXPECT_GT(first->undatedEvents().size(), 50u);
    Store working;
    ASSERT_OK(working.open(copy->path(), Store::Access::ReadOnly));
    auto fromCopy = TimelineData::load(working);
    ASSERT_OK(fromCopy);
    expectSameTimeline(*first, **fromCopy);
    EXPECT_TRUE(first->eventTitle(first->eventIndex(3)).contains(u'曾') || first->eventIndex(3) < 0);
}

TEST(WorkingCopy, AKeptCopyTakenUpAgainGivesNoEarlyTimeline)
{
    ScratchFolder scratch;
    const Generated generated = generatedOnServer(scratch, 10);
    WorkingCopy::Request request;
    request.address = generated.address;
    request.keep = true;
    int given = 0;
    request.timelineFirst = [&](std::shared_ptr<const TimelineData>) { ++given; };
    WorkingCopy::Problem problem;
    ASSERT_TRUE(WorkingCopy::take(request, &problem)) << problem.message.toStdString();
    EXPECT_EQ(given, 1);
    auto again = WorkingCopy::take(request, &problem);
    ASSERT_TRUE(again && again->wasKept()) << problem.message.toStdString();
    EXPECT_EQ(given, 1);
}

namespace {

void makeOld(const QString& path, int days)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite)) << path.toStdString();
    ASSERT_TRUE(file.setFileTime(QDateTime::currentDateTime().addDays(-days), QFileDevice::FileModificationTime));
}

} // namespace

TEST(WorkingCopy, KeptCopiesNoWindowOpenedForAMonthGoAndTheOthersStay)
{
    ScratchFolder scratch;
    const Generated generated = generatedOnServer(scratch, 5);
    const QString other = freshServerDatabase();
    ASSERT_OK(copyCollection(generated.file, other));
    WorkingCopy::Problem problem;
    WorkingCopy::Request forgotten {generated.address, {}, {}, true};
    QString forgottenFolder;
    {
        auto copy = WorkingCopy::take(forgotten, &problem);
        ASSERT_TRUE(copy && copy->isKept()) << problem.message.toStdString();
        forgottenFolder = QFileInfo(copy->path()).absolutePath();
    }
    // Another, open in a window now, and as old.
    auto open = WorkingCopy::take({other, {}, {}, true}, &problem);
    ASSERT_TRUE(open && open->isKept()) << problem.message.toStdString();
    const QString openFolder = QFileInfo(open->path()).absolutePath();
    const QString root = QFileInfo(forgottenFolder).absolutePath();
    // Something else in the same folder, whatever its age.
    ASSERT_TRUE(QDir(root).mkpath("notes"_s));
    makeOld(QDir(forgottenFolder).filePath("state.json"_s), 31);
    makeOld(QDir(openFolder).filePath("state.json"_s), 40);

    WorkingCopy::removeForgottenKept();
    EXPECT_FALSE(QFileInfo::exists(forgottenFolder));
    EXPECT_TRUE(QFileInfo::exists(open->path()));
    EXPECT_TRUE(QFileInfo::exists(QDir(root).filePath("notes"_s)));

    // Opened again, a kept copy counts as used today.
    open.reset();
    auto again = WorkingCopy::take({other, {}, {}, true}, &problem);
    ASSERT_TRUE(again && again->wasKept()) << problem.message.toStdString();
    again.reset();
    WorkingCopy::removeForgottenKept();
    EXPECT_TRUE(QFileInfo::exists(openFolder));
}
