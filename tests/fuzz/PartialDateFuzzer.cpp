#include "records/PartialDate.h"

#include <cstdint>
#include <cstdlib>

using namespace Spyline;

// Any text: EDTF, the friendly forms, or noise. What parses has sound bounds; its canonical text is
// EDTF that reads back to the same date; the timeline's compact shape keeps its days; lags against
// it are bounds, never a crash.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto parsed = PartialDate::parse(text);
    if (!parsed) {
        if (parsed.error().isEmpty())
            abort();
        return 0;
    }
    if (parsed->displayText().isEmpty())
        abort();
    if (parsed->isNull()) {
        if (!parsed->text().isEmpty())
            abort();
        return 0;
    }
    if (parsed->earliestDay() > parsed->latestDay())
        abort();
    const auto again = PartialDate::parseEdtf(parsed->text());
    if (!again || !(*again == *parsed))
        abort();
    const PartialDate rebuilt = PartialDate::fromShape(parsed->shape(), parsed->earliestDay(), parsed->latestDay());
    if (rebuilt.earliestDay() != parsed->earliestDay() || rebuilt.latestDay() != parsed->latestDay()
        || rebuilt.displayText() != parsed->displayText())
        abort();
    const Lag lag = linkLag(*parsed, *parsed);
    if (lag.text().isEmpty() || (lag.hasMin && lag.minDays < 0) || (lag.hasMax && lag.maxDays < lag.minDays))
        abort();
    return 0;
}
