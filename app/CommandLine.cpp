#include "CommandLine.h"

#include "CommandCollection.h"
#include "CopyCommand.h"
#include "ExportCommand.h"
#include "MergeCommand.h"
#include "SheetImportCommand.h"
#include "store/CollectionCopy.h"
#include "store/CollectionFile.h"
#include "store/ServerAddress.h"
#include "store/Store.h"
#include "transfer/DataTransfer.h"
#include "transfer/SyntheticCollection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

namespace Spyline {

namespace {

void printOut(const QString& text)
{
    QTextStream(stdout) << text << Qt::endl;
}

int userError(const QString& message)
{
    // One line, whatever the message holds.
    QString line = message;
    line.replace(u'\n', u' ');
    QTextStream(stderr) << QStringLiteral("spyline: ") << line << Qt::endl;
    return 1;
}

QCommandLineOption dbOption()
{
    return QCommandLineOption(QStringLiteral("db"),
                              CommandLine::tr("The collection: a file, or postgresql://host/database."),
                              CommandLine::tr("DB"));
}

bool isHelp(const QString& argument)
{
    return argument == QStringLiteral("--help") || argument == QStringLiteral("-h");
}

bool isVersion(const QString& argument)
{
    return argument == QStringLiteral("--version") || argument == QStringLiteral("-v");
}

// What a command's arguments ask for once parsed: to run, or to show the help or the version.
enum class Outcome
{
    Run,
    Help,
    Version,
};

// Parses a command's options; --help and --version count only where an option may stand, so an
// option's value ("--title -v") is always taken as that value.
Result<Outcome> parse(QCommandLineParser& parser, const QStringList& arguments, const QList<const char*>& singleOptions)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(QCommandLineOption(QStringList {QStringLiteral("h"), QStringLiteral("help")}));
    parser.addOption(QCommandLineOption(QStringList {QStringLiteral("v"), QStringLiteral("version")}));
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        return Outcome::Help;
    if (parser.isSet(QStringLiteral("version")))
        return Outcome::Version;
    for (const char* single : singleOptions) {
        if (parser.values(QString::fromLatin1(single)).size() > 1)
            return fail(CommandLine::tr("--%1 is given more than once").arg(QLatin1StringView(single)));
    }
    return Outcome::Run;
}

// A file name passes; a server address must be one libpq reads, without a password.
Status checkCollectionName(const QString& db)
{
    return isServerAddress(db) ? checkServerAddress(db) : Status();
}

// --db: a file, or a PostgreSQL address (without a password).
Result<QString> requiredDb(const QCommandLineParser& parser)
{
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty())
        return fail(CommandLine::tr("--db FILE is required"));
    if (Status s = checkCollectionName(path); !s)
        return fail(s.error());
    return path;
}

int printVersion()
{
    printOut(QStringLiteral("spyline ") + QCoreApplication::applicationVersion());
    return 0;
}

int show(Outcome outcome)
{
    if (outcome == Outcome::Version)
        return printVersion();
    printOut(CommandLine::usage());
    return 0;
}

// Each command: its parsed request, then what runs it.
struct InitRequest
{
    QString db;
    bool sample = false;
};

Result<InitRequest> parseInit(QCommandLineParser& parser)
{
    if (!parser.positionalArguments().isEmpty())
        return fail(CommandLine::tr("init takes no file names; use --db FILE"));
    auto path = requiredDb(parser);
    if (!path)
        return fail(path.error());
    return InitRequest {*path, parser.isSet(QStringLiteral("sample"))};
}

int runInit(const InitRequest& request)
{
    const Status created = isServerAddress(request.db) ? createServerCollection(request.db, request.sample)
                                                       : createCollectionFile(request.db, request.sample);
    if (!created)
        return userError(created.error());
    printOut(CommandLine::tr("created %1").arg(request.db));
    return 0;
}

struct ImportRequest
{
    QString db;
    QStringList files;
    // Sheets with their own columns, tab-separated sheets and every dry run go through the sheet import.
    std::optional<SheetImportRequest> sheets;
};

