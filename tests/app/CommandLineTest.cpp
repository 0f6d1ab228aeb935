#include "CommandLine.h"
#include "TestSupport.h"
#include "store/CaseRepository.h"
#include "store/EventRepository.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>

using namespace Spyline;
using Spyline::Fixtures::ScratchFolder;

namespace {

struct ProcessRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

ProcessRun spyline(const QStringList& arguments, const QString& workingDirectory = {})
{
    QProcess process;
    process.setWorkingDirectory(workingDirectory);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SPYLINE_EXECUTABLE), arguments);
    EXPECT_TRUE(process.waitForFinished(60000));
    return ProcessRun {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
                       QString::fromUtf8(process.readAllStandardOutput()),
                       QString::fromUtf8(process.readAllStandardError())};
}

void writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(content);
}

int caseCount(const QString& path)
{
    Store store;
    EXPECT_OK(store.open(path));
    return CaseRepository(store).count().value_or(-1);
}

// A user error: exit 1 and exactly one line on stderr that says what is wrong.
void expectUserError(const ProcessRun& run, const char* says)
{
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(run.err.count(u'\n'), 1) << run.err.toStdString();
    EXPECT_TRUE(run.err.startsWith(QStringLiteral("spyline: "))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QString::fromUtf8(says))) << run.err.toStdString();
}

