#include "PartialDate.h"

#include <cstdint>
#include <cstdlib>

using namespace Spyline;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto parsed = PartialDate::parse(text);
    if (!parsed) {
        if (parsed.error().isEmpty())
            abort();
        return 0;
    }
    // What parses has sound bounds, and its canonical text parses back to the same date.
    if (parsed->isNull() || parsed->earliestDay() > parsed->latestDay())
        abort();
    const auto again = PartialDate::parse(parsed->text());
    if (!again || !(*again == *parsed))
        abort();
    if (parsed->displayText().isEmpty())
        abort();
    return 0;
}
