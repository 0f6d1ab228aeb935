#include "FuzzSupport.h"
#include "store/CaseRepository.h"
#include "transfer/DataTransfer.h"

#include <QBuffer>

#include <cstdint>
#include <cstdlib>

using namespace Spyline;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    Fuzzing::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Store& store = Fuzzing::collection();
    const int before = CaseRepository(store).count().value_or(-1);
    QBuffer buffer;
    buffer.setData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    buffer.open(QIODevice::ReadOnly);
    const auto report = importCsvData(store, buffer, QStringLiteral("fuzz.csv"));
    const int after = CaseRepository(store).count().value_or(-1);
    // All or nothing: a refused file leaves the collection as it was, and says where.
    if (!report && (after != before || !report.error().startsWith(QStringLiteral("fuzz.csv"))))
        abort();
    if (report && after != before + report->cases)
        abort();
    return 0;
}
