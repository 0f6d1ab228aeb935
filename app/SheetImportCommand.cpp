#include "SheetImportCommand.h"

#include "CommandCollection.h"
#include "store/Store.h"
#include "transfer/sheet/SheetImport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace Spyline {

namespace {

// tr() for the functions here, which belong to no class.
struct SheetImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::SheetImportCommand)
};

Result<ImportMap> loadMap(const QString& map)
{
    if (!QFileInfo::exists(map) && ImportMap::builtInNames().contains(map))
        return ImportMap::builtIn(map);
    return ImportMap::load(map);
}

} // namespace

int runSheetImport(const SheetImportRequest& request)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto userError = [&](const QString& message) {
        err << QStringLiteral("spyline: ") << message << Qt::endl;
        return 1;
    };
    std::optional<ImportMap> map;
    if (!request.map.isEmpty()) {
        auto loaded = loadMap(request.map);
        if (!loaded)
            return userError(loaded.error());
        map = *loaded;
    }
    for (const QString& file : request.files) {
        if (QFileInfo(file).suffix().compare(QStringLiteral("json"), Qt::CaseInsensitive) == 0)
            return userError(
                SheetImportCommand::tr("%1: --map, --dry-run and --skip-bad-values are for CSV and TSV sheets")
                    .arg(file));
    }
    CommandCollection collection;
    if (Status s = collection.open(request.database); !s)
        return userError(s.error());
    Store& store = collection.store();

    SheetImportOptions options;
    options.dryRun = request.dryRun;
    options.skipBadValues = request.skipBadValues;
    QList<SheetImportReport> reports;
    bool problems = false;
    // One transaction for every sheet: all of them or none.
    Status s = store.transact([&]() -> Status {
        for (const QString& file : request.files) {
            auto table = readSheetFile(file, map ? map->read : SheetReadOptions {});
            if (!table)
                return fail(table.error());
            const ImportMap used = map ? *map : ImportMap::identity(table->header);
            auto report = importSheet(store, *table, used, options);
            if (!report)
                return fail(report.error());
            problems = problems || report->hasErrors();
            reports.append(*report);
        }
        if (problems || request.dryRun)
            return fail(QString());
        return {};
    });
    if (!s && !s.error().isEmpty())
        return userError(s.error());

    for (const SheetImportReport& report : std::as_const(reports)) {
        for (const QString& line : report.notices())
            out << line << Qt::endl;
        // Without --dry-run the records are summed up, not listed.
        if (request.dryRun) {
            for (const QString& line : report.actionLines())
                out << line << Qt::endl;
        }
        // The problems are part of the report; stderr gets the one line that says it failed.
        for (const QString& line : report.errors())
            out << SheetImportCommand::tr("error: %1").arg(line) << Qt::endl;
        const QString verb = request.dryRun ? SheetImportCommand::tr("would import")
            : problems                      ? SheetImportCommand::tr("did not import")
                                            : SheetImportCommand::tr("imported");
        out << SheetImportCommand::tr("%1 %2: %3").arg(verb, report.name, report.summary()) << Qt::endl;
    }
    if (problems) {
        int count = 0;
        for (const SheetImportReport& report : std::as_const(reports))
            count += report.count(ImportProblem::Kind::Error);
        return userError(SheetImportCommand::tr(
            "nothing was imported: %n problems, listed above; fix them, map the values, or leave "
            "optional values empty with --skip-bad-values",
            nullptr, count));
    }
    if (request.dryRun) {
        out << SheetImportCommand::tr("dry run: the collection was not changed") << Qt::endl;
        return 0;
    }
    if (Status c = collection.finish(); !c)
        return userError(SheetImportCommand::tr("%1: the import is saved, but %2").arg(request.database, c.error()));
    return 0;
}

} // namespace Spyline
