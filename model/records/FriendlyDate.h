#pragma once

#include "records/PartialDate.h"

namespace Spyline {

// Reads the forms people type and sheets hold besides EDTF ("~2015", "1930s", "early 1990s",
// "c. 1984", "1984 (?)", "before 2023-08-11", "after Mar 2015", "15 Jan 1984", "2015-2017",
// "spring 2019", "1984年1月", "unknown") as the EDTF date they mean. `edtfError` is what the EDTF
// reader said about the text: the answer when no friendly form fits either.
Result<PartialDate> readFriendlyDate(QStringView text, const QString& edtfError);

// How to write a date, for messages and placeholders.
QString edtfHint();

} // namespace Spyline
