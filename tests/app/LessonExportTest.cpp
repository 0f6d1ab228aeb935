// Charts and handouts as a teacher exports them from the command line, read back with pdftotext:
// nothing in the selection is left out, ranges are exact, pages are numbered, and "as publicly
// known on" shows only what was public then.
#include "TestSupport.h"
#include "records/PartialDate.h"
#include "store/CaseRepository.h"
#include "store/CaseSearch.h"
#include "store/Store.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>

using namespace Spyline;
using Spyline::Fixtures::ScratchFolder;

namespace {

struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

ProcessResult spyline(const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SPYLINE_EXECUTABLE), arguments);
    EXPECT_TRUE(process.waitForFinished(120000));
    return ProcessResult {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
                          QString::fromUtf8(process.readAllStandardOutput()),
                          QString::fromUtf8(process.readAllStandardError())};
}

// The PDF's text, page by page, as pdftotext (poppler-utils) reads it.
QStringList pdfPages(const QString& path)
{
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    EXPECT_TRUE(pdftotext.waitForFinished(60000)) << "pdftotext (poppler-utils) must be installed";
    // Ligatures (\ufb01) read back as their letters.
    QStringList pages =
        QString::fromUtf8(pdftotext.readAllStandardOutput()).normalized(QString::NormalizationForm_KC).split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

// Words as one line of text: pdftotext keeps a layout's spaces, titles wrap onto two lines.
QString words(const QString& text)
{
    return text.simplified();
}

// The start of a lane's title that its first line always holds: its first words up to 14 characters.
QString titleStart(const QString& title)
{
    QString start;
    for (const QString& word : title.split(u' ', Qt::SkipEmptyParts)) {
        if (!start.isEmpty() && start.size() + 1 + word.size() > 14)
            break;
        start += (start.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    return start;
}

DayNumber day(const char* text)
{
    return PartialDate::parse(QString::fromLatin1(text))->earliestDay();
}

// The 110-row sheet of real cases, 1930s to 2025, with the statements and links sheets.
class RealisticCollection : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_scratch = new ScratchFolder;
        s_db = s_scratch->path(QStringLiteral("cases.spyline"));
        ASSERT_EQ(spyline({QStringLiteral("init"), QStringLiteral("--db"), s_db}).exitCode, 0);
        const QString data = QStringLiteral(SPYLINE_TEST_SOURCE_DIR "/data/realistic/");
        for (const char* sheet : {"cases-by-person", "statements", "links"}) {
            const QString name = QString::fromLatin1(sheet);
            const ProcessResult imported =
                spyline({QStringLiteral("import"), QStringLiteral("--db"), s_db, data + name + QStringLiteral(".csv"),
                         QStringLiteral("--map"), data + name + QStringLiteral(".map.json"),
                         QStringLiteral("--skip-bad-values")});
            ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
        }
    }
    static void TearDownTestSuite()
    {
        delete s_scratch;
        s_scratch = nullptr;
    }
    ProcessResult exportTo(const QString& out, const QStringList& extra)
    {
        return spyline(
            QStringList {QStringLiteral("export"), QStringLiteral("--db"), s_db, QStringLiteral("--out"), out} + extra);
    }
    // The titles of the cases a filter selects.
    QStringList titlesOf(const CaseFilter& filter)
    {
        Store store;
        EXPECT_OK(store.open(s_db, Store::Access::Read));
        QStringList titles;
        for (Id id : CaseSearch(store).caseIds(filter).value_or({}))
            titles.append(CaseRepository(store).get(id)->title);
        return titles;
    }

    ScratchFolder m_out;
    static ScratchFolder* s_scratch;
    static QString s_db;
};

ScratchFolder* RealisticCollection::s_scratch = nullptr;
QString RealisticCollection::s_db;

TEST_F(RealisticCollection, TheColdWarTimelineDrawsEveryCaseInRangeOnNumberedPages)
{
    const QString pdf = m_out.path(QStringLiteral("cold-war.pdf"));
    const ProcessResult run = exportTo(pdf,
                                       {QStringLiteral("--view"), QStringLiteral("timeline"),
                                        QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--from"),
                                        QStringLiteral("1945"), QStringLiteral("--to"), QStringLiteral("1991")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QStringList pages = pdfPages(pdf);
    ASSERT_FALSE(pages.isEmpty());
    const QString all = words(pages.join(u' '));
    CaseFilter coldWar;
    coldWar.fromDay = day("1945-01-01");
    coldWar.toDay = day("1991-12-31");
    const QStringList titles = titlesOf(coldWar);
    ASSERT_GE(titles.size(), 20) << "the sheet holds the Cold War's best known cases";
    for (const QString& title : titles)
        EXPECT_TRUE(all.contains(titleStart(title))) << title.toStdString();
    EXPECT_FALSE(all.contains(QStringLiteral("left out"))) << all.toStdString();
    // The caption's range is the one asked for, not one padded around it.
    EXPECT_TRUE(all.contains(QStringLiteral("1945\u20131991"))) << all.toStdString();
    // Every page numbered; the chart's own pages say which lanes they hold, and its sources follow.
    ASSERT_GT(pages.size(), 1) << "26 Cold War cases take more than a page, one lane each";
    const auto chartPages = QRegularExpression(QStringLiteral("Page 1 of (\\d+)")).match(words(pages.first()));
    ASSERT_TRUE(chartPages.hasMatch());
    const int chartPageCount = chartPages.captured(1).toInt();
    ASSERT_LE(chartPageCount, pages.size());
    for (qsizetype i = 0; i < pages.size(); ++i) {
        EXPECT_TRUE(words(pages.at(i))
                        .contains(QRegularExpression(QStringLiteral("\\b%1 ?/ ?%2\\b").arg(i + 1).arg(pages.size()))));
        if (i < chartPageCount) {
            EXPECT_TRUE(words(pages.at(i)).contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(chartPageCount)));
        }
    }
    EXPECT_TRUE(words(pages.last()).contains(QStringLiteral("wikipedia.org")));

    // With a page limit, the lanes are grouped, and the caption says so.
    const QString onePage = m_out.path(QStringLiteral("one-page.pdf"));
    ASSERT_EQ(exportTo(onePage,
                       {QStringLiteral("--view"), QStringLiteral("timeline"), QStringLiteral("--format"),
                        QStringLiteral("pdf"), QStringLiteral("--from"), QStringLiteral("1945"), QStringLiteral("--to"),
                        QStringLiteral("1991"), QStringLiteral("--max-pages"), QStringLiteral("1")})
                  .exitCode,
              0);
    const QStringList grouped = pdfPages(onePage);
    ASSERT_EQ(grouped.size(), 1);
    EXPECT_TRUE(words(grouped.first()).contains(QStringLiteral("Lanes grouped by disclosing country to fit one page")))
        << grouped.first().toStdString();
}

TEST_F(RealisticCollection, Summer2023KeepsEveryCaseAndTheLinkBetweenThem)
{
    const QString pdf = m_out.path(QStringLiteral("summer.pdf"));
    const ProcessResult run = exportTo(pdf,
                                       {QStringLiteral("--view"), QStringLiteral("timeline"),
                                        QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--from"),
                                        QStringLiteral("2023-06"), QStringLiteral("--to"), QStringLiteral("2023-09")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString all = words(pdfPages(pdf).join(u' '));
    CaseFilter summer;
    summer.fromDay = day("2023-06-01");
    summer.toDay = day("2023-09-30");
    const QStringList titles = titlesOf(summer);
    ASSERT_FALSE(titles.isEmpty());
    for (const QString& title : titles)
        EXPECT_TRUE(all.contains(titleStart(title))) << title.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("Zeng")));
    EXPECT_TRUE(all.contains(QStringLiteral("22 d"))) << all.toStdString();
    EXPECT_FALSE(all.contains(QStringLiteral("left out")));
    EXPECT_TRUE(all.contains(QStringLiteral("Jun\u2013Sep 2023"))) << all.toStdString();
}

TEST_F(RealisticCollection, TheHandoutNumbersItsPagesAndHasTheStatementsSection)
{
    const QString pdf = m_out.path(QStringLiteral("handout.pdf"));
    const ProcessResult run =
        exportTo(pdf,
                 {QStringLiteral("--handout"), QStringLiteral("--title"), QStringLiteral("Espionage cases since 1930"),
                  QStringLiteral("--subtitle"), QStringLiteral("Seminar 4")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QStringList pages = pdfPages(pdf);
    ASSERT_GT(pages.size(), 3);
    for (qsizetype i = 0; i < pages.size(); ++i)
        EXPECT_TRUE(words(pages.at(i))
                        .contains(QRegularExpression(QStringLiteral("\\b%1 ?/ ?%2\\b").arg(i + 1).arg(pages.size()))))
            << i + 1;
    const QString all = words(pages.join(u' '));
    EXPECT_TRUE(words(pages.first()).contains(QStringLiteral("Espionage cases since 1930")));
    EXPECT_TRUE(all.contains(QStringLiteral("Statements and the announcements that followed")));
    EXPECT_TRUE(all.contains(QStringLiteral("22 d")));
    EXPECT_TRUE(all.contains(QStringLiteral("\u66fe")) || !all.contains(QStringLiteral("Zeng"))) << "native names";
    EXPECT_FALSE(all.contains(QStringLiteral("\u201c\u201d")));
    EXPECT_FALSE(all.contains(QStringLiteral("graded F6")));
    // One numbering for the whole handout: the chart pages cite into the one list at its end, which
    // holds every source once, numbered from 1 without a gap.
    EXPECT_FALSE(all.contains(QStringLiteral("Cited by what the pages before show")));
    EXPECT_FALSE(all.contains(QStringLiteral("more sources cited by what is shown")));
    int citingPages = 0;
    for (const QString& page : pages)
        citingPages += words(page).contains(QStringLiteral("listed with their grades under Sources at the end"));
    EXPECT_GE(citingPages, 3) << "the timeline's pages, the graph and the map cite the list";
    const QString key = QStringLiteral("Grades in brackets on the Admiralty scale: reliability A (completely");
    ASSERT_EQ(all.count(key), 1);
    const QString list = all.mid(all.indexOf(key));
    int highest = 0;
    while (list.contains(QStringLiteral("[%1]").arg(highest + 1)))
        ++highest;
    EXPECT_GT(highest, 60) << "the realistic sheets cite some seventy sources";
    EXPECT_FALSE(list.contains(QStringLiteral("[%1]").arg(highest + 2)));
    EXPECT_EQ(all.count(QStringLiteral("https://en.wikipedia.org/wiki/Richard_Sorge")), 1);

    // A cap the handout would pass is refused before anything is written, naming the summary.
    const QString capped = m_out.path(QStringLiteral("capped.pdf"));
    const ProcessResult refused =
        exportTo(capped, {QStringLiteral("--handout"), QStringLiteral("--max-pages"), QStringLiteral("2")});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("--summary"))) << refused.err.toStdString();
    EXPECT_FALSE(QFile::exists(capped));
    const QString summary = m_out.path(QStringLiteral("summary.pdf"));
    ASSERT_EQ(exportTo(summary, {QStringLiteral("--handout"), QStringLiteral("--summary")}).exitCode, 0);
    EXPECT_LT(pdfPages(summary).size(), pages.size());
}

class SampleCollection : public ::testing::Test
{
protected:
    ScratchFolder scratch;
    QString db = scratch.path(QStringLiteral("s.spyline"));
    void SetUp() override
    {
        ASSERT_EQ(spyline({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--sample")}).exitCode,
                  0);
    }
    QString exportAsOf(const QString& date)
    {
        const QString pdf = scratch.path(date + QStringLiteral(".pdf"));
        const ProcessResult run =
            spyline({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"), pdf,
                     QStringLiteral("--view"), QStringLiteral("timeline"), QStringLiteral("--format"),
                     QStringLiteral("pdf"), QStringLiteral("--as-of"), date});
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        return words(pdfPages(pdf).join(u' '));
    }
};

TEST_F(SampleCollection, AsPubliclyKnownShowsOnlyWhatWasPublicThen)
{
    const QString before = exportAsOf(QStringLiteral("2023-08-01"));
    EXPECT_TRUE(before.contains(QStringLiteral("As publicly known on 1 Aug 2023"))) << before.toStdString();
    EXPECT_FALSE(before.contains(QStringLiteral("Zeng"))) << before.toStdString();
    EXPECT_FALSE(before.contains(QStringLiteral("22 d")));

    const QString after = exportAsOf(QStringLiteral("2023-08-12"));
    EXPECT_TRUE(after.contains(QStringLiteral("As publicly known on 12 Aug 2023")));
    EXPECT_TRUE(after.contains(QStringLiteral("Zeng"))) << after.toStdString();
    EXPECT_TRUE(after.contains(QStringLiteral("22 d"))) << after.toStdString();

    // A slide of it: one PNG of 1920 by 1080.
    const QString png = scratch.path(QStringLiteral("slide.png"));
    const ProcessResult slide = spyline(
        {QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"), png, QStringLiteral("--view"),
         QStringLiteral("timeline"), QStringLiteral("--format"), QStringLiteral("png"), QStringLiteral("--preset"),
         QStringLiteral("slide-16x9"), QStringLiteral("--as-of"), QStringLiteral("2023-08-12")});
    ASSERT_EQ(slide.exitCode, 0) << slide.err.toStdString();
    EXPECT_EQ(QImage(png).size(), QSize(1920, 1080));
}

} // namespace
