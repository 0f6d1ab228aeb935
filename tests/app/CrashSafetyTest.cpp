#include "OtherProgram.h"
#include "TestSupport.h"
#include "store/CaseRepository.h"
#include "store/CaseSearch.h"
#include "store/CollectionFile.h"
#include "store/EventRepository.h"
#include "store/Store.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>

using namespace Spyline;
using Spyline::Fixtures::ScratchFolder;

namespace {

int caseCount(const QString& path)
{
    Store store;
    EXPECT_OK(store.open(path));
    EXPECT_OK(store.checkIntegrity());
    return CaseRepository(store).count().value_or(-1);
}

TEST(CrashSafety, AnImportKilledMidwayLeavesTheCollectionSoundAndWithoutIt)
{
    ScratchFolder scratch;
    const QString path = scratch.path(QStringLiteral("c.spyline"));
    ASSERT_OK(createCollectionFile(path, true));
    const QString csv = scratch.path(QStringLiteral("big.csv"));
    {
        QFile file(csv);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("title,disclosed_on,suspect,suspect_country,accused_agency,accused_country,summary\n");
        for (int i = 0; i < 300000; ++i) {
            file.write(QStringLiteral("Case %1,2023-%2-01,Suspect %1,CN,Agency %3,US,\"According to someone, case %1 "
                                      "happened\"\n")
                           .arg(i)
                           .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                           .arg(i % 50)
                           .toUtf8());
        }
    }
    QProcess import;
    import.start(QStringLiteral(SPYLINE_EXECUTABLE), {QStringLiteral("import"), QStringLiteral("--db"), path, csv});
    ASSERT_TRUE(import.waitForStarted());
    // Kill it once its open transaction has spilled pages into the write-ahead log: the file on disk
    // then holds part of an import that never committed.
    const QString wal = path + QStringLiteral("-wal");
    while (import.state() == QProcess::Running && QFileInfo(wal).size() == 0)
        import.waitForFinished(50);
    ASSERT_EQ(import.state(), QProcess::Running) << "the import finished before it could be killed";
    ASSERT_GT(QFileInfo(wal).size(), 0) << "the import never wrote to disk";
    import.kill();
    ASSERT_TRUE(import.waitForFinished());
    EXPECT_EQ(import.exitStatus(), QProcess::CrashExit);
    EXPECT_EQ(caseCount(path), 7);
}

TEST(CrashSafety, AnEditorKilledMidwayLeavesOnlyWholeEdits)
{
    ScratchFolder scratch;
    const QString path = scratch.path(QStringLiteral("c.spyline"));
    ASSERT_OK(createCollectionFile(path, false));
    QProcess writer;
    writer.start(QStringLiteral(SPYLINE_WRITER), {path, QStringLiteral("0"), QStringLiteral("A")});
    ASSERT_TRUE(writer.waitForStarted());
    QByteArray output;
    while (output.count('\n') < 25 && writer.waitForReadyRead(10000))
        output += writer.readAllStandardOutput();
    ASSERT_GE(output.count('\n'), 25) << writer.readAllStandardError().toStdString();
    writer.kill();
    ASSERT_TRUE(writer.waitForFinished());

    Store store;
    ASSERT_OK(store.open(path));
    EXPECT_OK(store.checkIntegrity());
    const int cases = *CaseRepository(store).count();
    EXPECT_GE(cases, 25);
    // Every edit is there whole: each case with its suspect and three events.
    auto caseIds = CaseSearch(store).caseIds({});
    ASSERT_OK(caseIds);
    int partial = 0;
    for (Id caseId : *caseIds) {
        if (EventRepository(store).eventsOfCase(caseId).value_or({}).size() != 3
            || CaseRepository(store).roles(caseId).value_or({}).size() != 1)
            ++partial;
    }
    EXPECT_EQ(partial, 0);
}

TEST(TwoWindows, TwoProcessesEditingOneCollectionLoseNothing)
{
    ScratchFolder scratch;
    const QString path = scratch.path(QStringLiteral("c.spyline"));
    ASSERT_OK(createCollectionFile(path, true));
    QProcess first;
    QProcess second;
    first.start(QStringLiteral(SPYLINE_WRITER), {path, QStringLiteral("40"), QStringLiteral("A")});
    second.start(QStringLiteral(SPYLINE_WRITER), {path, QStringLiteral("40"), QStringLiteral("B")});
    ASSERT_TRUE(first.waitForFinished(120000));
    ASSERT_TRUE(second.waitForFinished(120000));
    EXPECT_EQ(first.exitCode(), 0) << first.readAllStandardError().toStdString();
    EXPECT_EQ(second.exitCode(), 0) << second.readAllStandardError().toStdString();
    EXPECT_EQ(caseCount(path), 7 + 80);
}

TEST(TwoWindows, AWriteThatCannotProceedSaysTheCollectionIsBusy)
{
    ScratchFolder scratch;
    const QString path = scratch.path(QStringLiteral("c.spyline"));
    ASSERT_OK(createCollectionFile(path, false));
    Store store;
    ASSERT_OK(store.open(path));
    store.setBusyTimeout(200);

    // Another program holds the write lock.
    Hostile::OtherProgram other(path);
    ASSERT_TRUE(other.execute("BEGIN IMMEDIATE")) << other.error().toStdString();
    const auto blocked =
        CaseRepository(store).insert(Case {0, QStringLiteral("A"), {}, CaseStatus::Alleged, {}, {}, {}, {}});
    ASSERT_FALSE(blocked.ok());
    EXPECT_TRUE(blocked.error().contains(QStringLiteral("busy"))) << blocked.error().toStdString();
    ASSERT_TRUE(other.execute("ROLLBACK")) << other.error().toStdString();

    EXPECT_OK(CaseRepository(store).insert(Case {0, QStringLiteral("A"), {}, CaseStatus::Alleged, {}, {}, {}, {}}));
    EXPECT_EQ(*CaseRepository(store).count(), 1);
}

} // namespace
