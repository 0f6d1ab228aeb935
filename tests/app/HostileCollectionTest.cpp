// A collection written by another tool with values out of every range: the commands and the
// window read what they can, skip what they cannot and say so, and never crash.

#include "CollectionReaders.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "store/CollectionFile.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QThread>

using namespace Spyline;
using Spyline::Fixtures::ScratchFolder;

namespace {

QByteArray day(qint64 value)
{
    QByteArray bytes;
    for (int shift = 56; shift >= 0; shift -= 8)
        bytes.append(char((quint64(value) >> shift) & 0xFF));
    return bytes;
}

// The edit program of tamperWithCells: events (table 3), date_from (column 6), the first row, an
// integer value.
QByteArray firstEventOnDay(qint64 value)
{
    return QByteArray("\x03\x06\x00\x01", 4) + day(value);
}

TEST(HostileCollection, EveryCorpusInputIsReadWithoutACrash)
{
    const QFileInfoList inputs =
        QDir(QStringLiteral(SPYLINE_TEST_SOURCE_DIR "/fuzz/corpus/collection")).entryInfoList(QDir::Files, QDir::Name);
    ASSERT_GE(inputs.size(), 10);
    ScratchFolder scratch;
    const QString sample = scratch.path(QStringLiteral("sample.spyline"));
    ASSERT_OK(createCollectionFile(sample, true));
    for (const QFileInfo& input : inputs) {
        const QString path = scratch.path(input.fileName() + QStringLiteral(".spyline"));
        ASSERT_TRUE(QFile::copy(sample, path));
        Hostile::tamperWithCells(path, Fixtures::readAll(input.filePath()));
        // Reading may refuse parts of the file, but it ends.
        EXPECT_GE(Hostile::readEveryWay(path), 0) << input.fileName().toStdString();
    }
}

TEST(HostileCollection, AnEventOutOfRangeIsLeftOutOfTheChartAndCounted)
{
    ScratchFolder scratch;
    const QString path = scratch.path(QStringLiteral("c.spyline"));
    ASSERT_OK(createCollectionFile(path, true));
    Hostile::tamperWithCells(path, firstEventOnDay(-1));
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    const QString out = scratch.path(QStringLiteral("c.png"));
    process.start(QStringLiteral(SPYLINE_EXECUTABLE),
                  {QStringLiteral("export"), QStringLiteral("--db"), path, QStringLiteral("--view"),
                   QStringLiteral("timeline"), QStringLiteral("--format"), QStringLiteral("png"),
                   QStringLiteral("--out"), out});
    ASSERT_TRUE(process.waitForFinished(60000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    ASSERT_EQ(process.exitStatus(), QProcess::NormalExit) << err.toStdString();
    EXPECT_EQ(process.exitCode(), 0) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("1 event could not be read"))) << err.toStdString();
    EXPECT_FALSE(QImage(out).isNull());
}

TEST(HostileCollection, TheWindowOpensItAndSaysWhatItLeftOut)
{
    ScratchFolder scratch;
    const QString path = scratch.path(QStringLiteral("c.spyline"));
    ASSERT_OK(createCollectionFile(path, true));
    Hostile::tamperWithCells(path, firstEventOnDay(-1) + QByteArray("\x03\x07\x01\x01", 4) + day(qint64(1) << 40));
    MainWindow window;
    QString error;
    ASSERT_TRUE(window.openCollection(path, &error)) << error.toStdString();
    window.show();
    for (int i = 0; i < 50; ++i) {
        QApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(10);
    }
    EXPECT_FALSE(window.grab().isNull());
}

} // namespace
