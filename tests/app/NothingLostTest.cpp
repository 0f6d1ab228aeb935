// The command line against hostile use: outputs that would destroy a collection, option values
// that look like options, imports of several files, endless inputs, full disks, kills and locks.

#include "OtherProgram.h"
#include "TestSupport.h"
#include "store/CaseRepository.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QThread>

#include <csignal>
#include <sys/resource.h>

using namespace Spyline;
using Spyline::Fixtures::ScratchFolder;

namespace {

struct ProcessRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

QProcessEnvironment offscreen()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return environment;
}

ProcessRun spyline(const QStringList& arguments, const QString& workingDirectory = {},
                   const std::function<void()>& childSetup = {})
{
    QProcess process;
    process.setWorkingDirectory(workingDirectory);
    process.setProcessEnvironment(offscreen());
    if (childSetup)
        process.setChildProcessModifier(childSetup);
    process.start(QStringLiteral(SPYLINE_EXECUTABLE), arguments);
    EXPECT_TRUE(process.waitForFinished(120000));
    return ProcessRun {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
                       QString::fromUtf8(process.readAllStandardOutput()),
                       QString::fromUtf8(process.readAllStandardError())};
}

void writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(content);
}

int caseCount(const QString& path)
{
    Store store;
    if (!store.open(path, Store::Access::Read))
        return -1;
    return CaseRepository(store).count().value_or(-1);
}

void expectUserError(const ProcessRun& run, const char* says)
{
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    EXPECT_EQ(run.err.count(u'\n'), 1) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QString::fromUtf8(says))) << run.err.toStdString();
}

