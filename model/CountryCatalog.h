#pragma once

#include "Records.h"

#include <optional>

namespace Spyline {

// The countries Spyline knows: ISO 3166-1 and the former states of ISO 3166-3 that espionage
// history needs. Resolves codes, alpha-3 codes, official and everyday names to one code.
class CountryCatalog
{
public:
    static const QList<Country>& all();
    static std::optional<QString> resolve(QStringView codeOrName);
    static QString name(QStringView code);
    static bool isKnownCode(QStringView code);
};

} // namespace Spyline
