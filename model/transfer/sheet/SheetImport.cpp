#include "transfer/sheet/SheetImport.h"

#include "store/Store.h"
#include "transfer/sheet/CaseSheetWriter.h"
#include "transfer/sheet/LinkSheetWriter.h"
#include "transfer/sheet/StatementSheetWriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace Spyline {

namespace {

// tr() for the functions here, which belong to no class.
struct SheetImport
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::SheetImport)
};

// Rows with the same key, in the order their keys first appear. Keys match whatever their
// case and spacing; a row without a key is a group of its own.
template<typename Row>
QList<std::pair<QString, QList<Row>>> groupByKey(const QList<Row>& rows)
{
    QList<std::pair<QString, QList<Row>>> groups;
    QHash<QString, qsizetype> index;
    for (const Row& row : rows) {
        const QString folded = row.key.toCaseFolded();
        if (!row.key.isEmpty()) {
            if (const auto it = index.constFind(folded); it != index.constEnd()) {
                groups[*it].second.append(row);
                continue;
            }
            index.insert(folded, groups.size());
        }
        groups.append({row.key, QList<Row> {row}});
    }
    return groups;
}

const QString dryRunMarker = QStringLiteral("\x1f"
                                            "dry run");

} // namespace

QString ImportAction::text(const QString& fileName) const
{
    QString verb;
    switch (kind) {
    case Kind::Add:
        verb = SheetImport::tr("add");
        break;
    case Kind::Update:
        verb = SheetImport::tr("update");
        break;
    case Kind::Unchanged:
        verb = SheetImport::tr("unchanged");
        break;
    case Kind::Refuse:
        verb = SheetImport::tr("refuse");
        break;
    }
    QString out = QStringLiteral("%1:%2: %3 %4").arg(fileName).arg(line).arg(verb, record);
    if (!detail.isEmpty())
        out += QStringLiteral(" (%1)").arg(detail);
    return out;
}

bool SheetImportReport::hasErrors() const
{
    return count(ImportProblem::Kind::Error) > 0;
}

int SheetImportReport::count(ImportProblem::Kind kind) const
{
    return static_cast<int>(
        std::count_if(problems.cbegin(), problems.cend(), [kind](const ImportProblem& p) { return p.kind == kind; }));
}

QString SheetImportReport::summary() const
{
    if (const int errors = count(ImportProblem::Kind::Error); errors > 0)
        return SheetImport::tr("%1 rows; %n problems", nullptr, errors).arg(rows);
    QString text = SheetImport::tr("%1 rows: new %2; %3 updated, %4 unchanged")
                       .arg(rows)
                       .arg(added.summary())
                       .arg(updated)
                       .arg(unchanged);
    if (ignoredRows > 0)
        text += SheetImport::tr("; %n rows ignored", nullptr, ignoredRows);
    if (const int skipped = count(ImportProblem::Kind::Skipped); skipped > 0)
        text += SheetImport::tr("; %n values left empty", nullptr, skipped);
    return text;
}

QStringList SheetImportReport::notices() const
{
    QStringList out;
    for (const QString& warning : readWarnings)
        out.append(name + QStringLiteral(": ") + warning);
    if (!ignoredColumns.isEmpty())
        out.append(
            SheetImport::tr("%1: columns not imported: %2").arg(name, ignoredColumns.join(QStringLiteral(", "))));
    for (const ImportProblem& problem : problems) {
        if (problem.kind == ImportProblem::Kind::Skipped)
            out.append(SheetImport::tr("left empty: %1").arg(problem.text(name)));
        else if (problem.kind == ImportProblem::Kind::Warning)
            out.append(SheetImport::tr("warning: %1").arg(problem.text(name)));
    }
    return out;
}

QStringList SheetImportReport::actionLines() const
{
    QStringList out;
    for (const ImportAction& action : actions)
        out.append(action.text(name));
    return out;
}

QStringList SheetImportReport::errors() const
{
    QStringList out;
    for (const ImportProblem& problem : problems) {
        if (problem.kind == ImportProblem::Kind::Error)
            out.append(problem.text(name));
    }
    return out;
}