Result<ImportRequest> parseImport(QCommandLineParser& parser)
{
    auto path = requiredDb(parser);
    if (!path)
        return fail(path.error());
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return fail(CommandLine::tr("name the file to import: spyline import --db DB data.json|data.csv"));
    const bool sheetOptions = parser.isSet(QStringLiteral("map")) || parser.isSet(QStringLiteral("dry-run"))
        || parser.isSet(QStringLiteral("skip-bad-values"));
    bool tabSeparated = false;
    for (const QString& file : files) {
        const QString suffix = QFileInfo(file).suffix().toLower();
        tabSeparated = tabSeparated || suffix == QStringLiteral("tsv") || suffix == QStringLiteral("txt");
        if (suffix != QStringLiteral("json") && suffix != QStringLiteral("csv") && suffix != QStringLiteral("tsv")
            && suffix != QStringLiteral("txt"))
            return fail(CommandLine::tr("%1: Spyline imports .json and .csv files (and .tsv sheets)").arg(file));
    }
    ImportRequest request {*path, files, std::nullopt};
    if (sheetOptions || tabSeparated) {
        request.sheets = SheetImportRequest {*path, files, parser.value(QStringLiteral("map")),
                                             parser.isSet(QStringLiteral("dry-run")),
                                             parser.isSet(QStringLiteral("skip-bad-values"))};
    }
    return request;
}

int runImport(const ImportRequest& request)
{
    if (request.sheets)
        return runSheetImport(*request.sheets);
    CommandCollection collection;
    if (Status s = collection.open(request.db); !s)
        return userError(s.error());
    Store& store = collection.store();
    // Several files are one import: all of them, or none.
    QStringList summaries;
    const Status imported = store.transact([&]() -> Status {
        for (const QString& file : request.files) {
            const bool json = QFileInfo(file).suffix().toLower() == QStringLiteral("json");
            auto report = json ? importJson(store, file) : importCsv(store, file);
            if (!report)
                return report.status();
            summaries.append(CommandLine::tr("imported %1: %2").arg(QFileInfo(file).fileName(), report->summary()));
        }
        return {};
    });
    if (!imported) {
        const QString unchanged = request.files.size() > 1 ? CommandLine::tr("; none of the files was imported")
                                                           : CommandLine::tr("; nothing was imported");
        return userError(imported.error() + unchanged);
    }
    if (Status s = collection.finish(); !s)
        return userError(CommandLine::tr("%1: the import is saved, but %2").arg(request.db, s.error()));
    for (const QString& summary : std::as_const(summaries))
        printOut(summary);
    return 0;
}

Result<MergeRequest> parseMerge(QCommandLineParser& parser)
{
    auto path = requiredDb(parser);
    if (!path)
        return fail(path.error());
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return fail(CommandLine::tr("name the collection to merge: spyline merge --db FILE OTHER.spyline"));
    if (files.size() > 1)
        return fail(
            CommandLine::tr("merge brings in one collection at a time; give one file name, not %1").arg(files.size()));
    return MergeRequest {*path, files.first(), parser.isSet(QStringLiteral("dry-run"))};
}

struct DumpRequest
{
    QString db;
    QString format;
    QString out;
};

Result<DumpRequest> parseDump(QCommandLineParser& parser)
{
    if (!parser.positionalArguments().isEmpty())
        return fail(CommandLine::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()));
    auto path = requiredDb(parser);
    if (!path)
        return fail(path.error());
    const QString format = parser.value(QStringLiteral("format")).toLower();
    const QString out = parser.value(QStringLiteral("out"));
    if (format != QStringLiteral("json") && format != QStringLiteral("csv"))
        return fail(CommandLine::tr("--format must be json or csv"));
    if (out.isEmpty())
        return fail(CommandLine::tr("--out FILE is required"));
    return DumpRequest {*path, format, out};
}

int runDump(const DumpRequest& request)
{
    const DumpFormat format = request.format == QStringLiteral("json") ? DumpFormat::Json : DumpFormat::Csv;
    if (Status s = dumpCollection(request.db, format, request.out); !s)
        return userError(s.error());
    return 0;
}

struct GenerateRequest
{
    QString db;
    SyntheticOptions options;
};

Result<GenerateRequest> parseGenerate(QCommandLineParser& parser)
{
    if (!parser.positionalArguments().isEmpty())
        return fail(CommandLine::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()));
    auto path = requiredDb(parser);
    if (!path)
        return fail(path.error());
    bool casesOk = false;
    bool seedOk = false;
    GenerateRequest request {*path, {}};
    request.options.cases = parser.value(QStringLiteral("cases")).toInt(&casesOk);
    request.options.seed = parser.value(QStringLiteral("seed")).toULongLong(&seedOk);
    if (!casesOk || request.options.cases < 1 || request.options.cases > 10'000'000)
        return fail(CommandLine::tr("--cases N is required, a whole number from 1 to 10000000"));
    if (!seedOk)
        return fail(CommandLine::tr("--seed must be a whole number"));
    return request;
}

