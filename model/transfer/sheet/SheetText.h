#pragma once

#include "records/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Spyline {

// How the text of a spreadsheet export is encoded. Spreadsheets write UTF-8 (Excel adds a
// byte-order mark), UTF-16 ("Unicode text", with a mark) or, on older Windows, Windows-1252.
enum class SheetEncoding : quint8
{
    Utf8,
    Utf8WithBom,
    Utf16LittleEndian,
    Utf16BigEndian,
    Windows1252,
};

// "UTF-8", "UTF-8 with BOM", "UTF-16 LE", "UTF-16 BE", "Windows-1252": for people.
QString encodingLabel(SheetEncoding encoding);
// "utf-8", "utf-16le", "utf-16be", "windows-1252": for map files.
QString encodingKey(SheetEncoding encoding);
std::optional<SheetEncoding> encodingFromKey(QStringView key);
QList<SheetEncoding> allEncodings();

// The encoding the bytes are written in: a byte-order mark says so; otherwise text that is valid
// UTF-8 is UTF-8, and anything else is taken for Windows-1252 (which every byte sequence is).
SheetEncoding detectEncoding(QByteArrayView bytes);
// The text without its byte-order mark. UTF-8 or UTF-16 that does not decode is an error naming
// the line of the first bad byte.
Result<QString> decodeSheetText(QByteArrayView bytes, SheetEncoding encoding);

// The delimiter most lines of the text agree on: a comma, a semicolon or a tab (comma when the
// text gives no sign). Quoted fields are skipped, so commas inside them do not count.
QChar detectDelimiter(QStringView text);
// "comma", "semicolon", "tab": for people and map files.
QString delimiterKey(QChar delimiter);
std::optional<QChar> delimiterFromKey(QStringView key);
QString delimiterLabel(QChar delimiter);

// Which of the first records is the header: the first with at least two filled cells that is as
// wide as the records after it. A title line or blank cells above a table are passed over.
int detectHeaderRow(const QList<QStringList>& firstRecords);

} // namespace Spyline