SheetPreview previewSheet(const SheetTable& table, const ImportMap& map, bool skipBadValues)
{
    SheetPreview preview;
    SheetRowReader reader(table, map, skipBadValues);
    QSet<QString> keys;
    int keyless = 0;
    for (const SheetRow& row : table.rows) {
        switch (map.records) {
        case SheetRecords::Cases:
            preview.cases.append(reader.caseRow(row));
            break;
        case SheetRecords::Statements:
            preview.statements.append(reader.statementRow(row));
            break;
        case SheetRecords::Links:
            preview.links.append(reader.linkRow(row));
            break;
        }
        const QString key = reader.keyOf(row);
        if (key.isEmpty())
            ++keyless;
        else
            keys.insert(key.toCaseFolded());
    }
    preview.records = static_cast<int>(keys.size()) + keyless;
    preview.problems = reader.problems();
    preview.ignoredColumns = reader.ignoredColumns();
    return preview;
}

Result<SheetImportReport> importSheet(Store& store, const SheetTable& table, const ImportMap& map,
                                      const SheetImportOptions& options, const Progress& progress)
{
    if (Status s = map.validate(); !s)
        return fail(s.error());
    if (Status s = map.checkAgainst(table); !s)
        return fail(s.error());
    if (store.isReadOnly())
        return fail(SheetImport::tr("the collection is open read-only"));

    SheetImportReport report;
    report.name = table.name;
    report.records = map.records;
    report.rows = static_cast<int>(table.rows.size());
    report.readWarnings = table.warnings;
    report.dryRun = options.dryRun;

    SheetRowReader reader(table, map, options.skipBadValues);
    QList<CaseRow> caseRows;
    QList<StatementRow> statementRows;
    QList<LinkRow> linkRows;
    for (const SheetRow& row : table.rows) {
        switch (map.records) {
        case SheetRecords::Cases:
            caseRows.append(reader.caseRow(row));
            break;
        case SheetRecords::Statements:
            statementRows.append(reader.statementRow(row));
            break;
        case SheetRecords::Links:
            linkRows.append(reader.linkRow(row));
            break;
        }
    }
    report.problems = reader.problems();
    report.ignoredColumns = reader.ignoredColumns();

    const auto caseGroups = groupByKey(caseRows);
    const auto statementGroups = groupByKey(statementRows);
    const auto linkGroups = groupByKey(linkRows);
    const qint64 total = caseGroups.size() + statementGroups.size() + linkGroups.size();
    qint64 done = 0;
    const auto tick = [&]() -> Status {
        ++done;
        if (progress && !progress(done, total))
            return fail(SheetImport::tr("the import was cancelled; the collection is unchanged"));
        return {};
    };

    Status s = store.transact([&]() -> Status {
        switch (map.records) {
        case SheetRecords::Cases: {
            CaseSheetWriter writer(store, map, report);
            for (const auto& [key, rows] : caseGroups) {
                writer.write(key, rows);
                if (Status t = tick(); !t)
                    return t;
            }
            break;
        }
        case SheetRecords::Statements: {
            StatementSheetWriter writer(store, map, report);
            for (const auto& [key, rows] : statementGroups) {
                writer.write(key, rows);
                if (Status t = tick(); !t)
                    return t;
            }
            break;
        }
        case SheetRecords::Links: {
            LinkSheetWriter writer(store, map, report);
            for (const auto& [key, rows] : linkGroups) {
                writer.write(rows);
                if (Status t = tick(); !t)
                    return t;
            }
            break;
        }
        }
        // All or nothing: with an error, or for a dry run, everything written is rolled back.
        if (report.hasErrors() || options.dryRun)
            return fail(dryRunMarker);
        store.noteChange(Change::Everything);
        return {};
    });
    if (!s && s.error() != dryRunMarker)
        return fail(table.name + QStringLiteral(": ") + s.error());
    if (!s) {
        // Nothing was stored: what the report says was changed was not.
        report.changedBefore = {};
        report.changedAfter = {};
    }
    return report;
}

Result<SheetImportReport> importSheetFile(Store& store, const QString& path, const ImportMap& map,
                                          const SheetImportOptions& options, const Progress& progress)
{
    auto table = readSheetFile(path, map.read);
    if (!table)
        return fail(table.error());
    return importSheet(store, *table, map, options, progress);
}

} // namespace Spyline
