#include "transfer/DataTransfer.h"

#include "transfer/OutputFile.h"

#include "store/SqliteStatement.h"
#include "store/Store.h"
#include "store/StoreAccess.h"
#include "transfer/CsvReader.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Spyline {

namespace {

// tr() for the functions here, which belong to no class.
struct CsvExport
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::CsvExport)
};

// RFC 4180: quote a field that holds a comma, a quote or a line break; double its quotes. A cell a
// spreadsheet would run as a formula gets an apostrophe in front (see toSpreadsheetCell).
void appendField(QByteArray& out, const QString& raw)
{
    const QString value = toSpreadsheetCell(raw);
    const bool needsQuotes = value.contains(u',') || value.contains(u'"') || value.contains(u'\n')
        || value.contains(u'\r') || value.startsWith(u' ') || value.endsWith(u' ');
    if (!needsQuotes) {
        out += value.toUtf8();
        return;
    }
    QString quoted = value;
    quoted.replace(u'"', QStringLiteral("\"\""));
    out += '"';
    out += quoted.toUtf8();
    out += '"';
}

// One row a case, in the order of csvColumns(): the first suspect, agency, disclosing authority,
// announcement, recruitment, arrest and citation of each case.
constexpr const char* rowsSql = R"(
SELECT c.title, c.status, c.summary,
  s.name, s.native_name, s.country, s.born,
  c.sector,
  (SELECT a.name FROM roles r JOIN actors a ON a.id = r.actor_id
     WHERE r.case_id = c.id AND r.role = 'sponsoring_agency' ORDER BY r.id LIMIT 1),
  c.accused_country,
  (SELECT a.name FROM roles r JOIN actors a ON a.id = r.actor_id
     WHERE r.case_id = c.id AND r.role = 'disclosing_authority' ORDER BY r.id LIMIT 1),
  c.target_country,
  (SELECT date FROM events WHERE case_id = c.id AND kind = 'announcement' ORDER BY date_from IS NULL, date_from, id LIMIT 1),
  rec.country, rec.city, rec.venue_context, rec.date,
  (SELECT date FROM events WHERE case_id = c.id AND kind = 'arrest' ORDER BY date_from IS NULL, date_from, id LIMIT 1),
  src.url, src.publisher, src.title, src.reliability, src.credibility
FROM cases c
LEFT JOIN actors s ON s.id = (SELECT actor_id FROM roles
     WHERE case_id = c.id AND role = 'suspect' ORDER BY id LIMIT 1)
LEFT JOIN events rec ON rec.id = (SELECT id FROM events
     WHERE case_id = c.id AND kind = 'recruitment' ORDER BY date_from IS NULL, date_from, id LIMIT 1)
LEFT JOIN sources src ON src.id = (SELECT source_id FROM citations WHERE case_id = c.id ORDER BY id LIMIT 1)
ORDER BY c.id
)";

} // namespace

Status writeCsv(Store& store, QIODevice& device, const Progress& progress)
{
    if (!store.isOpen())
        return fail(CsvExport::tr("no collection is open"));
    SqliteStatement count;
    if (Status s = count.prepare(connectionOf(store), "SELECT count(*) FROM cases"); !s)
        return s;
    const qint64 total = count.step() ? count.columnInt(0) : 0;
    SqliteStatement rows;
    if (Status s = rows.prepare(connectionOf(store), rowsSql); !s)
        return fail(CsvExport::tr("reading the collection failed: %1").arg(s.error()));
    const QStringList columns = csvColumns();
    QByteArray out = columns.join(u',').toUtf8() + "\r\n";
    qint64 done = 0;
    while (rows.step()) {
        for (int column = 0; column < columns.size(); ++column) {
            if (column > 0)
                out += ',';
            appendField(out, rows.columnIsNull(column) ? QString() : rows.columnText(column));
        }
        out += "\r\n";
        if (out.size() > (1 << 16)) {
            if (device.write(out) != out.size())
                return fail(CsvExport::tr("writing failed: %1").arg(device.errorString()));
            out.clear();
        }
        if (progress && ++done % 1000 == 0 && !progress(done, total))
            return fail(CsvExport::tr("the export was cancelled"));
    }
    if (rows.failed())
        return fail(CsvExport::tr("reading the collection failed: %1").arg(rows.error()));
    if (device.write(out) != out.size())
        return fail(CsvExport::tr("writing failed: %1").arg(device.errorString()));
    return {};
}

Status exportCsv(Store& store, const QString& path, const Progress& progress)
{
    return writeOutputFile(path, store.path(), [&](QIODevice& device) { return writeCsv(store, device, progress); });
}

} // namespace Spyline