int runGenerate(const GenerateRequest& request)
{
    const bool onServer = isServerAddress(request.db);
    if (!onServer && QFileInfo::exists(request.db))
        return userError(CommandLine::tr("%1 already exists; generate writes a new collection").arg(request.db));
    // On a server: made as a file in a folder of its own, then copied in whole (a collection that
    // holds records already is refused, as a file that exists is).
    QTemporaryDir folder;
    if (onServer && !folder.isValid())
        return userError(CommandLine::tr("no temporary file can be made: %1").arg(folder.errorString()));
    const QString file = onServer ? folder.filePath(QStringLiteral("generated.spyline")) : request.db;
    ImportReport made;
    const Status built = buildCollectionFile(file, [&](Store& store) -> Status {
        auto report = generateSyntheticCollection(store, request.options);
        if (!report)
            return report.status();
        made = *report;
        return {};
    });
    if (!built)
        return userError(built.error());
    if (onServer) {
        if (auto copied = copyCollection(file, request.db); !copied)
            return userError(copied.error());
    }
    printOut(CommandLine::tr("generated %1: %2")
                 .arg(onServer ? serverAddressForDisplay(request.db) : request.db, made.summary()));
    return 0;
}

Result<CopyRequest> parseCopy(QCommandLineParser& parser)
{
    if (!parser.positionalArguments().isEmpty())
        return fail(CommandLine::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()));
    CopyRequest request {parser.value(QStringLiteral("from")), parser.value(QStringLiteral("to")),
                         parser.isSet(QStringLiteral("replace"))};
    if (request.from.isEmpty() || request.to.isEmpty())
        return fail(CommandLine::tr("name both collections: spyline copy --from DB --to DB"));
    for (const QString& db : {request.from, request.to}) {
        if (Status s = checkCollectionName(db); !s)
            return fail(s.error());
    }
    return request;
}

// A command's parser and its request, parsed but not run.
struct Command
{
    QString name;
    std::function<void(QCommandLineParser&)> addOptions;
    std::function<Result<std::function<int()>>(QCommandLineParser&)> prepare;
    QList<const char*> singleOptions;
};

template<typename Request>
std::function<Result<std::function<int()>>(QCommandLineParser&)>
prepareWith(Result<Request> (*parseRequest)(QCommandLineParser&), int (*runRequest)(const Request&))
{
    return [parseRequest, runRequest](QCommandLineParser& parser) -> Result<std::function<int()>> {
        auto request = parseRequest(parser);
        if (!request)
            return fail(request.error());
        return std::function<int()>([runRequest, request = *request] { return runRequest(request); });
    };
}

