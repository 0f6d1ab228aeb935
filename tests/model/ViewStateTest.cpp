#include "records/ViewState.h"

#include "TestSupport.h"

#include <QDate>
#include <QSignalSpy>

using namespace Spyline;

namespace {

TEST(ViewState, AnnouncesOnlyRealChanges)
{
    ViewState state;
    QSignalSpy selection(&state, &ViewState::selectionChanged);
    state.selectCases({3});
    state.selectCases({3});
    EXPECT_EQ(selection.count(), 1);
    EXPECT_EQ(state.currentCase(), 3);
    EXPECT_EQ(state.current(), (RecordRef {RecordRef::Kind::Case, 3}));
    state.clearSelection();
    state.clearSelection();
    EXPECT_EQ(selection.count(), 2);
    EXPECT_EQ(state.currentCase(), 0);
}

TEST(ViewState, PickingAnEventSelectsItsCase)
{
    ViewState state;
    state.pick(RecordRef {RecordRef::Kind::Event, 11}, 4);
    EXPECT_EQ(state.selectedCases(), QList<Id> {4});
    EXPECT_EQ(state.current().kind, RecordRef::Kind::Event);
    // The table following the selection does not undo the pick.
    QSignalSpy selection(&state, &ViewState::selectionChanged);
    state.selectCases({4});
    EXPECT_EQ(selection.count(), 0);
    EXPECT_EQ(state.current().id, 11);
}

TEST(ViewState, TheBrushedRangeIsTheFiltersDates)
{
    ViewState state;
    QSignalSpy range(&state, &ViewState::dateRangeChanged);
    QSignalSpy filterChanges(&state, &ViewState::filterChanged);
    CaseFilter filter;
    filter.text = QStringLiteral("Tokyo");
    filter.fromDay = 100;
    state.setFilter(filter);
    EXPECT_EQ(range.count(), 1);
    // Brushing replaces the dates, as typing them into the from and to fields would.
    state.setDateRange(DayRange {300, 50}); // dragged right to left
    EXPECT_EQ(state.dateRange(), (DayRange {50, 300}));
    EXPECT_EQ(state.filter().fromDay, 50);
    EXPECT_EQ(state.filter().toDay, 300);
    EXPECT_EQ(state.filter().text, QStringLiteral("Tokyo"));
    EXPECT_EQ(state.effectiveFilter(), state.filter());
    EXPECT_EQ(range.count(), 2);
    EXPECT_EQ(filterChanges.count(), 2);
    state.setDateRange(DayRange {50, 300});
    EXPECT_EQ(range.count(), 2);
    // A filter without dates: no range.
    state.clearDateRange();
    EXPECT_FALSE(state.dateRange().has_value());
    EXPECT_FALSE(state.filter().fromDay.has_value());
    EXPECT_EQ(state.filter().text, QStringLiteral("Tokyo"));
    EXPECT_EQ(range.count(), 3);
    // Changing only the words leaves the range alone.
    filter = state.filter();
    filter.text = QStringLiteral("Italy");
    state.setFilter(filter);
    EXPECT_EQ(range.count(), 3);
    // One open end: the range reaches the calendar's edge.
    const DayNumber announced = DayNumber(QDate(2023, 8, 11).toJulianDay());
    filter.toDay = announced;
    state.setFilter(filter);
    ASSERT_TRUE(state.dateRange().has_value());
    EXPECT_EQ(state.dateRange()->last, announced);
    EXPECT_LE(state.dateRange()->first, DayNumber(QDate(1, 1, 1).toJulianDay()));
}

} // namespace
