#include "TimeAxis.h"

#include "ChartTheme.h"
#include "TimelineFixtures.h"
#include "TimelineLayout.h"

#include <gtest/gtest.h>

using namespace Spyline;
using namespace Spyline::TimelineFixtures;

namespace {

struct Case
{
    const char* name;
    double days;
    qreal width;
    TimeUnit unit;
};

class AxisWindows : public ::testing::TestWithParam<Case>
{
};

TimeAxisGeometry axisFor(double days, qreal width, double first = day(2023, 2, 14) + 0.3)
{
    const ChartTheme theme = ChartTheme::print();
    return TimeAxis::compute({first, first + days}, QRectF(280, 0, width, 40),
                             TimelineLayout::chartFont(theme.smallFont), TimelineLayout::chartFont(theme.font));
}

void expectApart(const std::vector<AxisLabel>& labels, const QRectF& inside)
{
    for (size_t i = 0; i < labels.size(); ++i) {
        EXPECT_TRUE(inside.contains(labels[i].rect)) << labels[i].text.toStdString();
        EXPECT_FALSE(labels[i].text.isEmpty());
        for (size_t j = i + 1; j < labels.size(); ++j)
            EXPECT_FALSE(labels[i].rect.intersects(labels[j].rect))
                << labels[i].text.toStdString() << " overlaps " << labels[j].text.toStdString();
    }
}

TEST_P(AxisWindows, LabelsFitApartInsideTheAxisWithTheRightUnit)
{
    const Case& c = GetParam();
    for (double offset : {0.0, 0.37, 123.5}) {
        const TimeAxisGeometry axis = axisFor(c.days, c.width, day(2023, 2, 14) + offset);
        EXPECT_EQ(axis.unit, c.unit) << c.name;
        const QRectF widget(0, 0, 280 + c.width, 900);
        EXPECT_TRUE(widget.contains(axis.rect));
        expectApart(axis.labels, axis.rect);
        expectApart(axis.contextLabels, axis.rect);
        // Rows do not meet either: context above, ticks below.
        for (const AxisLabel& context : axis.contextLabels)
            for (const AxisLabel& tick : axis.labels)
                EXPECT_FALSE(context.rect.intersects(tick.rect));
        EXPECT_FALSE(axis.labels.empty()) << c.name;
        EXPECT_FALSE(axis.ticks.empty()) << c.name;
        for (qreal x : axis.ticks) {
            EXPECT_GE(x, axis.rect.left());
            EXPECT_LE(x, axis.rect.right());
        }
        // The larger unit stays in view as context.
        if (axis.unit != TimeUnit::Century) {
            EXPECT_FALSE(axis.contextLabels.empty()) << c.name;
        }
    }
}

INSTANTIATE_TEST_SUITE_P(
    TimeAxis, AxisWindows,
    ::testing::Values(Case {"3 days", 3, 1600, TimeUnit::Day}, Case {"2 weeks", 14, 1600, TimeUnit::Day},
                      Case {"6 months", 182, 1600, TimeUnit::Week}, Case {"2 years", 730, 1600, TimeUnit::Month},
                      Case {"8 years", 2922, 1600, TimeUnit::Quarter}, Case {"30 years", 10957, 1600, TimeUnit::Year},
                      Case {"300 years", 109575, 1600, TimeUnit::Decade},
                      Case {"3 days, narrow", 3, 300, TimeUnit::Day},
                      Case {"2 years, narrow", 730, 300, TimeUnit::Quarter},
                      Case {"300 years, narrow", 109575, 300, TimeUnit::Decade}),
    [](const ::testing::TestParamInfo<Case>& param) {
        std::string name = param.param.name;
        for (char& ch : name)
            if (!std::isalnum(static_cast<unsigned char>(ch)))
                ch = '_';
        return name;
    });

TEST(TimeAxis, UnitsGrowWithTheWindow)
{
    TimeUnit previous = TimeUnit::Day;
    int previousStep = 1;
    for (double days = 3; days < 120000; days *= 1.3) {
        const TimeAxisGeometry axis = axisFor(days, 1200);
        const bool coarser = axis.unit > previous || (axis.unit == previous && axis.step >= previousStep);
        EXPECT_TRUE(coarser) << days << " days";
        previous = axis.unit;
        previousStep = axis.step;
    }
}

TEST(TimeAxis, TheYearStandsAboveTheMonths)
{
    const TimeAxisGeometry axis = axisFor(900, 1600, day(2023, 1, 20));
    ASSERT_EQ(axis.unit, TimeUnit::Month);
    ASSERT_TRUE(axis.hasContext);
    EXPECT_EQ(axis.contextUnit, TimeUnit::Year);
    QStringList context;
    for (const AxisLabel& label : axis.contextLabels)
        context.append(label.text);
    EXPECT_TRUE(context.contains(QStringLiteral("2023"))) << context.join(u',').toStdString();
    QStringList months;
    for (const AxisLabel& label : axis.labels)
        months.append(label.text);
    EXPECT_TRUE(months.contains(QStringLiteral("March")) || months.contains(QStringLiteral("Mar")));
}

TEST(TimeAxis, DaysShowTheirMonthAsContext)
{
    const TimeAxisGeometry axis = axisFor(5, 1600, day(2023, 8, 9));
    ASSERT_EQ(axis.unit, TimeUnit::Day);
    ASSERT_EQ(axis.contextLabels.size(), 1u);
    EXPECT_EQ(axis.contextLabels.front().text, QStringLiteral("August 2023"));
    ASSERT_GE(axis.labels.size(), 5u);
    EXPECT_EQ(axis.labels[1].text, QStringLiteral("10"));
}

} // namespace