const QList<Command>& commands()
{
    static const QList<Command> list = {
        {QStringLiteral("init"),
         [](QCommandLineParser& parser) {
             parser.addOption(dbOption());
             parser.addOption(QCommandLineOption(QStringLiteral("sample"),
                                                 CommandLine::tr("Fill the collection with the sample cases.")));
         },
         prepareWith(&parseInit, &runInit),
         {"db"}},
        {QStringLiteral("import"),
         [](QCommandLineParser& parser) {
             parser.addOption(dbOption());
             parser.addOption(QCommandLineOption(QStringLiteral("map"),
                                                 CommandLine::tr("How the sheet's columns map to Spyline's fields."),
                                                 CommandLine::tr("MAP.json")));
             parser.addOption(QCommandLineOption(QStringLiteral("dry-run"),
                                                 CommandLine::tr("Report what would change; change nothing.")));
             parser.addOption(QCommandLineOption(
                 QStringLiteral("skip-bad-values"),
                 CommandLine::tr("Leave optional values that cannot be read empty, and list them.")));
         },
         prepareWith(&parseImport, &runImport),
         {"db", "map"}},
        {QStringLiteral("merge"),
         [](QCommandLineParser& parser) {
             parser.addOption(dbOption());
             parser.addOption(QCommandLineOption(QStringLiteral("dry-run"),
                                                 CommandLine::tr("Report what would change; change nothing.")));
         },
         prepareWith(&parseMerge, &runMerge),
         {"db"}},
        {QStringLiteral("dump"),
         [](QCommandLineParser& parser) {
             parser.addOption(dbOption());
             parser.addOption(QCommandLineOption(QStringLiteral("format"), CommandLine::tr("json or csv."),
                                                 CommandLine::tr("FORMAT")));
             parser.addOption(QCommandLineOption(QStringLiteral("out"), CommandLine::tr("The file to write."),
                                                 CommandLine::tr("FILE")));
         },
         prepareWith(&parseDump, &runDump),
         {"db", "format", "out"}},
        {QStringLiteral("copy"),
         [](QCommandLineParser& parser) {
             parser.addOption(QCommandLineOption(QStringLiteral("from"), CommandLine::tr("The collection to copy."),
                                                 CommandLine::tr("DB")));
             parser.addOption(QCommandLineOption(QStringLiteral("to"), CommandLine::tr("Where the copy goes."),
                                                 CommandLine::tr("DB")));
             parser.addOption(QCommandLineOption(QStringLiteral("replace"),
                                                 CommandLine::tr("Replace the records the target holds.")));
         },
         prepareWith(&parseCopy, &runCopy),
         {"from", "to"}},
        {QStringLiteral("generate"),
         [](QCommandLineParser& parser) {
             parser.addOption(dbOption());
             parser.addOption(
                 QCommandLineOption(QStringLiteral("cases"), CommandLine::tr("How many cases."), CommandLine::tr("N")));
             parser.addOption(QCommandLineOption(QStringLiteral("seed"), CommandLine::tr("The random seed."),
                                                 CommandLine::tr("S"), QStringLiteral("1")));
         },
         prepareWith(&parseGenerate, &runGenerate),
         {"db", "cases", "seed"}},
    };
    return list;
}

// The command's request ready to run, or what to show, or the user error.
struct Prepared
{
    Outcome outcome = Outcome::Run;
    std::function<int()> run;
};

Result<Prepared> prepare(const QStringList& arguments)
{
    const QString first = arguments.value(1);
    if (isHelp(first))
        return Prepared {Outcome::Help, {}};
    if (isVersion(first))
        return Prepared {Outcome::Version, {}};
    // The command's own parser sees the program name, then the command's options.
    const QStringList commandArguments = QStringList {arguments.value(0)} + arguments.mid(2);
    if (first == QStringLiteral("export")) {
        auto request = parseExportArguments(commandArguments);
        if (!request)
            return fail(request.error());
        if (request->help || request->version)
            return Prepared {request->help ? Outcome::Help : Outcome::Version, {}};
        if (Status s = checkCollectionName(request->db); !s)
            return fail(s.error());
        return Prepared {Outcome::Run, [request = *request] { return runExportCommand(request); }};
    }
    for (const Command& command : commands()) {
        if (command.name != first)
            continue;
        QCommandLineParser parser;
        command.addOptions(parser);
        auto outcome = parse(parser, commandArguments, command.singleOptions);
        if (!outcome)
            return fail(outcome.error());
        if (*outcome != Outcome::Run)
            return Prepared {*outcome, {}};
        auto run = command.prepare(parser);
        if (!run)
            return fail(run.error());
        return Prepared {Outcome::Run, *run};
    }
    return fail(CommandLine::tr("unknown command \"%1\"; see spyline --help").arg(first));
}

} // namespace

