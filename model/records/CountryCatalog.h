#pragma once

#include "records/Records.h"

#include <optional>

namespace Spyline {

// The countries Spyline knows: ISO 3166-1 and the former states of ISO 3166-3 that espionage
// history needs. Resolves codes, alpha-3 codes, official, everyday and native names ("USA", "PRC",
// "GDR", "中国", "Россия") to one code.
class CountryCatalog
{
public:
    static const QList<Country>& all();
    // Also the names name() gives in the language Spyline speaks ("意大利").
    static std::optional<QString> resolve(QStringView codeOrName);
    // The country's name in the language Spyline speaks ("Italy", "意大利"); the code when unknown.
    static QString name(QStringView code);
    // The name in English, as collections store it and synthetic ones are written.
    static QString englishName(QStringView code);
    // Codes of the countries that what is being typed may mean, best first: the country a code,
    // short form or native name means exactly ("US" is the United States, not Australia), then
    // names that start with the text, then names with a word that starts with it, then the rest.
    static QStringList suggest(QStringView typed, int limit = 12);
    static bool isKnownCode(QStringView code);
};

} // namespace Spyline