TEST(CommandLine, PrintsVersionAndHelp)
{
    const ProcessRun version = spyline({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith(QStringLiteral("spyline " SPYLINE_VERSION)));
    const ProcessRun help = spyline({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    for (const char* command : {"init", "import", "merge", "dump", "copy", "export", "generate", "--db DB"})
        EXPECT_TRUE(help.out.contains(QString::fromLatin1(command))) << command;
}

TEST(CommandLine, InitCreatesTheSampleAndNeverOverwrites)
{
    ScratchFolder scratch;
    const QString path = scratch.path(QStringLiteral("s.spyline"));
    const ProcessRun created =
        spyline({QStringLiteral("init"), QStringLiteral("--db"), path, QStringLiteral("--sample")});
    ASSERT_EQ(created.exitCode, 0) << created.err.toStdString();
    EXPECT_EQ(caseCount(path), 7);
    const QByteArray before = Fixtures::readAll(path);
    expectUserError(spyline({QStringLiteral("init"), QStringLiteral("--db"), path}), "already exists");
    EXPECT_EQ(Fixtures::readAll(path), before);

    const QString empty = scratch.path(QStringLiteral("e.spyline"));
    ASSERT_EQ(spyline({QStringLiteral("init"), QStringLiteral("--db"), empty}).exitCode, 0);
    EXPECT_EQ(caseCount(empty), 0);
}

TEST(CommandLine, ImportsAllOrNothing)
{
    ScratchFolder scratch;
    const QString path = scratch.path(QStringLiteral("c.spyline"));
    ASSERT_EQ(spyline({QStringLiteral("init"), QStringLiteral("--db"), path}).exitCode, 0);
    const QString good = scratch.path(QStringLiteral("good.csv"));
    writeFile(good, "title,disclosed_on\nA,2023-01-05\nB,2023-02\n");
    const ProcessRun imported = spyline({QStringLiteral("import"), QStringLiteral("--db"), path, good});
    EXPECT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains(QStringLiteral("2 cases")));
    EXPECT_EQ(caseCount(path), 2);

    const QString bad = scratch.path(QStringLiteral("bad.csv"));
    writeFile(bad, "title,disclosed_on\nC,2023-01-05\nD,2023-13\n");
    expectUserError(spyline({QStringLiteral("import"), QStringLiteral("--db"), path, bad}),
                    "bad.csv:3: disclosed_on: \"2023-13\": month 13 does not exist");
    EXPECT_EQ(caseCount(path), 2);

    expectUserError(
        spyline({QStringLiteral("import"), QStringLiteral("--db"), path, scratch.path(QStringLiteral("x.xml"))}),
        "imports .json and .csv");
    expectUserError(
        spyline({QStringLiteral("import"), QStringLiteral("--db"), scratch.path(QStringLiteral("no.spyline")), good}),
        "does not exist");
}

TEST(CommandLine, DumpsJsonThatImportsIntoANewCollection)
{
    ScratchFolder scratch;
    const QString path = scratch.path(QStringLiteral("s.spyline"));
    ASSERT_EQ(spyline({QStringLiteral("init"), QStringLiteral("--db"), path, QStringLiteral("--sample")}).exitCode, 0);
    const QString json = scratch.path(QStringLiteral("s.json"));
    const ProcessRun dumped = spyline({QStringLiteral("dump"), QStringLiteral("--db"), path, QStringLiteral("--format"),
                                       QStringLiteral("json"), QStringLiteral("--out"), json});
    ASSERT_EQ(dumped.exitCode, 0) << dumped.err.toStdString();
    const QString copy = scratch.path(QStringLiteral("copy.spyline"));
    ASSERT_EQ(spyline({QStringLiteral("init"), QStringLiteral("--db"), copy}).exitCode, 0);
    ASSERT_EQ(spyline({QStringLiteral("import"), QStringLiteral("--db"), copy, json}).exitCode, 0);
    const QString again = scratch.path(QStringLiteral("again.json"));
    ASSERT_EQ(spyline({QStringLiteral("dump"), QStringLiteral("--db"), copy, QStringLiteral("--format"),
                       QStringLiteral("json"), QStringLiteral("--out"), again})
                  .exitCode,
              0);
    EXPECT_EQ(Fixtures::readAll(json), Fixtures::readAll(again));

    const QString csv = scratch.path(QStringLiteral("s.csv"));
    ASSERT_EQ(spyline({QStringLiteral("dump"), QStringLiteral("--db"), path, QStringLiteral("--format"),
                       QStringLiteral("csv"), QStringLiteral("--out"), csv})
                  .exitCode,
              0);
    EXPECT_TRUE(Fixtures::readAll(csv).startsWith("title,status,summary,"));
}

TEST(CommandLine, UserErrorsExitOneWithOneLine)
{
    ScratchFolder scratch;
    expectUserError(spyline({QStringLiteral("frobnicate")}), "unknown command \"frobnicate\"");
    expectUserError(spyline({QStringLiteral("init")}), "--db FILE is required");
    expectUserError(
        spyline({QStringLiteral("dump"), QStringLiteral("--db"), QStringLiteral("x"), QStringLiteral("--format"),
                 QStringLiteral("xml"), QStringLiteral("--out"), QStringLiteral("y")}),
        "--format must be json or csv");
    const QString notACollection = scratch.path(QStringLiteral("notes.spyline"));
    writeFile(notACollection, "just text");
    const QString out = scratch.path(QStringLiteral("out.json"));
    expectUserError(spyline({QStringLiteral("dump"), QStringLiteral("--db"), notACollection, QStringLiteral("--format"),
                             QStringLiteral("json"), QStringLiteral("--out"), out}),
                    "not an SQLite database");
    EXPECT_FALSE(QFile::exists(out));
    expectUserError(spyline({QStringLiteral("--db")}), "Missing value after '--db'");
}

} // namespace

namespace {

class ExportCommandTest : public ::testing::Test
{
protected:
    ScratchFolder scratch;
    QString db = scratch.path(QStringLiteral("s.spyline"));
    void SetUp() override
    {
        ASSERT_EQ(spyline({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--sample")}).exitCode,
                  0);
    }
    ProcessRun exportTo(const QString& out, QStringList extra)
    {
        return spyline(QStringList {QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"), out}
                       + extra);
    }
};

TEST_F(ExportCommandTest, WritesTheTimelineInEveryFormat)
{
    const QString png = scratch.path(QStringLiteral("t.png"));
    const ProcessRun run = exportTo(png,
                                    {QStringLiteral("--view"), QStringLiteral("timeline"), QStringLiteral("--format"),
                                     QStringLiteral("png"), QStringLiteral("--width"), QStringLiteral("1280")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
    const QImage image(png);
    EXPECT_EQ(image.size(), QSize(1280, 720));

    const QStringList summer = {QStringLiteral("--view"), QStringLiteral("timeline"), QStringLiteral("--format"),
                                QStringLiteral("svg"),    QStringLiteral("--title"),  QStringLiteral("Summer 2023"),
                                QStringLiteral("--from"), QStringLiteral("2023-07"),  QStringLiteral("--to"),
                                QStringLiteral("2023-09")};
    const QString svg = scratch.path(QStringLiteral("t.svg"));
    ASSERT_EQ(exportTo(svg, summer).exitCode, 0);
    const QByteArray text = Fixtures::readAll(svg);
    EXPECT_TRUE(text.contains("Summer 2023"));
    EXPECT_TRUE(text.contains("MSS announces the Zeng case"));
    EXPECT_TRUE(text.contains("22 d"));
    EXPECT_TRUE(text.contains("https://www.globaltimes.cn/page/202309/1298412.shtml"));
    const QString again = scratch.path(QStringLiteral("again.svg"));
    ASSERT_EQ(exportTo(again, summer).exitCode, 0);
    EXPECT_EQ(Fixtures::readAll(again), text) << "the same input gives the same SVG";

    const QString pdf = scratch.path(QStringLiteral("t.pdf"));
    ASSERT_EQ(exportTo(pdf,
                       {QStringLiteral("--view"), QStringLiteral("timeline"), QStringLiteral("--format"),
                        QStringLiteral("pdf"), QStringLiteral("--from"), QStringLiteral("2023-07"),
                        QStringLiteral("--to"), QStringLiteral("2023-09")})
                  .exitCode,
              0);
    EXPECT_TRUE(Fixtures::readAll(pdf).startsWith("%PDF"));
}

TEST_F(ExportCommandTest, GroupsTheTimelineLanesAsAsked)
{
    const QStringList timelineSvg = {QStringLiteral("--view"), QStringLiteral("timeline"), QStringLiteral("--format"),
                                     QStringLiteral("svg")};
    const QString byCase = scratch.path(QStringLiteral("case.svg"));
    ASSERT_EQ(exportTo(byCase, timelineSvg).exitCode, 0);
    EXPECT_TRUE(Fixtures::readAll(byCase).contains("Lanes by case"));
    const QString byCountry = scratch.path(QStringLiteral("country.svg"));
    const ProcessRun run =
        exportTo(byCountry, timelineSvg + QStringList {QStringLiteral("--lanes"), QStringLiteral("country")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(Fixtures::readAll(byCountry).contains("Lanes by disclosing country"));
    expectUserError(exportTo(byCountry, timelineSvg + QStringList {QStringLiteral("--lanes"), QStringLiteral("year")}),
                    "--lanes must be one of case, country, accused-country, agency, venue, actor");
}

TEST_F(ExportCommandTest, WritesTheGraphInEveryFormat)
{
    const QStringList graph = {QStringLiteral("--view"), QStringLiteral("graph")};
    const QString svg = scratch.path(QStringLiteral("g.svg"));
    const ProcessRun run = exportTo(svg, graph + QStringList {QStringLiteral("--format"), QStringLiteral("svg")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QByteArray text = Fixtures::readAll(svg);
    for (const char* expected : {"Relationship graph", "Seth", "Li Jun", "responds to", "22 d", "Country",
                                 "https://www.globaltimes.cn/page/202308/1296686.shtml"})
        EXPECT_TRUE(text.contains(expected)) << expected;

    const QString png = scratch.path(QStringLiteral("g.png"));
    ASSERT_EQ(exportTo(png,
                       graph
                           + QStringList {QStringLiteral("--format"), QStringLiteral("png"), QStringLiteral("--width"),
                                          QStringLiteral("1600")})
                  .exitCode,
              0);
    EXPECT_EQ(QImage(png).size(), QSize(1600, 900));

    const QString pdf = scratch.path(QStringLiteral("g.pdf"));
    ASSERT_EQ(exportTo(pdf,
                       graph
                           + QStringList {QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--layout"),
                                          QStringLiteral("chronology")})
                  .exitCode,
              0);
    EXPECT_TRUE(Fixtures::readAll(pdf).startsWith("%PDF"));
    expectUserError(exportTo(pdf,
                             graph
                                 + QStringList {QStringLiteral("--format"), QStringLiteral("pdf"),
                                                QStringLiteral("--layout"), QStringLiteral("circle")}),
                    "--layout must be relations or chronology");
}

TEST_F(ExportCommandTest, HandoutHoldsTheTimelineTheGraphAndTheCaseTable)
{
    const QString pdf = scratch.path(QStringLiteral("handout.pdf"));
    const ProcessRun run = exportTo(pdf,
                                    {QStringLiteral("--handout"), QStringLiteral("--title"),
                                     QStringLiteral("Summer 2023"), QStringLiteral("--from"), QStringLiteral("2023-07"),
                                     QStringLiteral("--to"), QStringLiteral("2023-09")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QByteArray bytes = Fixtures::readAll(pdf);
    ASSERT_TRUE(bytes.startsWith("%PDF"));
    // One page each for the timeline, the graph, and the map above the lag histogram, then the
    // table of cases.
    const qsizetype pages = QString::fromLatin1(bytes).count(QRegularExpression(QStringLiteral("/Type\\s*/Page[^s]")));
    EXPECT_GE(pages, 4);
}

TEST_F(ExportCommandTest, WritesTheMapAndEveryStatisticsChart)
{
    const QString map = scratch.path(QStringLiteral("map.svg"));
    ProcessRun run = exportTo(map,
                              {QStringLiteral("--view"), QStringLiteral("map"), QStringLiteral("--format"),
                               QStringLiteral("svg"), QStringLiteral("--shade"), QStringLiteral("accused")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QByteArray text = Fixtures::readAll(map);
    for (const char* expected : {"Where people were recruited", "Cases accusing the country", "United States 4",
                                 "have no recruitment venue", "https://www.globaltimes.cn/page/202308/1296686.shtml"})
        EXPECT_TRUE(text.contains(expected)) << expected;

    const QString lags = scratch.path(QStringLiteral("lags.svg"));
    run = exportTo(lags,
                   {QStringLiteral("--view"), QStringLiteral("lags"), QStringLiteral("--format"), QStringLiteral("svg"),
                    QStringLiteral("--bin-days"), QStringLiteral("7")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    text = Fixtures::readAll(lags);
    for (const char* expected : {"Days from a statement", "8 links",
                                 "median 0\xe2\x80\x93"
                                 "14 d",
                                 "uncertain lag"})
        EXPECT_TRUE(text.contains(expected)) << expected;

    for (const char* view : {"per-year", "venues", "status", "agencies"}) {
        const QString png = scratch.path(QString::fromLatin1(view) + QStringLiteral(".png"));
        run = exportTo(png,
                       {QStringLiteral("--view"), QString::fromLatin1(view), QStringLiteral("--format"),
                        QStringLiteral("png"), QStringLiteral("--width"), QStringLiteral("800"),
                        QStringLiteral("--top"), QStringLiteral("5")});
        ASSERT_EQ(run.exitCode, 0) << view << run.err.toStdString();
        EXPECT_EQ(QImage(png).size(), QSize(800, 450)) << view;
    }
    const QString pdf = scratch.path(QStringLiteral("status.pdf"));
    run = exportTo(pdf,
                   {QStringLiteral("--view"), QStringLiteral("status"), QStringLiteral("--format"),
                    QStringLiteral("pdf"), QStringLiteral("--page"), QStringLiteral("letter"), QStringLiteral("--from"),
                    QStringLiteral("2023-08"), QStringLiteral("--to"), QStringLiteral("2023-08")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(Fixtures::readAll(pdf).startsWith("%PDF"));

    expectUserError(
        exportTo(map,
                 {QStringLiteral("--view"), QStringLiteral("pie"), QStringLiteral("--format"), QStringLiteral("png")}),
        "--view must be one of timeline, graph, map, lags, per-year, venues, status, agencies");
    expectUserError(exportTo(map,
                             {QStringLiteral("--view"), QStringLiteral("map"), QStringLiteral("--format"),
                              QStringLiteral("png"), QStringLiteral("--shade"), QStringLiteral("venue")}),
                    "--shade must be target or accused");
    expectUserError(exportTo(map,
                             {QStringLiteral("--view"), QStringLiteral("lags"), QStringLiteral("--format"),
                              QStringLiteral("png"), QStringLiteral("--bin-days"), QStringLiteral("0")}),
                    "--bin-days must be a number of days from 1 to 365");
}

TEST_F(ExportCommandTest, UserErrorsLeaveNoFile)
{
    const QString out = scratch.path(QStringLiteral("x.png"));
    const QStringList timelinePng = {QStringLiteral("--view"), QStringLiteral("timeline"), QStringLiteral("--format"),
                                     QStringLiteral("png")};
    expectUserError(spyline(QStringList {QStringLiteral("export"), QStringLiteral("--db"),
                                         scratch.path(QStringLiteral("no.spyline")), QStringLiteral("--out"), out}
                            + timelinePng),
                    "does not exist");
    expectUserError(exportTo(out,
                             {QStringLiteral("--view"), QStringLiteral("timeline"), QStringLiteral("--format"),
                              QStringLiteral("gif")}),
                    "--format must be png, svg or pdf");
    expectUserError(exportTo(out,
                             timelinePng
                                 + QStringList {QStringLiteral("--from"), QStringLiteral("1990"),
                                                QStringLiteral("--to"), QStringLiteral("1991")}),
                    "no case in s.spyline matches the selection");
    expectUserError(exportTo(out, timelinePng + QStringList {QStringLiteral("--from"), QStringLiteral("2023-13")}),
                    "--from: \"2023-13\": month 13 does not exist");
    expectUserError(exportTo(out, timelinePng + QStringList {QStringLiteral("--case"), QStringLiteral("999")}),
                    "--case 999: there is no case 999 in s.spyline");
    EXPECT_FALSE(QFileInfo::exists(out));
    const QString unwritable = scratch.path(QStringLiteral("missing/folder/x.png"));
    expectUserError(exportTo(unwritable, timelinePng), "cannot be written");
    EXPECT_FALSE(QFileInfo::exists(unwritable));
    EXPECT_EQ(QDir(scratch.path(QString())).entryList(QDir::Files), QStringList {QStringLiteral("s.spyline")});
}

} // namespace

namespace {

// The desktop entry runs `spyline %f`: a collection given as the only file name opens in the window.
TEST(CommandLineWindow, OpensACollectionGivenAsTheOnlyFileName)
{
    ScratchFolder scratch;
    const QString existing = scratch.path(QStringLiteral("cases.db"));
    writeFile(existing, "SQLite format 3");
    const QString program = QStringLiteral("spyline");
    EXPECT_FALSE(CommandLine::isCommand({program, existing}));
    EXPECT_FALSE(CommandLine::isCommand({program, QStringLiteral("not-yet.spyline")}));
    EXPECT_TRUE(CommandLine::isCommand({program, QStringLiteral("frobnicate")}));
    EXPECT_TRUE(CommandLine::isCommand({program, QStringLiteral("init"), QStringLiteral("--db"), existing}));

    QString database;
    int exitCode = -1;
    ASSERT_TRUE(CommandLine::windowOptions({program, existing}, &database, &exitCode));
    EXPECT_EQ(database, existing);
    ASSERT_TRUE(CommandLine::windowOptions({program, QStringLiteral("--db"), existing}, &database, &exitCode));
    EXPECT_EQ(database, existing);
    ASSERT_TRUE(CommandLine::windowOptions({program}, &database, &exitCode));
    EXPECT_TRUE(database.isEmpty());
    EXPECT_FALSE(CommandLine::windowOptions({program, existing, existing}, &database, &exitCode));
    EXPECT_FALSE(
        CommandLine::windowOptions({program, QStringLiteral("--db"), existing, existing}, &database, &exitCode));
    EXPECT_EQ(exitCode, 1);
    EXPECT_FALSE(CommandLine::windowOptions({program, QStringLiteral("--version")}, &database, &exitCode));
    EXPECT_EQ(exitCode, 0);
}

} // namespace

TEST(CommandLine, ImportsSheetsThroughAMapWithADryRunFirst)
{
    ScratchFolder scratch;
    const QString db = scratch.path(QStringLiteral("c.spyline"));
    ASSERT_EQ(spyline({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode, 0);
    const QString data = QStringLiteral(SPYLINE_TEST_SOURCE_DIR "/data/realistic/");
    const QStringList statements = {QStringLiteral("import"),
                                    QStringLiteral("--db"),
                                    db,
                                    data + QStringLiteral("statements.csv"),
                                    QStringLiteral("--map"),
                                    data + QStringLiteral("statements.map.json")};
    const auto eventCount = [&] {
        Store store;
        EXPECT_OK(store.open(db));
        return EventRepository(store).count().value_or(-1);
    };
    const ProcessRun dry = spyline(statements + QStringList {QStringLiteral("--dry-run")});
    ASSERT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    EXPECT_TRUE(dry.out.contains(QStringLiteral("statements.csv:2: add statement \"CIA Director William Burns")))
        << dry.out.toStdString();
    EXPECT_TRUE(
        dry.out.contains(QStringLiteral("would import statements.csv: 5 rows: new 0 cases, 5 actors, 4 events")))
        << dry.out.toStdString();
    EXPECT_TRUE(dry.out.contains(QStringLiteral("dry run: the collection was not changed")));
    EXPECT_EQ(eventCount(), 0);

    const ProcessRun imported = spyline(statements);
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(
        imported.out.contains(QStringLiteral("imported statements.csv: 5 rows: new 0 cases, 5 actors, 4 events")))
        << imported.out.toStdString();
    const ProcessRun again = spyline(statements);
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.contains(QStringLiteral("0 updated, 4 unchanged"))) << again.out.toStdString();
    EXPECT_EQ(eventCount(), 4);
}

TEST(CommandLine, ASheetWithProblemsListsThemAllAndImportsNothing)
{
    ScratchFolder scratch;
    const QString db = scratch.path(QStringLiteral("c.spyline"));
    ASSERT_EQ(spyline({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode, 0);
    const QString sheet = scratch.path(QStringLiteral("people.csv"));
    writeFile(sheet,
              "Case;Name;Spied for;Made public\nToebbe;Jonathan Toebbe;unnamed foreign country;2021-10-10\n"
              "Toebbe;Diana Toebbe;unnamed foreign country;2021-10-10\nOther;X;Narnia;2021-13-01\n");
    const QString map = scratch.path(QStringLiteral("people.map.json"));
    writeFile(map, R"({"format": "spyline-import-map", "version": 1, "records": "cases", "key": "Case",
                       "columns": {"Name": "suspect", "Spied for": "accused_country", "Made public": "disclosed_on",
                                   "Unused": "summary"}})");
    const QStringList import = {
        QStringLiteral("import"), QStringLiteral("--db"), db, sheet, QStringLiteral("--map"), map};
    expectUserError(spyline(import), "the map names the column \"Unused\"");
    writeFile(map, R"({"format": "spyline-import-map", "version": 1, "records": "cases", "key": "Case",
                       "columns": {"Name": "suspect", "Spied for": "accused_country", "Made public": "disclosed_on"}})");
    const ProcessRun failed = spyline(import);
    expectUserError(failed, "nothing was imported: 4 problems");
    for (const char* line :
         {"error: people.csv:2: Spied for (accused_country): \"unnamed foreign country\"",
          "error: people.csv:3: Spied for", "error: people.csv:4: Spied for", "error: people.csv:4: Made public"})
        EXPECT_TRUE(failed.out.contains(QString::fromUtf8(line))) << line << failed.out.toStdString();
    EXPECT_EQ(caseCount(db), 0);

    const ProcessRun skipping = spyline(import + QStringList {QStringLiteral("--skip-bad-values")});
    ASSERT_EQ(skipping.exitCode, 0) << skipping.err.toStdString();
    EXPECT_TRUE(skipping.out.contains(
        QStringLiteral("left empty: people.csv:2: Spied for (accused_country): \"unnamed foreign country\"")));
    EXPECT_TRUE(skipping.out.contains(QStringLiteral("4 values left empty"))) << skipping.out.toStdString();
    EXPECT_EQ(caseCount(db), 2);

    expectUserError(spyline({QStringLiteral("import"), QStringLiteral("--db"), db,
                             scratch.path(QStringLiteral("x.json")), QStringLiteral("--map"), map}),
                    "are for CSV and TSV sheets");
    expectUserError(spyline({QStringLiteral("import"), QStringLiteral("--db"), db, sheet, QStringLiteral("--map"),
                             scratch.path(QStringLiteral("missing.json"))}),
                    "cannot be read");
}

namespace {

TEST(CommandLine, MergesAnotherCollectionWithADryRunThatWritesNothing)
{
    ScratchFolder scratch;
    const QString mine = scratch.path(QStringLiteral("mine.spyline"));
    const QString theirs = scratch.path(QStringLiteral("theirs.spyline"));
    ASSERT_EQ(spyline({QStringLiteral("init"), QStringLiteral("--db"), mine, QStringLiteral("--sample")}).exitCode, 0);
    ASSERT_TRUE(QFile::copy(mine, theirs));

    // A copy of the collection itself: nothing to add, nothing changed.
    const QByteArray untouched = Fixtures::readAll(mine);
    const ProcessRun copy = spyline({QStringLiteral("merge"), QStringLiteral("--db"), mine, theirs});
    ASSERT_EQ(copy.exitCode, 0) << copy.err.toStdString();
    EXPECT_TRUE(copy.out.contains(QStringLiteral("merged theirs.spyline: nothing to add"))) << copy.out.toStdString();
    EXPECT_EQ(Fixtures::readAll(mine), untouched);

    {
        Store other;
        ASSERT_OK(other.open(theirs));
        CaseRepository cases(other);
        auto theirZeng = cases.get(Fixtures::caseTitled(other, QStringLiteral("Zeng")));
        ASSERT_OK(theirZeng);
        theirZeng->status = CaseStatus::Charged;
        ASSERT_OK(cases.update(*theirZeng));
        ASSERT_OK(cases.insert(Case {0, QStringLiteral("Okamoto: engineer"), {}, CaseStatus::Alleged, {}, {}, {}, {}}));
        ASSERT_OK(other.checkpoint());
    }
    const QByteArray mineBefore = Fixtures::readAll(mine);
    const QByteArray theirsBefore = Fixtures::readAll(theirs);
    const ProcessRun dry =
        spyline({QStringLiteral("merge"), QStringLiteral("--db"), mine, theirs, QStringLiteral("--dry-run")});
    ASSERT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    EXPECT_TRUE(dry.out.contains(QStringLiteral("add case \"Okamoto: engineer\""))) << dry.out.toStdString();
    EXPECT_TRUE(dry.out.contains(QStringLiteral("differs case \"Zeng"))) << dry.out.toStdString();
    EXPECT_TRUE(dry.out.contains(QStringLiteral("status: mine \"under investigation\", theirs \"charged\"")))
        << dry.out.toStdString();
    EXPECT_TRUE(dry.out.contains(QStringLiteral("would merge theirs.spyline: adds 1 case")));
    EXPECT_TRUE(dry.out.contains(QStringLiteral("dry run: the collection was not changed")));
    EXPECT_EQ(Fixtures::readAll(mine), mineBefore);
    EXPECT_FALSE(QFileInfo::exists(mine + QStringLiteral("-wal")));
    const int cases = caseCount(mine);

    const ProcessRun merged = spyline({QStringLiteral("merge"), QStringLiteral("--db"), mine, theirs});
    ASSERT_EQ(merged.exitCode, 0) << merged.err.toStdString();
    EXPECT_TRUE(merged.out.contains(QStringLiteral("merged theirs.spyline: adds 1 case")));
    EXPECT_EQ(caseCount(mine), cases + 1);
    // The other collection is only read.
    EXPECT_EQ(Fixtures::readAll(theirs), theirsBefore);
    // Merged again: nothing left to add.
    const ProcessRun again = spyline({QStringLiteral("merge"), QStringLiteral("--db"), mine, theirs});
    EXPECT_TRUE(again.out.contains(QStringLiteral("nothing to add"))) << again.out.toStdString();
    EXPECT_EQ(caseCount(mine), cases + 1);
}

TEST(CommandLine, MergeRefusesItselfAndWrongArgumentsWithOneLine)
{
    ScratchFolder scratch;
    const QString mine = scratch.path(QStringLiteral("mine.spyline"));
    ASSERT_EQ(spyline({QStringLiteral("init"), QStringLiteral("--db"), mine, QStringLiteral("--sample")}).exitCode, 0);
    const QString link = scratch.path(QStringLiteral("link.spyline"));
    ASSERT_TRUE(QFile::link(mine, link));
    const QByteArray before = Fixtures::readAll(mine);
    const QString merge = QStringLiteral("merge");
    const QString db = QStringLiteral("--db");
    expectUserError(spyline({merge, db, mine, mine}), "cannot be merged into itself");
    expectUserError(spyline({merge, db, mine, link}), "cannot be merged into itself");
    expectUserError(spyline({merge, db, mine}), "name the collection to merge");
    expectUserError(spyline({merge, mine, link}), "--db FILE is required");
    expectUserError(spyline({merge, db, mine, scratch.path(QStringLiteral("missing.spyline"))}),
                    "no such collection file");
    expectUserError(spyline({merge, db, scratch.path(QStringLiteral("missing.spyline")), mine}), "does not exist");
    expectUserError(spyline({merge, db, mine, link, link}), "one collection at a time");
    const QString notCollection = scratch.path(QStringLiteral("notes.spyline"));
    writeFile(notCollection, "just some notes\n");
    const ProcessRun refused = spyline({merge, db, mine, notCollection});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_EQ(Fixtures::readAll(mine), before);
    EXPECT_EQ(Fixtures::readAll(notCollection), QByteArray("just some notes\n"));
}

} // namespace
