// "As publicly known on" a day in the window: one control in the filter bar that every view follows
// (the case list, the timeline, the graph, the map and the statistics), said in the title and on
// every chart exported from the window, and cleared with the rest of the filter.
#include "CaseDetailView.h"
#include "DialogWatch.h"
#include "ExportDialog.h"
#include "FilterBar.h"
#include "GraphView.h"
#include "MainWindow.h"
#include "PartialDateEdit.h"
#include "TestSupport.h"
#include "TimelineView.h"
#include "WindowTestSupport.h"
#include "items/CaseTableModel.h"
#include "records/ViewState.h"
#include "store/CaseSearch.h"
#include "store/CollectionFile.h"
#include "store/Store.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

using namespace Spyline;
using Spyline::Fixtures::ScratchFolder;
using Spyline::Fixtures::whenShown;

namespace {

DayNumber day(int year, int month, int dayOfMonth)
{
    return DayNumber(QDate(year, month, dayOfMonth).toJulianDay());
}

// The PDF's text as pdftotext (poppler-utils) reads it, as one line of words.
QString pdfWords(const QString& path)
{
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    EXPECT_TRUE(pdftotext.waitForFinished(60000)) << "pdftotext (poppler-utils) must be installed";
    return QString::fromUtf8(pdftotext.readAllStandardOutput()).normalized(QString::NormalizationForm_KC).simplified();
}

class KnownOnWindowTest : public Testing::WindowTest
{
protected:
    Id zeng = 0;

