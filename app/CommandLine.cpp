#include "CommandLine.h"

#include "CollectionFile.h"
#include "DataTransfer.h"
#include "ExportCommand.h"
#include "Store.h"
#include "SyntheticCollection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

namespace Spyline {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Spyline::CommandLine", text);
}

void printOut(const QString& text)
{
    QTextStream(stdout) << text << Qt::endl;
}

int userError(const QString& message)
{
    QTextStream(stderr) << QStringLiteral("spyline: ") << message << Qt::endl;
    return 1;
}

QCommandLineOption dbOption()
{
    return QCommandLineOption(QStringLiteral("db"), tr("The collection file."), tr("FILE"));
}

// Parses a command's options; on a user error returns its message.
Result<bool> parse(QCommandLineParser& parser, const QStringList& arguments)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    return true;
}

Result<QString> requiredDb(const QCommandLineParser& parser)
{
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty())
        return fail(tr("--db FILE is required"));
    return path;
}

int runInit(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(QCommandLineOption(QStringLiteral("sample"), tr("Fill the collection with the sample cases.")));
    if (auto ok = parse(parser, arguments); !ok)
        return userError(ok.error());
    if (!parser.positionalArguments().isEmpty())
        return userError(tr("init takes no file names; use --db FILE"));
    auto path = requiredDb(parser);
    if (!path)
        return userError(path.error());
    if (Status s = createCollectionFile(*path, parser.isSet(QStringLiteral("sample"))); !s)
        return userError(s.error());
    printOut(tr("created %1").arg(*path));
    return 0;
}

int runImport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    if (auto ok = parse(parser, arguments); !ok)
        return userError(ok.error());
    auto path = requiredDb(parser);
    if (!path)
        return userError(path.error());
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return userError(tr("name the file to import: spyline import --db FILE data.json|data.csv"));
    if (!QFileInfo::exists(*path))
        return userError(tr("%1 does not exist; create it first with: spyline init --db %1").arg(*path));
    Store store;
    if (Status s = store.open(*path); !s)
        return userError(s.error());
    for (const QString& file : files) {
        const QString suffix = QFileInfo(file).suffix().toLower();
        Result<ImportReport> report = fail(QString());
        if (suffix == QStringLiteral("json"))
            report = importJson(store, file);
        else if (suffix == QStringLiteral("csv"))
            report = importCsv(store, file);
        else
            return userError(tr("%1: Spyline imports .json and .csv files").arg(file));
        if (!report)
            return userError(report.error());
        printOut(tr("imported %1: %2").arg(QFileInfo(file).fileName(), report->summary()));
    }
    return 0;
}

int runDump(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(QCommandLineOption(QStringLiteral("format"), tr("json or csv."), tr("FORMAT")));
    parser.addOption(QCommandLineOption(QStringLiteral("out"), tr("The file to write."), tr("FILE")));
    if (auto ok = parse(parser, arguments); !ok)
        return userError(ok.error());
    auto path = requiredDb(parser);
    if (!path)
        return userError(path.error());
    const QString format = parser.value(QStringLiteral("format")).toLower();
    const QString out = parser.value(QStringLiteral("out"));
    if (format != QStringLiteral("json") && format != QStringLiteral("csv"))
        return userError(tr("--format must be json or csv"));
    if (out.isEmpty())
        return userError(tr("--out FILE is required"));
    Store store;
    if (Status s = store.open(*path); !s)
        return userError(s.error());
    const Status written = format == QStringLiteral("json") ? exportJson(store, out) : exportCsv(store, out);
    if (!written)
        return userError(written.error());
    return 0;
}

