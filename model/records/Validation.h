#pragma once

#include "records/Records.h"

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

// Text as the collection keeps it: line breaks as plain newlines (a CR LF, a lone CR, Excel's
// vertical tab, a form feed, the Unicode line and paragraph separators), and no other control
// characters or non-characters (a NUL, U+FFFE), which no reader needs and which make exported XML
// invalid. Applied to every text bound to a statement, so nothing else reaches a collection.
QString normaliseText(const QString& text);

// Longest text a field takes: records are for reading, not for storing documents.
constexpr int MaxTitleLength = 20000;
constexpr int MaxTextLength = 1000000;

} // namespace Spyline
