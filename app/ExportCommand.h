#pragma once

#include <QStringList>

namespace Spyline {

// spyline export --db FILE --view timeline|graph --format png|svg|pdf --out FILE
//     [--from DATE] [--to DATE] [--case ID ...] [--title TEXT] [--subtitle TEXT] [--width PX]
//     [--height PX] [--dpi N] [--page a4|letter] [--portrait] [--transparent] [--handout]
//     [--lanes case|country|accused-country|agency|venue|actor]
// The timeline has a lane per case when the cases fit the page, else a lane per disclosing country.
// Runs headless (QT_QPA_PLATFORM=offscreen). Returns the exit status; user errors print one line.
int runExportCommand(const QStringList& arguments);

} // namespace Spyline
