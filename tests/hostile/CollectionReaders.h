#pragma once

#include <QByteArray>
#include <QString>

namespace Spyline::Hostile {

// Writes arbitrary values into a collection's cells behind Spyline's back, as any SQLite tool can:
// checks off, foreign keys off, any type in any column. `operations` is read as a program of
// edits (the fuzzer's input); each says a table, a row, a column and a value of any type.
void tamperWithCells(const QString& path, const QByteArray& operations);

// Reads the collection in every way Spyline does: the store, every repository, the search, the
// case table, the timeline data and its lanes by every key, the graph, the caption, the JSON and CSV
// dumps and the charts painted to pictures and SVG. Returns how many steps refused the file with a
// message (a refusal is fine; a crash, an endless loop or a sanitizer report is not).
int readEveryWay(const QString& path);

} // namespace Spyline::Hostile