    void SetUp() override
    {
        WindowTest::SetUp();
        openWindow(true, {1500, 900});
        CaseFilter named;
        named.text = QStringLiteral("Zeng");
        zeng = CaseSearch(*window->store()).caseIds(named).value_or(QList<Id>()).value(0);
        ASSERT_NE(zeng, 0);
    }
    QCheckBox* knownOnCheck()
    {
        return window->findChild<QCheckBox*>(QStringLiteral("knownOnCheckBox"));
    }
    QLineEdit* knownOnEdit()
    {
        auto* edit = window->findChild<PartialDateEdit*>(QStringLiteral("knownOnDateEdit"));
        return edit ? edit->lineEdit() : nullptr;
    }
    // Types the day into the filter bar, as a person does.
    void knownOn(const QString& text)
    {
        knownOnEdit()->selectAll();
        QTest::keyClicks(knownOnEdit(), text);
    }
    TimelineView* timeline()
    {
        return window->findChild<TimelineView*>();
    }
    bool timelineHasLaneStarting(const QString& start)
    {
        const TimelineLanes* lanes = timeline()->lanes();
        for (int lane = 0; lanes && lane < lanes->count(); ++lane) {
            if (lanes->title(lane).startsWith(start))
                return true;
        }
        return false;
    }
    // The graph as its tab shows it, laid out for the filter as it is.
    QStringList graphNodeTitles()
    {
        auto* tabs = window->findChild<QTabWidget*>(QStringLiteral("centralTabWidget"));
        auto* graph = window->findChild<GraphView*>();
        QSignalSpy ready(graph, &GraphView::graphReady);
        if (tabs->currentWidget() != graph)
            tabs->setCurrentWidget(graph);
        EXPECT_TRUE(ready.wait(20000));
        QStringList titles;
        for (const auto& node : graph->graph().nodes)
            titles.append(node.title);
        tabs->setCurrentIndex(0);
        return titles;
    }
    QList<Id> chartCases()
    {
        QList<Id> cases;
        for (const auto& chart : window->allCharts()) {
            for (Id id : chart->shownCases()) {
                if (!cases.contains(id))
                    cases.append(id);
            }
        }
        return cases;
    }
};

TEST_F(KnownOnWindowTest, EveryViewShowsOnlyWhatWasPublicOnTheDay)
{
    ASSERT_TRUE(knownOnCheck() && knownOnEdit());
    EXPECT_FALSE(knownOnCheck()->isChecked());
    ASSERT_GE(window->caseModel()->rowOf(zeng), 0);
    const int allCases = window->caseModel()->rowCount();

    // Typing a day turns it on.
    knownOn(QStringLiteral("2023-08-01"));
    EXPECT_TRUE(knownOnCheck()->isChecked());
    ASSERT_EQ(window->viewState()->filter().knownOn, day(2023, 8, 1));
    EXPECT_TRUE(window->windowTitle().contains(QStringLiteral("as publicly known on 1 Aug 2023")))
        << window->windowTitle().toStdString();
    // The Zeng case was announced on 11 August: in no view on the 1st.
    EXPECT_LT(window->caseModel()->rowOf(zeng), 0);
    EXPECT_LT(window->caseModel()->rowCount(), allCases);
    EXPECT_FALSE(timelineHasLaneStarting(QStringLiteral("Zeng")));
    EXPECT_TRUE(timelineHasLaneStarting(QStringLiteral("Dalian fish farm")));
    EXPECT_FALSE(graphNodeTitles().filter(QStringLiteral("Zeng")).size() > 0);
    EXPECT_FALSE(chartCases().contains(zeng)); // the timeline, the graph, the map and the statistics

    knownOn(QStringLiteral("2023-08-12"));
    ASSERT_EQ(window->viewState()->filter().knownOn, day(2023, 8, 12));
    EXPECT_GE(window->caseModel()->rowOf(zeng), 0);
    EXPECT_TRUE(timelineHasLaneStarting(QStringLiteral("Zeng")));
    EXPECT_FALSE(timelineHasLaneStarting(QStringLiteral("Hao")));
    EXPECT_FALSE(graphNodeTitles().filter(QStringLiteral("Zeng")).isEmpty());
    EXPECT_TRUE(chartCases().contains(zeng));
}

TEST_F(KnownOnWindowTest, AChartExportedFromTheWindowSaysWhichDayItShows)
{
    knownOn(QStringLiteral("2023-08-12"));
    ASSERT_TRUE(window->viewState()->filter().knownOn);
    const QString pdf = scratch.path(QStringLiteral("timeline.pdf"));
    QString subtitle;
    Status written = fail(QStringLiteral("the export dialog did not open"));
    whenShown<ExportDialog>([&](ExportDialog* dialog) {
        subtitle = dialog->options().subtitle;
        ExportOptions options = dialog->options();
        EXPECT_EQ(options.subtitle, QStringLiteral("As publicly known on 12 Aug 2023."));
        auto* format = dialog->findChild<QComboBox*>(QStringLiteral("formatComboBox"));
        if (format)
            format->setCurrentIndex(format->findData(int(ExportOptions::Format::Pdf)));
        written = dialog->exportTo(pdf);
        dialog->reject();
    });
    window->findChild<QAction*>(QStringLiteral("exportChartAction"))->trigger();
    ASSERT_OK(written);
    const QString text = pdfWords(pdf);
    // Under the title and in the caption, as the command line has it.
    EXPECT_GE(text.count(QStringLiteral("As publicly known on 12 Aug 2023")), 2) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Zeng"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("22 d"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("MSS announces the Hao case")));
    // Every source citing the Zeng case came out later, in the Global Times of 21 August and after.
    EXPECT_FALSE(text.contains(QStringLiteral("Global Times"))) << text.toStdString();
}

TEST_F(KnownOnWindowTest, ClearEscapeAndTheMenuTurnItOffAndOn)
{
    knownOn(QStringLiteral("2023-08-01"));
    ASSERT_TRUE(window->viewState()->filter().knownOn);
    // Esc in the day turns it off and keeps the day, to be turned on again.
    QTest::keyClick(knownOnEdit(), Qt::Key_Escape);
    EXPECT_FALSE(knownOnCheck()->isChecked());
    EXPECT_FALSE(window->viewState()->filter().knownOn);
    EXPECT_GE(window->caseModel()->rowOf(zeng), 0);
    EXPECT_FALSE(window->windowTitle().contains(QStringLiteral("publicly known")));
    EXPECT_EQ(knownOnEdit()->text(), QStringLiteral("2023-08-01"));
    knownOnCheck()->click();
    EXPECT_EQ(window->viewState()->filter().knownOn, day(2023, 8, 1));

    // Clear clears it with the rest of the filter.
    auto* clear = window->findChild<QToolButton*>(QStringLiteral("clearFiltersToolButton"));
    ASSERT_TRUE(clear && clear->isEnabled());
    clear->click();
    EXPECT_FALSE(window->viewState()->filter().knownOn);
    EXPECT_FALSE(knownOnCheck()->isChecked());
    EXPECT_TRUE(knownOnEdit()->text().isEmpty());

    // Edit > As Publicly Known On (Ctrl+Shift+K) puts the cursor in the day.
    QAction* menu = window->findChild<QAction*>(QStringLiteral("knownOnAction"));
    ASSERT_TRUE(menu);
    EXPECT_EQ(menu->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    menu->trigger();
    EXPECT_TRUE(knownOnEdit()->hasFocus());
    QTest::keyClicks(knownOnEdit(), QStringLiteral("2023-08-12"));
    EXPECT_EQ(window->viewState()->filter().knownOn, day(2023, 8, 12));

    // The brush on the timeline is the filter's dates: brushing keeps the day known on.
    window->viewState()->setDateRange(DayRange {day(2023, 8, 1), day(2023, 8, 31)});
    EXPECT_EQ(window->viewState()->filter().knownOn, day(2023, 8, 12));
    EXPECT_TRUE(knownOnCheck()->isChecked());
}

} // namespace

TEST_F(KnownOnWindowTest, TheDetailsShowTheCaseAsItWasKnownOnTheDay)
{
    auto* details = window->findChild<CaseDetailView*>();
    ASSERT_TRUE(details);
    window->viewState()->selectCases({zeng});
    const QString whole = details->toPlainText();
    EXPECT_TRUE(whole.contains(QStringLiteral("China unveils second CIA espionage case"))) << whole.toStdString();
    EXPECT_TRUE(whole.contains(QStringLiteral("Renewed anti-espionage efforts")));
    EXPECT_TRUE(whole.contains(QStringLiteral("recruits Zeng in Italy")));
    EXPECT_FALSE(whole.contains(QStringLiteral("As publicly known on")));

    // The day after the announcement: the announcement, and neither source (both came later) nor
    // the recruitment, which no date places before the day.
    knownOn(QStringLiteral("2023-08-12"));
    window->viewState()->selectCases({zeng});
    QString then = details->toPlainText();
    EXPECT_TRUE(then.contains(QStringLiteral("MSS announces the Zeng case"))) << then.toStdString();
    EXPECT_FALSE(then.contains(QStringLiteral("China unveils second CIA espionage case")));
    EXPECT_FALSE(then.contains(QStringLiteral("recruits Zeng in Italy")));
    // How much is left out ("1 event", "2 sources", in the plural forms of the language shown).
    EXPECT_TRUE(then.contains(QStringLiteral("As publicly known on 12 Aug 2023: 1 event"))) << then.toStdString();
    EXPECT_TRUE(then.contains(QStringLiteral(" and 2 source")));
    EXPECT_TRUE(then.contains(QStringLiteral("the status is as recorded now")));
    if (const QString folder = qEnvironmentVariable("SPYLINE_SCREENSHOT_DIR"); !folder.isEmpty())
        window->grab().save(folder + QStringLiteral("/details-known-on.png"));

    // Once the first source was out.
    knownOn(QStringLiteral("2023-08-22"));
    then = details->toPlainText();
    EXPECT_TRUE(then.contains(QStringLiteral("China unveils second CIA espionage case"))) << then.toStdString();
    EXPECT_FALSE(then.contains(QStringLiteral("Renewed anti-espionage efforts")));

    // Cleared with the rest of the filter: the whole record again.
    knownOnCheck()->setChecked(false);
    EXPECT_EQ(details->toPlainText(), whole);
}
