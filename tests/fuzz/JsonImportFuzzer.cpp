#include "FuzzSupport.h"
#include "store/CaseRepository.h"
#include "transfer/DataTransfer.h"

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
    const QByteArray json(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto report = importJsonData(store, json, QStringLiteral("fuzz.json"));
    const int after = CaseRepository(store).count().value_or(-1);
    if (!report && (after != before || !report.error().startsWith(QStringLiteral("fuzz.json"))))
        abort();
    if (report && after != before + report->cases)
        abort();
    return 0;
}
