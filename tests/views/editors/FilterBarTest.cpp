#include "FilterBar.h"

#include "PartialDateEdit.h"
#include "TestSupport.h"

#include <QComboBox>
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
