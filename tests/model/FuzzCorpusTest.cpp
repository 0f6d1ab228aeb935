#include "TestSupport.h"
#include "records/PartialDate.h"
#include "store/CaseRepository.h"
#include "transfer/DataTransfer.h"
#include "transfer/sheet/SheetImport.h"

#include <QBuffer>
#include <QDir>

using namespace Spyline;

namespace {

// Every input in the fuzzers' corpora, including those that once failed, replayed as a test:
// imports are all or nothing and say where they stopped; dates round-trip.
QFileInfoList corpus(const char* folder)
{
    return QDir(QStringLiteral(SPYLINE_TEST_SOURCE_DIR "/fuzz/corpus/") + QLatin1StringView(folder))
        .entryInfoList(QDir::Files, QDir::Name);
}

TEST(FuzzCorpus, CsvInputsImportWhollyOrNotAtAll)
{
    const QFileInfoList files = corpus("csv");
    ASSERT_FALSE(files.isEmpty());
    for (const QFileInfo& file : files) {
        auto store = Fixtures::memoryStore();
        QBuffer buffer;
        buffer.setData(Fixtures::readAll(file.filePath()));
        buffer.open(QIODevice::ReadOnly);
        const auto report = importCsvData(*store, buffer, QStringLiteral("fuzz.csv"));
        const int cases = *CaseRepository(*store).count();
        if (report) {
            EXPECT_EQ(cases, report->cases) << file.fileName().toStdString();
        } else {
            EXPECT_EQ(cases, 0) << file.fileName().toStdString();
            EXPECT_TRUE(report.error().startsWith(QStringLiteral("fuzz.csv"))) << report.error().toStdString();
        }
        EXPECT_OK(store->checkIntegrity());
    }
}

TEST(FuzzCorpus, JsonInputsImportWhollyOrNotAtAll)
{
    const QFileInfoList files = corpus("json");
    ASSERT_FALSE(files.isEmpty());
    for (const QFileInfo& file : files) {
        auto store = Fixtures::memoryStore();
        const auto report = importJsonData(*store, Fixtures::readAll(file.filePath()), QStringLiteral("fuzz.json"));
        const int cases = *CaseRepository(*store).count();
        EXPECT_EQ(cases, report ? report->cases : 0) << file.fileName().toStdString();
        EXPECT_OK(store->checkIntegrity());
    }
}

TEST(FuzzCorpus, SheetsAreReadOrRefusedWithTheirNameAndADryRunChangesNothing)
{
    const QFileInfoList files = corpus("sheet");
    ASSERT_FALSE(files.isEmpty());
    int read = 0;
    for (const QFileInfo& file : files) {
        QBuffer buffer;
        buffer.setData(Fixtures::readAll(file.filePath()));
        buffer.open(QIODevice::ReadOnly);
        auto table = readSheet(buffer, QStringLiteral("fuzz.csv"));
        if (!table) {
            EXPECT_TRUE(table.error().startsWith(QStringLiteral("fuzz.csv"))) << table.error().toStdString();
            continue;
        }
        ++read;
        auto store = Fixtures::memoryStore();
        const ImportMap map = ImportMap::guess(SheetRecords::Cases, table->header);
        if (!map.validate())
            continue;
        auto report = importSheet(*store, *table, map, SheetImportOptions {true, true});
        ASSERT_OK(report);
        EXPECT_EQ(*CaseRepository(*store).count(), 0) << file.fileName().toStdString();
        EXPECT_OK(store->checkIntegrity());
    }
    EXPECT_GE(read, 4);
}

TEST(FuzzCorpus, DatesThatParseRoundTrip)
{
    const QFileInfoList files = corpus("date");
    ASSERT_FALSE(files.isEmpty());
    int parsed = 0;
    for (const QFileInfo& file : files) {
        const auto date = PartialDate::parse(QString::fromUtf8(Fixtures::readAll(file.filePath())));
        if (!date) {
            EXPECT_FALSE(date.error().isEmpty());
            continue;
        }
        ++parsed;
        if (date->isNull())
            continue;
        const auto again = PartialDate::parseEdtf(date->text());
        ASSERT_OK(again) << file.fileName().toStdString();
        EXPECT_EQ(*again, *date) << file.fileName().toStdString();
    }
    EXPECT_GT(parsed, 0);
}

} // namespace
