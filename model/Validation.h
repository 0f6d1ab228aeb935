#pragma once

#include "Records.h"

namespace Spyline {

// Checks a record before it is stored. The message starts with the field: "date: ...".
Status validateActor(const Actor& actor);
Status validateCase(const Case& record);
Status validateEvent(const Event& event);
Status validateSource(const Source& source);
Status validateLink(const Link& link);

// Only web links: http and https with a host. Anything else (file:, javascript:, data:) is refused.
Status validateSourceUrl(const QString& url);
// A known country code, or empty.
Status validateCountry(const QString& field, const QString& code);
// Parses an optional partial date typed into `field`.
Result<PartialDate> parseOptionalDate(const QString& field, const QString& text);

// Longest text a field takes: records are for reading, not for storing documents.
constexpr int MaxTitleLength = 20000;
constexpr int MaxTextLength = 1000000;

} // namespace Spyline
