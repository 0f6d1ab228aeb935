#include "transfer/sheet/SheetTable.h"

#include "records/Validation.h"
#include "transfer/CsvReader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace Spyline {

namespace {

bool isBlank(const QStringList& record)
{
    return std::all_of(record.cbegin(), record.cend(), [](const QString& cell) { return cell.trimmed().isEmpty(); });
}

} // namespace

int SheetTable::columnIndex(const QString& columnName) const
{
    const QString wanted = columnName.trimmed();
    for (int i = 0; i < header.size(); ++i) {
        if (header.at(i).compare(wanted, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QString SheetTable::cell(const SheetRow& row, int column) const
{
    return column >= 0 && column < row.cells.size() ? row.cells.at(column) : QString();
}

Result<SheetTable> readSheet(QIODevice& device, const QString& name, const SheetReadOptions& options)
{
    // Bounded by the bytes actually read, whatever the device says its size is.
    QByteArray bytes;
    for (;;) {
        const QByteArray chunk = device.read(std::min<qint64>(1 << 20, MaxSheetBytes + 1 - bytes.size()));
        if (chunk.isEmpty())
            break;
        bytes += chunk;
        if (bytes.size() > MaxSheetBytes) {
            return fail(SheetTable::tr("%1 is larger than %2 MB; split it into several sheets")
                            .arg(name)
                            .arg(MaxSheetBytes / (1024 * 1024)));
        }
    }

    SheetTable table;
    table.name = name;
    table.encoding = options.encoding.value_or(detectEncoding(bytes));
    auto text = decodeSheetText(bytes, table.encoding);
    if (!text)
        return fail(name + QStringLiteral(": ") + text.error());
    if (table.encoding == SheetEncoding::Windows1252 && !options.encoding) {
        table.warnings.append(
            SheetTable::tr("The file is not UTF-8; it was read as Windows-1252 (Western European). Check "
                           "accented letters in the preview, or save the sheet as UTF-8."));
    }
    table.delimiter = options.delimiter.value_or(detectDelimiter(*text));

    // The reader takes UTF-8; a UTF-8 file is read as it is.
    QBuffer buffer;
    if (table.encoding == SheetEncoding::Utf8 || table.encoding == SheetEncoding::Utf8WithBom)
        buffer.setData(bytes);
    else
        buffer.setData(text->toUtf8());
    bytes.clear();
    text = QString();
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, MaxTextLength, table.delimiter);
    QList<SheetRow> records;
    while (auto record = reader.next()) {
        // A cell a spreadsheet export protected against formulas ('=...) is read as the text it holds.
        for (QString& cell : *record)
            cell = fromSpreadsheetCell(cell);
        records.append(SheetRow {reader.recordLine(), *record});
    }
    if (reader.hasError())
        return fail(QStringLiteral("%1:%2: ").arg(name).arg(reader.errorLine()) + reader.error());
    if (records.isEmpty())
        return fail(SheetTable::tr("%1: the sheet is empty; it needs a header line and rows").arg(name));

    if (options.headerLine) {
        const auto at = std::find_if(records.cbegin(), records.cend(),
                                     [&](const SheetRow& record) { return record.line >= *options.headerLine; });
        if (at == records.cend())
            return fail(SheetTable::tr("%1: the sheet has no line %2 to take as its header")
                            .arg(name)
                            .arg(*options.headerLine));
        table.headerRow = static_cast<int>(at - records.cbegin());
    } else {
        QList<QStringList> first;
        for (int i = 0; i < std::min<int>(20, records.size()); ++i)
            first.append(records.at(i).cells);
        table.headerRow = detectHeaderRow(first);
    }
    const SheetRow& header = records.at(table.headerRow);
    table.headerLine = header.line;
    for (int i = 0; i < header.cells.size(); ++i) {
        QString column = header.cells.at(i).simplified();
        if (column.isEmpty())
            column = SheetTable::tr("Column %1").arg(i + 1);
        if (table.columnIndex(column) >= 0) {
            int n = 2;
            while (table.columnIndex(QStringLiteral("%1 (%2)").arg(column).arg(n)) >= 0)
                ++n;
            table.warnings.append(SheetTable::tr("The column \"%1\" appears twice; the second is called \"%1 (%2)\".")
                                      .arg(column)
                                      .arg(n));
            column = QStringLiteral("%1 (%2)").arg(column).arg(n);
        }
        table.header.append(column);
    }
    for (qsizetype i = table.headerRow + 1; i < records.size(); ++i) {
        if (!isBlank(records.at(i).cells))
            table.rows.append(records.at(i));
    }
    return table;
}

Result<SheetTable> readSheetFile(const QString& path, const SheetReadOptions& options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(SheetTable::tr("%1 cannot be read: %2").arg(path, file.errorString()));
    return readSheet(file, QFileInfo(path).fileName(), options);
}

} // namespace Spyline