class NothingLost : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_EQ(spyline({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--sample")}).exitCode,
                  0);
    }
    ProcessRun dumpTo(const QString& out, const QString& workingDirectory = {})
    {
        return spyline({QStringLiteral("dump"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                        QStringLiteral("json"), QStringLiteral("--out"), out},
                       workingDirectory);
    }
    ProcessRun exportTo(const QString& out, const QStringList& extra = {})
    {
        return spyline(QStringList {QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--view"),
                                    QStringLiteral("timeline"), QStringLiteral("--format"), QStringLiteral("png"),
                                    QStringLiteral("--out"), out}
                       + extra);
    }
    ScratchFolder scratch;
    QString db = scratch.path(QStringLiteral("c.spyline"));
};

TEST_F(NothingLost, DumpAndExportNeverWriteOverACollection)
{
    const QString link = scratch.path(QStringLiteral("link.json"));
    ASSERT_TRUE(QFile::link(db, link));
    const QString other = scratch.path(QStringLiteral("other.spyline"));
    ASSERT_EQ(spyline({QStringLiteral("init"), QStringLiteral("--db"), other}).exitCode, 0);
    const QString folder = QFileInfo(db).absolutePath();

    expectUserError(dumpTo(db), "collection being read");
    expectUserError(dumpTo(QStringLiteral("./c.spyline"), folder), "collection being read");
    expectUserError(dumpTo(link), "collection being read");
    expectUserError(dumpTo(other), "is a Spyline collection");
    expectUserError(exportTo(db), "collection being read");
    expectUserError(exportTo(link), "collection being read");
    expectUserError(exportTo(other), "is a Spyline collection");
    EXPECT_EQ(caseCount(db), 7);
    EXPECT_EQ(caseCount(other), 0);
}

TEST_F(NothingLost, AnOptionValueIsTakenAsTheValue)
{
    const QString out = scratch.path(QStringLiteral("chart.png"));
    ProcessRun run = exportTo(out, {QStringLiteral("--title"), QStringLiteral("-v")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_FALSE(run.out.contains(QStringLiteral("spyline "))) << run.out.toStdString();
    EXPECT_FALSE(QImage(out).isNull());
    QFile::remove(out);
    run = exportTo(out, {QStringLiteral("--subtitle"), QStringLiteral("--help")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_FALSE(run.out.contains(QStringLiteral("Usage"))) << run.out.toStdString();
    EXPECT_FALSE(QImage(out).isNull());
    // --help where an option may stand is still help, and writes nothing.
    const QString none = scratch.path(QStringLiteral("none.png"));
    run = exportTo(none, {QStringLiteral("--help")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.contains(QStringLiteral("Usage")));
    EXPECT_FALSE(QFile::exists(none));
}

TEST_F(NothingLost, SeveralFilesAreOneImport)
{
    const QString good = scratch.path(QStringLiteral("good.csv"));
    writeFile(good, "title,disclosed_on\nA,2023-01-05\nB,2023-02\n");
    const QString bad = scratch.path(QStringLiteral("bad.csv"));
    writeFile(bad, "title,disclosed_on\nC,2023-01-05\nD,2023-13\n");
    expectUserError(spyline({QStringLiteral("import"), QStringLiteral("--db"), db, good, bad}),
                    "none of the files was imported");
    EXPECT_EQ(caseCount(db), 7);
    // Run again once the bad file is mended: nothing is doubled.
    writeFile(bad, "title,disclosed_on\nC,2023-01-05\nD,2023-12\n");
    const ProcessRun run = spyline({QStringLiteral("import"), QStringLiteral("--db"), db, good, bad});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(caseCount(db), 11);
}

TEST_F(NothingLost, AnEndlessInputIsRefusedByTheBytesRead)
{
    const QString endless = scratch.path(QStringLiteral("endless.json"));
    ASSERT_TRUE(QFile::link(QStringLiteral("/dev/zero"), endless));
    expectUserError(spyline({QStringLiteral("import"), QStringLiteral("--db"), db, endless}), "over 256 MB");
    EXPECT_EQ(caseCount(db), 7);
}

TEST_F(NothingLost, ReadingCommandsWorkWhileAnotherProgramWritesAndChangeNothing)
{
    const QByteArray before = Fixtures::readAll(db);
    Hostile::OtherProgram other(db);
    ASSERT_TRUE(other.execute("BEGIN IMMEDIATE; DELETE FROM citations;")) << other.error().toStdString();
    const QString json = scratch.path(QStringLiteral("c.json"));
    const ProcessRun dumped = dumpTo(json);
    const ProcessRun exported = exportTo(scratch.path(QStringLiteral("c.png")));
    ASSERT_TRUE(other.execute("ROLLBACK")) << other.error().toStdString();
    ASSERT_EQ(dumped.exitCode, 0) << dumped.err.toStdString();
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_TRUE(Fixtures::readAll(json).contains("\"citations\""));
    EXPECT_EQ(Fixtures::readAll(db), before);
}

TEST_F(NothingLost, AFullDiskNeverGivesACollection)
{
    // The file size limit stands in for a full disk: every write past it fails as on a full disk.
    const QString path = scratch.path(QStringLiteral("full.spyline"));
    const ProcessRun run =
        spyline({QStringLiteral("init"), QStringLiteral("--db"), path, QStringLiteral("--sample")}, {}, [] {
            ::signal(SIGXFSZ, SIG_IGN);
            struct rlimit limit
            {
                64 * 1024, 64 * 1024
            };
            ::setrlimit(RLIMIT_FSIZE, &limit);
        });
    EXPECT_EQ(run.exitCode, 1) << run.out.toStdString();
    EXPECT_FALSE(run.out.contains(QStringLiteral("created"))) << run.out.toStdString();
    EXPECT_EQ(run.err.count(u'\n'), 1) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(path));
    // Nothing is left beside it either.
    const QStringList left = QDir(QFileInfo(path).absolutePath()).entryList({QStringLiteral("full.spyline*")});
    EXPECT_TRUE(left.isEmpty()) << left.join(u' ').toStdString();
}

TEST_F(NothingLost, AKilledGenerationLeavesNothingThatBlocksTheNextRun)
{
    const QString path = scratch.path(QStringLiteral("big.spyline"));
    QProcess generate;
    generate.setProcessEnvironment(offscreen());
    generate.start(QStringLiteral(SPYLINE_EXECUTABLE),
                   {QStringLiteral("generate"), QStringLiteral("--db"), path, QStringLiteral("--cases"),
                    QStringLiteral("200000")});
    ASSERT_TRUE(generate.waitForStarted());
    const QDir folder(QFileInfo(path).absolutePath());
    // Killed while it writes: once its temporary file has grown.
    for (int i = 0; i < 600; ++i) {
        const QStringList partial = folder.entryList({QStringLiteral("big.spyline.partial-*")});
        if (!partial.isEmpty() && QFileInfo(folder.filePath(partial.first())).size() > 0)
            break;
        QThread::msleep(50);
    }
    generate.kill();
    generate.waitForFinished();
    EXPECT_FALSE(QFile::exists(path));
    const ProcessRun again = spyline(
        {QStringLiteral("generate"), QStringLiteral("--db"), path, QStringLiteral("--cases"), QStringLiteral("20")});
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_EQ(caseCount(path), 20);
    // The killed run's temporary files are gone too.
    EXPECT_TRUE(folder.entryList({QStringLiteral("big.spyline.partial-*")}).isEmpty());
}

TEST_F(NothingLost, AWindowAskedToStopFoldsTheCollectionIntoItsFile)
{
    QProcess window;
    window.setProcessEnvironment(offscreen());
    window.start(QStringLiteral(SPYLINE_EXECUTABLE), {QStringLiteral("--db"), db});
    ASSERT_TRUE(window.waitForStarted());
    // The window holds the collection once SQLite's shared memory file is there.
    for (int i = 0; i < 600 && !QFile::exists(db + QStringLiteral("-shm")); ++i)
        QThread::msleep(50);
    ASSERT_TRUE(QFile::exists(db + QStringLiteral("-shm")));
    QThread::msleep(500);

    // Another program saves a case; while the window is open it sits in the write-ahead log.
    {
        Hostile::OtherProgram other(db);
        ASSERT_TRUE(other.execute("PRAGMA wal_autocheckpoint = 0; PRAGMA trusted_schema = ON;"
                                  "INSERT INTO cases (title, status) VALUES ('Saved elsewhere', 'alleged');"))
            << other.error().toStdString();
    }

    window.terminate(); // SIGTERM, as a session ending or `kill` sends
    ASSERT_TRUE(window.waitForFinished(60000));
    EXPECT_EQ(window.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(window.exitCode(), 0) << window.readAllStandardError().toStdString();
    // The file alone now holds everything.
    const QString copy = scratch.path(QStringLiteral("copy.spyline"));
    ASSERT_TRUE(QFile::copy(db, copy));
    EXPECT_EQ(caseCount(copy), 8);
}

TEST_F(NothingLost, MessagesNameTheRealCause)
{
    expectUserError(
        exportTo(scratch.path(QStringLiteral("a.png")),
                 {QStringLiteral("--from"), QStringLiteral("2024"), QStringLiteral("--to"), QStringLiteral("2023")}),
        "--from 2024 is after --to 2023");
    expectUserError(exportTo(scratch.path(QStringLiteral("b.png")), {QStringLiteral("--case"), QStringLiteral("999")}),
                    "there is no case 999");
    expectUserError(
        exportTo(scratch.path(QStringLiteral("c.png")),
                 {QStringLiteral("--title"), QStringLiteral("a"), QStringLiteral("--title"), QStringLiteral("b")}),
        "--title is given more than once");
    // The first and last years the calendar allows still make a caption.
    const QString svg = scratch.path(QStringLiteral("extremes.svg"));
    const ProcessRun extremes = spyline({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--view"),
                                         QStringLiteral("timeline"), QStringLiteral("--format"), QStringLiteral("svg"),
                                         QStringLiteral("--out"), svg, QStringLiteral("--from"), QStringLiteral("0001"),
                                         QStringLiteral("--to"), QStringLiteral("9999")});
    ASSERT_EQ(extremes.exitCode, 0) << extremes.err.toStdString();
    EXPECT_TRUE(QString::fromUtf8(Fixtures::readAll(svg)).contains(QStringLiteral("Cases disclosed 1\u20139999")));
    const QString json = scratch.path(QStringLiteral("graded.json"));
    writeFile(json, R"({"format": "spyline-collection", "version": 1,
  "sources": [{"id": 1, "url": "https://example.org/a", "credibility": 3.9}]})");
    expectUserError(spyline({QStringLiteral("import"), QStringLiteral("--db"), db, json}), "\"3.9\" is not a grade");
}

} // namespace
