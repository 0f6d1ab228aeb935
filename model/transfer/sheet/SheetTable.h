#pragma once

#include "transfer/sheet/SheetText.h"

#include <QCoreApplication>

class QIODevice;

namespace Spyline {

// One row of a sheet below its header, with the line it starts on in the file.
struct SheetRow
{
    int line = 0;
    QStringList cells;
};

// What to take as given instead of detecting it.
struct SheetReadOptions
{
    std::optional<SheetEncoding> encoding;
    std::optional<QChar> delimiter;
    std::optional<int> headerLine; // the line of the file the header is on, counting from 1
    bool operator==(const SheetReadOptions& other) const = default;
};

// A whole CSV or TSV sheet as text: how it was read, its header and its rows.
struct SheetTable
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::SheetTable)

public:
    QString name; // the file name, for messages
    SheetEncoding encoding = SheetEncoding::Utf8;
    QChar delimiter = u',';
    int headerRow = 0; // records above the header that were passed over
    int headerLine = 1;
    QStringList header; // trimmed; blank names become "Column N", repeated ones get " (2)"
    QList<SheetRow> rows;
    QStringList warnings; // said to the person, never silently dropped

    // The column with this header name (case-insensitive), or -1.
    int columnIndex(const QString& name) const;
    // The cell, empty where the row is shorter than the header.
    QString cell(const SheetRow& row, int column) const;
};

// Sheets are read whole so that grouping and the preview see every row; this bounds the memory.
constexpr qint64 MaxSheetBytes = 64LL * 1024 * 1024;

// Reads at most MaxSheetBytes (more is an error), detects what the options leave open and splits
// the text into records. Errors name the file and line.
Result<SheetTable> readSheet(QIODevice& device, const QString& name, const SheetReadOptions& options = {});
Result<SheetTable> readSheetFile(const QString& path, const SheetReadOptions& options = {});

} // namespace Spyline