int runGenerate(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(QCommandLineOption(QStringLiteral("cases"), tr("How many cases."), tr("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("seed"), tr("The random seed."), tr("S"), QStringLiteral("1")));
    if (auto ok = parse(parser, arguments); !ok)
        return userError(ok.error());
    auto path = requiredDb(parser);
    if (!path)
        return userError(path.error());
    bool casesOk = false;
    bool seedOk = false;
    SyntheticOptions options;
    options.cases = parser.value(QStringLiteral("cases")).toInt(&casesOk);
    options.seed = parser.value(QStringLiteral("seed")).toULongLong(&seedOk);
    if (!casesOk || options.cases < 1)
        return userError(tr("--cases N is required, a whole number of at least 1"));
    if (!seedOk)
        return userError(tr("--seed must be a whole number"));
    if (QFileInfo::exists(*path))
        return userError(tr("%1 already exists; generate writes a new collection").arg(*path));
    if (Status s = createCollectionFile(*path, false); !s)
        return userError(s.error());
    Store store;
    Status s = store.open(*path);
    Result<ImportReport> report = fail(s.error());
    if (s)
        report = generateSyntheticCollection(store, options);
    store.close();
    if (!report) {
        QFile::remove(*path);
        return userError(report.error());
    }
    printOut(tr("generated %1: %2").arg(*path, report->summary()));
    return 0;
}

} // namespace

QString CommandLine::usage()
{
    return tr("Usage:\n"
              "  spyline [--db FILE | FILE]                      open the window on a collection\n"
              "  spyline init --db FILE [--sample]               a new collection, empty or with the sample data\n"
              "  spyline import --db FILE data.json|data.csv     import, all or nothing\n"
              "  spyline dump --db FILE --format json|csv --out FILE\n"
              "  spyline export --db FILE --view timeline|graph --format png|svg|pdf --out FILE\n"
              "         [--from DATE] [--to DATE] [--case ID ...] [--title TEXT] [--subtitle TEXT]\n"
              "         [--width PX] [--height PX] [--dpi N] [--page a4|letter] [--portrait] [--transparent]\n"
              "         [--lanes case|country|accused-country|agency|venue|actor]   (timeline)\n"
              "         [--layout relations|chronology]                              (graph)\n"
              "  spyline export --db FILE --handout --out FILE.pdf [the same selection options]\n"
              "  spyline generate --db FILE --cases N [--seed S]  a synthetic collection for benchmarks\n"
              "  spyline --version | --help\n"
              "\n"
              "Without --db the window opens the default collection in the application data folder,\n"
              "created from the bundled sample on first run.");
}

bool CommandLine::isCommand(const QStringList& arguments)
{
    for (const QString& argument : arguments.mid(1)) {
        if (argument == QStringLiteral("--help") || argument == QStringLiteral("-h")
            || argument == QStringLiteral("--version") || argument == QStringLiteral("-v"))
            return true;
    }
    // A first argument that is not an option names a command, known or not, unless it names a
    // collection to open, as the desktop entry passes one (Exec=spyline %f).
    if (arguments.size() < 2 || arguments.at(1).startsWith(u'-'))
        return false;
    const QString first = arguments.at(1);
    const bool known = QStringList {QStringLiteral("init"), QStringLiteral("import"), QStringLiteral("dump"),
                                    QStringLiteral("generate"), QStringLiteral("export")}
                           .contains(first);
    return known || !(QFileInfo(first).isFile() || first.endsWith(QStringLiteral(".spyline"), Qt::CaseInsensitive));
}

bool CommandLine::windowOptions(const QStringList& arguments, QString* database)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    if (auto ok = parse(parser, arguments); !ok) {
        userError(ok.error());
        return false;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        userError(tr("the window opens one collection at a time; give one file name"));
        return false;
    }
    if (!files.isEmpty() && parser.isSet(QStringLiteral("db"))) {
        userError(tr("name the collection once: as --db FILE or as FILE"));
        return false;
    }
    *database = files.isEmpty() ? parser.value(QStringLiteral("db")) : files.first();
    return true;
}

int CommandLine::run(const QStringList& arguments)
{
    const QStringList rest = arguments.mid(1);
    if (rest.contains(QStringLiteral("--version")) || rest.contains(QStringLiteral("-v"))) {
        printOut(QStringLiteral("spyline ") + QCoreApplication::applicationVersion());
        return 0;
    }
    if (rest.contains(QStringLiteral("--help")) || rest.contains(QStringLiteral("-h"))) {
        printOut(usage());
        return 0;
    }
    const QString command = arguments.value(1);
    // The command's own parser sees the program name, then the command's options.
    const QStringList commandArguments = QStringList {arguments.value(0)} + arguments.mid(2);
    if (command == QStringLiteral("init"))
        return runInit(commandArguments);
    if (command == QStringLiteral("import"))
        return runImport(commandArguments);
    if (command == QStringLiteral("dump"))
        return runDump(commandArguments);
    if (command == QStringLiteral("generate"))
        return runGenerate(commandArguments);
    if (command == QStringLiteral("export"))
        return runExportCommand(commandArguments);
    return userError(tr("unknown command \"%1\"; see spyline --help").arg(command));
}

} // namespace Spyline
