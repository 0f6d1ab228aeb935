#include "transfer/OutputFile.h"
#include "TestSupport.h"
#include "store/CaseRepository.h"
#include "store/CollectionFile.h"
#include "transfer/DataTransfer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <sys/stat.h>
#include <unistd.h>

using namespace Spyline;
using Spyline::Fixtures::ScratchFolder;

namespace {

Status writeText(const QString& path, const QString& collection, const QByteArray& text)
{
    return writeOutputFile(path, collection, [&](QIODevice& device) -> Status {
        if (device.write(text) != text.size())
            return fail(device.errorString());
        return {};
    });
}

int casesIn(const QString& path)
{
    Store store;
    if (!store.open(path))
        return -1;
    return CaseRepository(store).count().value_or(-1);
}

class OutputFileTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        collection = scratch.path(QStringLiteral("cases.spyline"));
        ASSERT_OK(createCollectionFile(collection, true));
    }
    ScratchFolder scratch;
    QString collection;
};

TEST_F(OutputFileTest, RefusesTheCollectionUnderEveryNameAndLeavesItWhole)
{
    const QString link = scratch.path(QStringLiteral("link.spyline"));
    ASSERT_TRUE(QFile::link(collection, link));
    const QString hardLink = scratch.path(QStringLiteral("hard.spyline"));
    ASSERT_EQ(::link(QFile::encodeName(collection).constData(), QFile::encodeName(hardLink).constData()), 0);
    const QString dotted = QFileInfo(collection).absolutePath() + QStringLiteral("/./sub/../cases.spyline");
    ASSERT_TRUE(QDir(QFileInfo(collection).absolutePath()).mkdir(QStringLiteral("sub")));

    for (const QString& name : {collection, link, hardLink, dotted, collection + QStringLiteral("-wal")}) {
        const Status written = writeText(name, collection, "not a collection");
        ASSERT_FALSE(written.ok()) << name.toStdString();
        EXPECT_TRUE(written.error().contains(QStringLiteral("collection being read"))) << written.error().toStdString();
    }
    EXPECT_EQ(casesIn(collection), 7);
}

TEST_F(OutputFileTest, RefusesAnyOtherCollectionOrDatabase)
{
    const QString other = scratch.path(QStringLiteral("other.spyline"));
    ASSERT_OK(createCollectionFile(other, false));
    Status written = writeText(other, collection, "x");
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(written.error().contains(QStringLiteral("is a Spyline collection"))) << written.error().toStdString();
    EXPECT_EQ(casesIn(other), 0);

    // Any SQLite database: a copy renamed to .png is still one.
    const QString database = scratch.path(QStringLiteral("notes.png"));
    ASSERT_TRUE(QFile::copy(collection, database));
    written = writeText(database, QString(), "x");
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(Fixtures::readAll(database).left(15), QByteArray("SQLite format 3"));

    written = writeText(scratch.path(QString()), QString(), "x");
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(written.error().contains(QStringLiteral("folder"))) << written.error().toStdString();
}

TEST_F(OutputFileTest, ReplacesAnOrdinaryFileOnlyOnceTheNewOneIsComplete)
{
    const QString path = scratch.path(QStringLiteral("chart.svg"));
    ASSERT_OK(writeText(path, collection, "first"));
    const Status failed = writeOutputFile(path, collection, [](QIODevice& device) -> Status {
        device.write("half of the");
        return fail(QStringLiteral("the painter gave up"));
    });
    ASSERT_FALSE(failed.ok());
    EXPECT_TRUE(failed.error().contains(QStringLiteral("chart.svg"))) << failed.error().toStdString();
    EXPECT_TRUE(failed.error().contains(QStringLiteral("the painter gave up"))) << failed.error().toStdString();
    EXPECT_EQ(Fixtures::readAll(path), QByteArray("first"));
    // No temporary file is left beside it.
    EXPECT_EQ(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files).size(), 2);
}

TEST_F(OutputFileTest, WritesIntoAPipeAsAStreamAndLeavesThePipeAPipe)
{
    const QString fifo = scratch.path(QStringLiteral("chart.fifo"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QByteArray received;
    QThread* reader = QThread::create([&] {
        QFile pipe(fifo);
        if (pipe.open(QIODevice::ReadOnly))
            received = pipe.readAll();
    });
    reader->start();
    ASSERT_OK(writeText(fifo, collection, "streamed"));
    reader->wait();
    delete reader;
    EXPECT_EQ(received, QByteArray("streamed"));
    struct stat status
    {
    };
    ASSERT_EQ(::stat(QFile::encodeName(fifo).constData(), &status), 0);
    EXPECT_TRUE(S_ISFIFO(status.st_mode));
}

TEST_F(OutputFileTest, AFullDeviceIsReportedWithItsCause)
{
    ASSERT_TRUE(QFileInfo::exists(QStringLiteral("/dev/full")));
    const Status written = writeText(QStringLiteral("/dev/full"), collection, QByteArray(1 << 20, 'x'));
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(written.error().contains(QStringLiteral("space"), Qt::CaseInsensitive))
        << written.error().toStdString();
    EXPECT_FALSE(written.error().contains(QStringLiteral("Unknown error"))) << written.error().toStdString();
}

TEST_F(OutputFileTest, DumpsRefuseTheCollectionTheyRead)
{
    Store store;
    ASSERT_OK(store.open(collection, Store::Access::Read));
    EXPECT_FALSE(exportJson(store, collection).ok());
    EXPECT_FALSE(exportCsv(store, collection).ok());
    store.close();
    EXPECT_EQ(casesIn(collection), 7);
}

TEST_F(OutputFileTest, ACopyOfTheCollectionNeverReplacesItself)
{
    Store store;
    ASSERT_OK(store.open(collection));
    EXPECT_FALSE(saveCollectionCopy(store, collection).ok());
    const QString copy = scratch.path(QStringLiteral("copy.spyline"));
    ASSERT_OK(writeText(copy, QString(), "an old file the person chose to replace"));
    ASSERT_OK(saveCollectionCopy(store, copy));
    store.close();
    EXPECT_EQ(casesIn(copy), 7);
    EXPECT_EQ(casesIn(collection), 7);
}

} // namespace
