#pragma once

#include "transfer/sheet/SheetFields.h"
#include "transfer/sheet/SheetTable.h"

#include <QCoreApplication>
#include <QMap>

namespace Spyline {

// A spreadsheet's own columns mapped to Spyline's fields: the MAP.json of
// `spyline import --db F FILE.csv --map MAP.json`, saved and loaded by the import assistant.
//
//   {"format": "spyline-import-map", "version": 1, "records": "cases", "key": "Case",
//    "columns": {"Case": "title", "Outcome": ["status", "suspect_note"]},
//    "values": {"status": {"executed": "sentenced", "sentenced*": "sentenced"}}}
//
// Columns the map leaves out are ignored (and named in the report). A value rule ending in "*"
// matches every value that starts with the rest; exact rules win, then the longest prefix.
struct ImportMap
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::ImportMap)

public:
    struct ValueRule
    {
        QString from;
        QString to;
        bool operator==(const ValueRule& other) const = default;
    };

    SheetRecords records = SheetRecords::Cases;
    // The column whose value names the record: rows with the same key are one record, and the
    // record keeps it as its reference. Empty: every row is a record of its own.
    QString key;
    QMap<QString, QStringList> columns; // the sheet's column -> fields
    QMap<QString, QList<ValueRule>> values; // field -> rules
    SheetReadOptions read; // what to take as given instead of detecting it

    static constexpr int FormatVersion = 1;

    // Reads a map; the message names the file and what is wrong in it.
    static Result<ImportMap> fromJson(const QByteArray& json, const QString& name);
    static Result<ImportMap> load(const QString& path);
    QByteArray toJson() const;
    // Writes the whole file or nothing.
    Status save(const QString& path) const;

    // The maps that ship with Spyline: "timelinejs" (the TimelineJS spreadsheet template).
    static QStringList builtInNames();
    static Result<ImportMap> builtIn(const QString& name);

    // Guesses from the sheet's header names; the key for cases is the column guessed as the title,
    // except in a sheet of Spyline's own columns, where it is "reference" (see identity()).
    static ImportMap guess(SheetRecords records, const QStringList& header);
    // Spyline's own CSV columns, each to itself, with "reference" as the key when present.
    static ImportMap identity(const QStringList& header);

    // Fields known for the records, each taken from one column unless it joins text, and the
    // required ones mapped.
    Status validate() const;
    // Also: every column the map names is in the sheet.
    Status checkAgainst(const SheetTable& table) const;

    QStringList fieldsOf(const QString& column) const;
    // The column a field is read from (the first, for fields that join several).
    QString columnOf(const QString& field) const;
    bool maps(const QString& field) const
    {
        return !columnOf(field).isEmpty();
    }
    // The value a rule gives for the text, or std::nullopt when no rule applies.
    std::optional<QString> mapValue(const QString& field, const QString& text) const;

    bool operator==(const ImportMap& other) const = default;
};

} // namespace Spyline
