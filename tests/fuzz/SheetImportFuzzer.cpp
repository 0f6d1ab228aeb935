#include "FuzzSupport.h"
#include "store/CaseRepository.h"
#include "transfer/sheet/SheetImport.h"

#include <QBuffer>

#include <cstdint>
#include <cstdlib>

using namespace Spyline;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    Fuzzing::ensureApplication();
    return 0;
}

// A sheet in any encoding, delimiter and shape, read through the map its header suggests.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QBuffer buffer;
    buffer.setData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    buffer.open(QIODevice::ReadOnly);
    auto table = readSheet(buffer, QStringLiteral("fuzz.csv"));
    if (!table) {
        // Refused, and the message says which file.
        if (!table.error().startsWith(QStringLiteral("fuzz.csv")))
            abort();
        return 0;
    }
    Store& store = Fuzzing::collection();
    const int before = CaseRepository(store).count().value_or(-1);
    for (SheetRecords records : {SheetRecords::Cases, SheetRecords::Statements}) {
        const ImportMap map = ImportMap::guess(records, table->header);
        if (!map.validate())
            continue;
        (void)previewSheet(*table, map, false);
        SheetImportOptions options;
        options.dryRun = true;
        options.skipBadValues = true;
        const auto report = importSheet(store, *table, map, options);
        // A dry run changes nothing, whatever the sheet holds.
        if (CaseRepository(store).count().value_or(-1) != before)
            abort();
        if (report && report->stored())
            abort();
    }
    return 0;
}
