// The window as a person uses it with real data: filters that agree, a case table that reads at a
// glance, Delete and Edit on what has the keyboard, the keyboard back after a dialog, a toolbar
// that stays put, and each collection's timeline where it was left.
#include "MainWindow.h"
#include "WindowTestSupport.h"

#include "DialogWatch.h"
#include "GraphView.h"
#include "PartialDateEdit.h"
#include "TestSupport.h"
#include "TimelineView.h"
#include "items/CaseTableModel.h"
#include "records/ViewState.h"
#include "store/CaseRepository.h"
#include "store/CollectionFile.h"
#include "store/EventRepository.h"
#include "store/Store.h"
#include "transfer/SyntheticCollection.h"

#include <QAction>
#include <QApplication>
#include <QDate>
#include <QDialog>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace Spyline;
using Spyline::Fixtures::ScratchFolder;
using Spyline::Fixtures::whenShown;

namespace {

class WindowBrowsingTest : public Testing::WindowTest
{
protected:
    void SetUp() override
    {
        WindowTest::SetUp();
        openWindow(true, {1400, 860});
    }
    void open()
    {
        reopenWindow({1400, 860});
    }
    // The id, the title, the date and the status fit the case list as it is.
    bool columnsInSight()
    {
        const QHeaderView* header = table()->horizontalHeader();
        for (int column : {int(CaseTableModel::IdColumn), int(CaseTableModel::TitleColumn),
                           int(CaseTableModel::DateColumn), int(CaseTableModel::StatusColumn)}) {
            if (header->sectionViewportPosition(column) + header->sectionSize(column)
                > table()->viewport()->width() + 2)
                return false;
        }
        return true;
    }
    QTableView* table()
    {
        return window->findChild<QTableView*>(QStringLiteral("caseTableView"));
    }
    TimelineView* timeline()
    {
        return window->findChild<TimelineView*>(QStringLiteral("timelineView"));
    }
    int rowStartingWith(const char* prefix)
    {
        CaseTableModel* model = window->caseModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, CaseTableModel::TitleColumn).data().toString().startsWith(QString::fromUtf8(prefix)))
                return row;
        }
        return -1;
    }
    void clickRow(int row)
    {
        const QRect rect = table()->visualRect(window->caseModel()->index(row, CaseTableModel::TitleColumn));
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, rect.center());
    }
    Id eventTitled(const char* prefix)
    {
        for (Id caseId : {window->viewState()->currentCase()}) {
            for (const Event& event : EventRepository(*window->store()).eventsOfCase(caseId).value_or({})) {
                if (event.title.startsWith(QString::fromUtf8(prefix)))
                    return event.id;
            }
        }
        return 0;
    }
};

TEST_F(WindowBrowsingTest, BrushingFillsTheDateFieldsAndClearClearsIt)
{
    auto* from = window->findChild<PartialDateEdit*>(QStringLiteral("fromDateEdit"));
    auto* to = window->findChild<PartialDateEdit*>(QStringLiteral("toDateEdit"));
    auto* clear = window->findChild<QToolButton*>(QStringLiteral("clearFiltersToolButton"));
    ASSERT_TRUE(from && to && clear);
    EXPECT_FALSE(clear->isEnabled());
    const DayNumber first = DayNumber(QDate(2023, 8, 1).toJulianDay());
    const DayNumber last = DayNumber(QDate(2023, 8, 31).toJulianDay());
    // What a Shift-drag over August does.
    window->viewState()->setDateRange(DayRange {first, last});
    EXPECT_EQ(from->date()->earliestDay(), first);
    EXPECT_EQ(to->date()->latestDay(), last);
    EXPECT_TRUE(clear->isEnabled());
    // Zeng and Hao, and the Wuhan cyberattack, known only as c. 2023: it can fall in August.
    EXPECT_EQ(window->caseModel()->rowCount(), 3);
    QTest::mouseClick(clear, Qt::LeftButton);
    EXPECT_FALSE(window->viewState()->dateRange().has_value());
    EXPECT_TRUE(from->text().isEmpty());
    EXPECT_EQ(window->caseModel()->rowCount(), 7);
    // Typed dates are the same state: the timeline shows them as its range.
    from->lineEdit()->setText(QStringLiteral("2023-09"));
    ASSERT_TRUE(window->viewState()->dateRange().has_value());
    EXPECT_EQ(window->viewState()->dateRange()->first, DayNumber(QDate(2023, 9, 1).toJulianDay()));
    EXPECT_EQ(from->text(), QStringLiteral("2023-09")); // kept as typed
}

