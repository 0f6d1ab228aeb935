#pragma once

#include <QString>

namespace Spyline {

// The label a form shows for a field the collection names ("end_date" is "Until"); the key itself
// when the forms have no such field.
QString fieldLabel(const QString& key);
// A message from the collection's checks in the words of the forms: "end_date: ..." becomes
// "Until: ...". Messages that name no field come back as they are.
QString inPeoplesWords(const QString& message);

} // namespace Spyline
