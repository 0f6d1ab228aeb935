#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Spyline {

// What the rows of a sheet are: cases (one row per case or per person), statements, or links
// from a later record to an earlier one.
enum class SheetRecords : quint8
{
    Cases,
    Statements,
    Links,
};

QString recordsKey(SheetRecords records); // "cases", "statements", "links"
std::optional<SheetRecords> recordsFromKey(QStringView key);
QString recordsLabel(SheetRecords records);

// How a field's text is read.
enum class FieldType : quint8
{
    Text,
    Date, // a partial date
    DatePart, // the year, month or day of a date given in columns of their own
    Country,
    Status, // a case status
    EventKind, // statement, law or other; "ignore" drops the row
    Relation, // a link's relation
    Reliability, // A-F
    Credibility, // 1-6
    Url,
};

// A field a sheet's column can be mapped to. The names are those of Spyline's own CSV columns,
// and for statements and links those documented in docs/FORMATS.md.
struct SheetField
{
    QString name;
    FieldType type = FieldType::Text;
    bool required = false;
    // One value for the whole record (a case's title or status): the first row that gives it
    // wins and rows that say otherwise are reported. Other fields are read row by row.
    bool perRecord = false;
    // Text that may come from several columns, joined with "; " (a note, a description).
    bool joins = false;
};

const QList<SheetField>& sheetFields(SheetRecords records);
const SheetField* findSheetField(SheetRecords records, QStringView name);
// What the field means, for people choosing it: "Suspect (a person)".
QString fieldLabel(SheetRecords records, const QString& name);

// The field a column of this name most likely holds ("Name" -> suspect, "日期" -> disclosed_on),
// or empty. Knows English and Chinese header names and Spyline's own field names.
QString guessField(SheetRecords records, const QString& columnName);
// Whether a column of this name is most likely the records' key ("ID", "Ref", "编号").
bool looksLikeKey(const QString& columnName);

} // namespace Spyline
