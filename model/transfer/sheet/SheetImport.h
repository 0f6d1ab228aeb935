#pragma once

#include "store/RecordSet.h"
#include "transfer/DataTransfer.h"
#include "transfer/sheet/SheetRows.h"

namespace Spyline {

struct SheetImportOptions
{
    // Work out everything and report it, then leave the collection as it was.
    bool dryRun = false;
    // Leave an optional field empty where its value cannot be read, and report it.
    bool skipBadValues = false;
};

// What one record of the sheet does to the collection.
struct ImportAction
{
    enum class Kind : quint8
    {
        Add,
        Update,
        Unchanged,
        Refuse,
    };
    Kind kind = Kind::Add;
    int line = 0; // the record's first row
    QString record; // "case \"Cambridge Five\""
    QString detail; // "5 people, 9 events" or what changed

    QString text(const QString& fileName) const;
};

struct SheetImportReport
{
    QString name; // the sheet's file name
    SheetRecords records = SheetRecords::Cases;
    int rows = 0;
    ImportReport added; // new records of every kind
    int updated = 0; // records of the sheet that were stored already and changed
    int unchanged = 0; // records of the sheet that were stored already as they are
    int ignoredRows = 0;
    QStringList ignoredColumns;
    QStringList readWarnings; // from reading the file: its encoding, repeated column names
    QList<ImportProblem> problems;
    QList<ImportAction> actions;
    bool dryRun = false;
    // Stored records the import changed, as they were and as they became: what undo puts back.
    RecordSet changedBefore;
    RecordSet changedAfter;

    bool hasErrors() const;
    // Whether the collection now holds what the report says: not a dry run, and no error.
    bool stored() const
    {
        return !dryRun && !hasErrors();
    }
    int count(ImportProblem::Kind kind) const;
    // "110 rows: new 65 cases, ...; 0 updated, 0 unchanged; 9 values left empty", or the number of problems
    QString summary() const;
    // What a person should know: how the file was read, the columns not imported, the values
    // left empty and the warnings.
    QStringList notices() const;
    // What each record does: "cases.csv:2: add case \"Sorge spy ring\" (5 people ..., 9 events)".
    QStringList actionLines() const;
    // Why the import cannot go ahead, one line each.
    QStringList errors() const;
};

// Imports the rows of a sheet through a map, all or nothing: one transaction, and every problem
// of every row is collected first, so a failure lists them all. Records with a key that the
// collection already holds (by reference) are updated instead of added again; roles, events,
// citations and links that are there already are not added twice.
// A failure carries the report's lines in its message.
Result<SheetImportReport> importSheet(Store& store, const SheetTable& table, const ImportMap& map,
                                      const SheetImportOptions& options = {}, const Progress& progress = {});
// Reads the file as the map says (or as detected) and imports it.
Result<SheetImportReport> importSheetFile(Store& store, const QString& path, const ImportMap& map,
                                          const SheetImportOptions& options = {}, const Progress& progress = {});

// For the preview: the rows as they will be read, with every problem, without a collection.
struct SheetPreview
{
    QList<CaseRow> cases;
    QList<StatementRow> statements;
    QList<LinkRow> links;
    QList<ImportProblem> problems;
    QStringList ignoredColumns;
    int records = 0; // rows grouped by key
};
SheetPreview previewSheet(const SheetTable& table, const ImportMap& map, bool skipBadValues);

} // namespace Spyline