QString CommandLine::usage()
{
    return tr(
        "Usage:\n"
        "  spyline [--db DB | FILE]                        open the window on a collection\n"
        "  spyline init --db DB [--sample]                 a new collection, empty or with the sample data\n"
        "  spyline import --db DB FILE.json|FILE.csv ...   import, all files or none\n"
        "  spyline import --db DB SHEET.csv ... --map MAP.json [--dry-run] [--skip-bad-values]\n"
        "                                                  sheets with their own columns (--map timelinejs:\n"
        "                                                  the TimelineJS template)\n"
        "  spyline merge --db DB OTHER.spyline [--dry-run]\n"
        "                                                  bring another collection in; the same records\n"
        "                                                  are matched, not doubled\n"
        "  spyline dump --db DB --format json|csv --out FILE\n"
        "  spyline copy --from DB --to DB [--replace]      a whole collection from a file to a server,\n"
        "                                                  back, or to another file; a target that holds\n"
        "                                                  records only with --replace\n"
        "  spyline export --db DB --view VIEW --format png|svg|pdf --out FILE\n"
        "         VIEW: timeline, graph, map, lags, per-year, venues, status or agencies\n"
        "         [--from DATE] [--to DATE] [--case ID ...] [--title TEXT] [--subtitle TEXT]\n"
        "         [--width PX] [--height PX] [--dpi N] [--page a4|letter|a3] [--portrait] [--transparent]\n"
        "         [--preset slide-16x9|slide-4x3|a4|letter|a3|poster]\n"
        "         [--as-of DATE]     only what had been made public by that day\n"
        "         [--max-pages N]    group the timeline's lanes to fit N pages (a handout: refuse more)\n"
        "         [--lanes case|country|accused-country|agency|venue|actor]   (timeline)\n"
        "         [--no-axis-breaks]  keep long quiet stretches on the axis     (timeline)\n"
        "         [--layout relations|chronology]                              (graph)\n"
        "         [--shade target|accused]                                     (map)\n"
        "         [--bin-days N]                                               (lags, 7 by default)\n"
        "         [--top N]                                                    (agencies, venues)\n"
        "         [--language en|zh_CN]   the chart's language (English or Simplified Chinese)\n"
        "  spyline export --db DB --handout --out FILE.pdf [--summary] [the same selection options]\n"
        "         (the timeline, the graph, and the map above the lag histogram, then the statements\n"
        "         and the announcements that followed, the cases and their sources; --summary\n"
        "         leaves out the table of cases)\n"
        "  spyline generate --db DB --cases N [--seed S]    a synthetic collection for benchmarks\n"
        "  spyline --version | --help\n"
        "\n"
        "Without --db the window reopens the collection open last time, else the default collection\n"
        "in the application data folder, created from the bundled sample on first run.\n"
        "DB is a collection file or a collection on a PostgreSQL server: postgresql://[user@]host[:port]/database,\n"
        "or postgresql:///database?host=/socket/folder. A password never goes into the address: the server's\n"
        "comes from PGPASSWORD or ~/.pgpass. Every command works on a server as on a file.\n"
        "An output (--out) is never a collection: Spyline refuses to write over one.\n"
        "Spyline speaks the system's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) if it is English or\n"
        "Simplified Chinese, else English; Preferences in the window choose one for the window and the\n"
        "commands alike.");
}

bool CommandLine::isCommand(const QStringList& arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString& first = arguments.at(1);
    if (isHelp(first) || isVersion(first))
        return true;
    if (first.startsWith(u'-'))
        return false;
    // A first argument that is not an option names a command, known or not, unless it names a
    // collection to open, as the desktop entry passes one (Exec=spyline %f).
    const bool known = QStringList {QStringLiteral("init"),  QStringLiteral("import"), QStringLiteral("merge"),
                                    QStringLiteral("dump"),  QStringLiteral("copy"),   QStringLiteral("generate"),
                                    QStringLiteral("export")}
                           .contains(first);
    // A server address is a collection to open, as a file is; the window says what it can do with it.
    if (isServerAddress(first))
        return false;
    return known || !(QFileInfo(first).isFile() || first.endsWith(QStringLiteral(".spyline"), Qt::CaseInsensitive));
}

bool CommandLine::windowOptions(const QStringList& arguments, QString* database, int* exitCode)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    auto outcome = parse(parser, arguments, {"db"});
    if (!outcome) {
        *exitCode = userError(outcome.error());
        return false;
    }
    if (*outcome != Outcome::Run) {
        *exitCode = show(*outcome);
        return false;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        *exitCode = userError(tr("the window opens one collection at a time; give one file name"));
        return false;
    }
    if (!files.isEmpty() && parser.isSet(QStringLiteral("db"))) {
        *exitCode = userError(tr("name the collection once: as --db FILE or as FILE"));
        return false;
    }
    *database = files.isEmpty() ? parser.value(QStringLiteral("db")) : files.first();
    // A team collection on a server opens read-only in the window, from a snapshot of it.
    if (Status s = checkCollectionName(*database); !s) {
        *exitCode = userError(s.error());
        return false;
    }
    return true;
}

Status CommandLine::check(const QStringList& arguments)
{
    auto prepared = prepare(arguments);
    if (!prepared)
        return prepared.status();
    return {};
}

int CommandLine::run(const QStringList& arguments)
{
    auto prepared = prepare(arguments);
    if (!prepared)
        return userError(prepared.error());
    if (prepared->outcome != Outcome::Run)
        return show(prepared->outcome);
    return prepared->run();
}

} // namespace Spyline