TEST_F(WindowBrowsingTest, TheCaseTableOpensReadableWithTheId)
{
    QHeaderView* header = table()->horizontalHeader();
    EXPECT_EQ(header->logicalIndex(0), int(CaseTableModel::IdColumn));
    const int zeng = rowStartingWith("Zeng");
    ASSERT_GE(zeng, 0);
    const Id id = window->caseModel()->caseIdAt(zeng);
    EXPECT_EQ(window->caseModel()->index(zeng, CaseTableModel::IdColumn).data().toLongLong(), id);
    // Dates and statuses fit their columns.
    const QFontMetrics metrics = table()->fontMetrics();
    for (int row = 0; row < window->caseModel()->rowCount(); ++row) {
        for (int column : {int(CaseTableModel::DateColumn), int(CaseTableModel::StatusColumn)}) {
            const QString text = window->caseModel()->index(row, column).data().toString();
            EXPECT_LE(metrics.horizontalAdvance(text), header->sectionSize(column)) << text.toStdString();
        }
    }
    // The title column is cut in the middle, where titles that start alike differ least.
    EXPECT_EQ(table()->textElideMode(), Qt::ElideMiddle);
    EXPECT_LT(header->sectionSize(CaseTableModel::TitleColumn), 400);
    EXPECT_TRUE(window->caseModel()
                    ->index(zeng, CaseTableModel::TitleColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Zeng: military")));
    // The id, the title, the date and the status are in sight once the window has laid itself out.
    EXPECT_TRUE(QTest::qWaitFor([this] { return columnsInSight(); }));
    if (const QString folder = qEnvironmentVariable("SPYLINE_SCREENSHOT_DIR"); !folder.isEmpty())
        window->grab().save(folder + QStringLiteral("/window-sample.png"));
}

TEST_F(WindowBrowsingTest, ARealSizedCollectionOpensFittedWithItsColumnsInSight)
{
    // About as many cases as a teacher's sheet holds, over fifty years.
    const QString large = scratch.path(QStringLiteral("teaching.spyline"));
    ASSERT_OK(createCollectionFile(large, false));
    {
        Store store;
        ASSERT_OK(store.open(large));
        SyntheticOptions options;
        options.cases = 110;
        ASSERT_OK(generateSyntheticCollection(store, options));
    }
    QString error;
    ASSERT_TRUE(window->openCollection(large, &error)) << error.toStdString();
    ASSERT_EQ(window->caseModel()->rowCount(), 110);
    QTRY_VERIFY_WITH_TIMEOUT(timeline()->data() && timeline()->lanes(), 10000);
    // The timeline opens on the whole collection, not on its last years.
    EXPECT_LE(timeline()->window().first, timeline()->data()->firstDay());
    EXPECT_GE(timeline()->window().last, timeline()->data()->lastDay());
    EXPECT_TRUE(columnsInSight());
    if (const QString folder = qEnvironmentVariable("SPYLINE_SCREENSHOT_DIR"); !folder.isEmpty())
        window->grab().save(folder + QStringLiteral("/window-110-cases.png"));
}

TEST_F(WindowBrowsingTest, DeleteInTheCaseListActsOnItsRowNotOnAnEarlierPick)
{
    const int zeng = rowStartingWith("Zeng");
    clickRow(zeng);
    // An event of the Zeng case picked in the timeline ...
    const Id announcement = eventTitled("MSS announces the Zeng case");
    ASSERT_NE(announcement, 0);
    window->viewState()->pick({RecordRef::Kind::Event, announcement}, window->caseModel()->caseIdAt(zeng));
    // ... then the case's row clicked again in the list, which already had it selected.
    clickRow(zeng);
    ASSERT_TRUE(table()->hasFocus());
    QString asked;
    whenShown<QMessageBox>([&](QMessageBox* box) {
        asked = box->text();
        box->reject();
    });
    QTest::keyClick(table(), Qt::Key_Delete);
    EXPECT_TRUE(asked.startsWith(QStringLiteral("Delete the case \"Zeng:"))) << asked.toStdString();
    EXPECT_EQ(*CaseRepository(*window->store()).count(), 7);
}

TEST_F(WindowBrowsingTest, TheKeyboardIsBackAfterADialogAndCtrlZWorks)
{
    clickRow(rowStartingWith("Hao"));
    ASSERT_TRUE(table()->hasFocus());
    whenShown<QMessageBox>([](QMessageBox* box) {
        for (QAbstractButton* button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                button->click();
        }
    });
    action("deleteAction")->trigger();
    ASSERT_EQ(*CaseRepository(*window->store()).count(), 6);
    // No click into the window: the keyboard goes back to the list, and Ctrl+Z goes there.
    EXPECT_TRUE(QTest::qWaitFor([&] { return QApplication::activeWindow() == window.get(); }));
    EXPECT_EQ(QApplication::focusWidget(), table());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(*CaseRepository(*window->store()).count(), 7);
}

TEST_F(WindowBrowsingTest, UndoAndRedoButtonsStayShortWithTheWholeDescriptionInTheirTooltip)
{
    auto* tools = window->findChild<QToolBar*>(QStringLiteral("mainToolBar"));
    auto* undo = qobject_cast<QToolButton*>(tools->widgetForAction(action("undoAction")));
    ASSERT_TRUE(undo);
    const int width = undo->sizeHint().width();
    clickRow(rowStartingWith("Cyberattack on the Wuhan"));
    whenShown<QMessageBox>([](QMessageBox* box) {
        for (QAbstractButton* button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                button->click();
        }
    });
    action("deleteAction")->trigger();
    EXPECT_EQ(undo->text(), QStringLiteral("Undo"));
    EXPECT_LE(undo->sizeHint().width(), width + 2);
    EXPECT_TRUE(undo->toolTip().contains(QStringLiteral("Wuhan Earthquake Monitoring Center")))
        << undo->toolTip().toStdString();
}

TEST_F(WindowBrowsingTest, EachCollectionReopensWhereItsTimelineWasLeft)
{
    const TimeWindow left {double(QDate(2023, 8, 1).toJulianDay()), double(QDate(2023, 9, 20).toJulianDay())};
    timeline()->setWindow(left);
    window->close();
    open();
    EXPECT_NEAR(timeline()->window().first, left.first, 1e-6);
    EXPECT_NEAR(timeline()->window().last, left.last, 1e-6);
    // Another collection opens on all it holds.
    const QString other = scratch.path(QStringLiteral("other.spyline"));
    ASSERT_OK(createCollectionFile(other, true));
    ASSERT_TRUE(window->openCollection(other));
    EXPECT_LT(timeline()->window().first, QDate(2021, 12, 31).toJulianDay());
    ASSERT_TRUE(window->openCollection(path));
    EXPECT_NEAR(timeline()->window().first, left.first, 1e-6);
}

TEST_F(WindowBrowsingTest, TheGraphShowsItsNodeInTheTimeline)
{
    auto* tabs = window->findChild<QTabWidget*>(QStringLiteral("centralTabWidget"));
    auto* graph = window->findChild<GraphView*>();
    ASSERT_TRUE(tabs && graph);
    QSignalSpy ready(graph, &GraphView::graphReady);
    tabs->setCurrentWidget(graph);
    ASSERT_TRUE(ready.wait(20000));
    int zeng = -1;
    for (int node = 0; node < graph->graph().nodes.size(); ++node) {
        if (graph->graph().nodes.at(node).title == QStringLiteral("MSS announces the Zeng case"))
            zeng = node;
    }
    ASSERT_GE(zeng, 0);
    QMenu menu;
    graph->fillContextMenu(menu, zeng);
    QAction* show = menu.findChild<QAction*>(QStringLiteral("showInTimelineAction"));
    ASSERT_TRUE(show);
    show->trigger();
    EXPECT_EQ(tabs->currentWidget()->findChild<TimelineView*>(), timeline());
    const double zengDay = QDate(2023, 8, 11).toJulianDay();
    EXPECT_LT(timeline()->window().first, zengDay);
    EXPECT_GT(timeline()->window().last, zengDay);
    EXPECT_LT(timeline()->window().span(), 120);
}

} // namespace
