#include "FilterBar.h"

#include "PartialDateEdit.h"
#include "TestSupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Spyline;

namespace {

TEST(FilterBar, AnnouncesWhatIsTypedAndPicked)
{
    auto store = Fixtures::sampleStore();
    FilterBar bar;
    bar.setStore(store.get());
    QSignalSpy changed(&bar, &FilterBar::filterChanged);

    QTest::keyClicks(bar.searchEdit(), QStringLiteral("Tokyo"));
    ASSERT_TRUE(changed.wait(1000)); // after the typing pause
    EXPECT_EQ(changed.last().at(0).value<CaseFilter>().text, QStringLiteral("Tokyo"));

    auto* country = bar.findChild<QComboBox*>(QStringLiteral("countryComboBox"));
    const int china = country->findData(QStringLiteral("CN"));
    ASSERT_GT(china, 0);
    country->setCurrentIndex(china);
    EXPECT_EQ(changed.last().at(0).value<CaseFilter>().countries, QStringList {QStringLiteral("CN")});

    auto* from = bar.findChild<PartialDateEdit*>(QStringLiteral("fromDateEdit"));
    from->lineEdit()->setText(QStringLiteral("2023-08"));
    EXPECT_EQ(changed.last().at(0).value<CaseFilter>().fromDay, from->date()->earliestDay());

    auto* agency = bar.findChild<QComboBox*>(QStringLiteral("agencyComboBox"));
    EXPECT_GT(agency->findText(QStringLiteral("Central Intelligence Agency")), 0);

    bar.findChild<QToolButton*>(QStringLiteral("clearFiltersToolButton"))->click();
    EXPECT_TRUE(changed.last().at(0).value<CaseFilter>().isEmpty());
    EXPECT_TRUE(bar.searchEdit()->text().isEmpty());
}

TEST(FilterBar, ShowsTheCount)
{
    FilterBar bar;
    bar.setCounts(1, 7);
    EXPECT_EQ(bar.findChild<QLabel*>(QStringLiteral("caseCountLabel"))->text(), QStringLiteral("1 of 7 cases"));
}

} // namespace

namespace {

// A chart sets parts of the filter that no field shows: they are kept, named, and cleared.
TEST(FilterBar, KeepsAndNamesWhatAChartSet)
{
    auto store = Fixtures::sampleStore();
    FilterBar bar;
    bar.setStore(store.get());
    bar.show();
    QSignalSpy changed(&bar, &FilterBar::filterChanged);
    CaseFilter fromMap;
    fromMap.venueCountries = {QStringLiteral("IT")};
    fromMap.countries = {QStringLiteral("CN")};
    bar.setFilter(fromMap);
    EXPECT_TRUE(bar.filter() == fromMap);
    ASSERT_FALSE(changed.isEmpty());
    EXPECT_EQ(changed.last().at(0).value<CaseFilter>().venueCountries, QStringList {QStringLiteral("IT")});
    // China is a choice of the country field; Italy's venue is on the button.
    EXPECT_EQ(bar.findChild<QComboBox*>(QStringLiteral("countryComboBox"))->currentData().toString(),
              QStringLiteral("CN"));
    auto* button = bar.findChild<QToolButton*>(QStringLiteral("chartFilterToolButton"));
    ASSERT_TRUE(button);
    EXPECT_TRUE(button->isVisible());
    EXPECT_TRUE(button->text().startsWith(QStringLiteral("recruited in Italy"))) << button->text().toStdString();

    // A field changed keeps the chart's part.
    bar.findChild<QComboBox*>(QStringLiteral("statusComboBox"))->setCurrentIndex(1);
    EXPECT_EQ(bar.filter().venueCountries, QStringList {QStringLiteral("IT")});
    button->click();
    EXPECT_TRUE(bar.filter().venueCountries.isEmpty());
    EXPECT_EQ(bar.filter().countries, QStringList {QStringLiteral("CN")});
    EXPECT_FALSE(button->isVisible());

    CaseFilter fromChart;
    fromChart.caseIds = {1, 2};
    bar.setFilter(fromChart);
    EXPECT_TRUE(button->isVisible());
    bar.clear();
    EXPECT_TRUE(bar.filter().isEmpty());
    EXPECT_FALSE(button->isVisible());
}

// As publicly known on a day: a box and a day in the bar, part of the one filter.
TEST(FilterBar, KnowsOnADayTypedAndTurnsItOffWithEscOrClear)
{
    auto store = Fixtures::sampleStore();
    FilterBar bar;
    bar.setStore(store.get());
    bar.show();
    QSignalSpy changed(&bar, &FilterBar::filterChanged);
    auto* box = bar.findChild<QCheckBox*>(QStringLiteral("knownOnCheckBox"));
    auto* day = bar.findChild<PartialDateEdit*>(QStringLiteral("knownOnDateEdit"));
    ASSERT_TRUE(box && day);
    EXPECT_FALSE(box->isChecked());

    // A month is known by its last day.
    QTest::keyClicks(day->lineEdit(), QStringLiteral("2023-08"));
    EXPECT_TRUE(box->isChecked());
    ASSERT_FALSE(changed.isEmpty());
    EXPECT_EQ(changed.last().at(0).value<CaseFilter>().knownOn, DayNumber(QDate(2023, 8, 31).toJulianDay()));
    EXPECT_TRUE(box->font().bold());

    // Esc turns it off and keeps the day; ticking the box turns it on again.
    QTest::keyClick(day->lineEdit(), Qt::Key_Escape);
    EXPECT_FALSE(box->isChecked());
    EXPECT_FALSE(changed.last().at(0).value<CaseFilter>().knownOn);
    EXPECT_EQ(day->lineEdit()->text(), QStringLiteral("2023-08"));
    box->click();
    EXPECT_TRUE(changed.last().at(0).value<CaseFilter>().knownOn);

    // Set from elsewhere (settings, another view), it shows; Clear clears it with the rest.
    CaseFilter known;
    known.knownOn = DayNumber(QDate(2023, 8, 12).toJulianDay());
    known.text = QStringLiteral("MSS");
    bar.setFilter(known);
    EXPECT_TRUE(bar.filter() == known);
    EXPECT_EQ(day->date()->latestDay(), *known.knownOn);
    bar.findChild<QToolButton*>(QStringLiteral("clearFiltersToolButton"))->click();
    EXPECT_TRUE(changed.last().at(0).value<CaseFilter>().isEmpty());
    EXPECT_FALSE(box->isChecked());
    EXPECT_TRUE(day->lineEdit()->text().isEmpty());

    // Ticked with no day yet, nothing is filtered until one is typed.
    box->click();
    EXPECT_TRUE(box->isChecked());
    EXPECT_FALSE(bar.filter().knownOn);
}

} // namespace
