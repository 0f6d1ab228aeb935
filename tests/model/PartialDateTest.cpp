#include "PartialDate.h"

#include "TestSupport.h"

#include <QDate>

#include <cctype>
#include <string>

using namespace Spyline;

namespace {

DayNumber day(int y, int m, int d)
{
    return static_cast<DayNumber>(QDate(y, m, d).toJulianDay());
}

struct ValidCase
{
    const char* text;
    PartialDate::Precision precision;
    bool approximate;
    QDate earliest;
    QDate latest;
    const char* canonical;
    const char* display;
};

// Test names from the date text: "2023-08-11" -> "d2023_08_11".
template<typename Param>
std::string nameOf(const ::testing::TestParamInfo<Param>& info)
{
    std::string name = "d" + std::to_string(info.index) + "_";
    for (const char* c = info.param.text; *c; ++c)
        name += std::isalnum(static_cast<unsigned char>(*c)) ? *c : '_';
    return name;
}

class ValidPartialDate : public ::testing::TestWithParam<ValidCase>
{
};

TEST_P(ValidPartialDate, ParsesBoundsAndText)
{
    const ValidCase& c = GetParam();
    const auto parsed = PartialDate::parse(QString::fromUtf8(c.text));
    ASSERT_OK(parsed);
    EXPECT_EQ(parsed->precision(), c.precision);
    EXPECT_EQ(parsed->isApproximate(), c.approximate);
    EXPECT_EQ(parsed->earliestDay(), c.earliest.toJulianDay());
    EXPECT_EQ(parsed->latestDay(), c.latest.toJulianDay());
    EXPECT_EQ(parsed->text(), QString::fromUtf8(c.canonical));
    EXPECT_EQ(parsed->displayText(), QString::fromUtf8(c.display));
    // The canonical text parses back to the same date.
    EXPECT_EQ(*PartialDate::parse(parsed->text()), *parsed);
}

using P = PartialDate::Precision;
INSTANTIATE_TEST_SUITE_P(
    Forms, ValidPartialDate,
    ::testing::Values(
        ValidCase {"2023-08-11", P::Day, false, QDate(2023, 8, 11), QDate(2023, 8, 11), "2023-08-11", "11 Aug 2023"},
        ValidCase {"1984-01", P::Month, false, QDate(1984, 1, 1), QDate(1984, 1, 31), "1984-01", "Jan 1984"},
        ValidCase {"~2023-03", P::Month, true, QDate(2023, 3, 1), QDate(2023, 3, 31), "~2023-03", "c. Mar 2023"},
        ValidCase {"2022", P::Year, false, QDate(2022, 1, 1), QDate(2022, 12, 31), "2022", "2022"},
        ValidCase {"1930s", P::Decade, false, QDate(1930, 1, 1), QDate(1939, 12, 31), "1930s", "1930s"},
        ValidCase {" ~ 1971-07 ", P::Month, true, QDate(1971, 7, 1), QDate(1971, 7, 31), "~1971-07", "c. Jul 1971"},
        ValidCase {"2024-02", P::Month, false, QDate(2024, 2, 1), QDate(2024, 2, 29), "2024-02", "Feb 2024"},
        ValidCase {"2024-02-29", P::Day, false, QDate(2024, 2, 29), QDate(2024, 2, 29), "2024-02-29", "29 Feb 2024"},
        ValidCase {"2000-02-29", P::Day, false, QDate(2000, 2, 29), QDate(2000, 2, 29), "2000-02-29", "29 Feb 2000"}),
    nameOf<ValidCase>);

struct InvalidCase
{
    const char* text;
    const char* mentions; // the message must contain this
};

class InvalidPartialDate : public ::testing::TestWithParam<InvalidCase>
{
};

TEST_P(InvalidPartialDate, IsRejectedNamingTheValue)
{
    const InvalidCase& c = GetParam();
    const auto parsed = PartialDate::parse(QString::fromUtf8(c.text));
    ASSERT_FALSE(parsed.ok());
    EXPECT_TRUE(parsed.error().contains(QString::fromUtf8(c.mentions))) << parsed.error().toStdString();
}

INSTANTIATE_TEST_SUITE_P(Forms, InvalidPartialDate,
                         ::testing::Values(InvalidCase {"2023-02-30", "\"2023-02-30\": February 2023 has 28 days"},
                                           InvalidCase {"2023-02-29", "February 2023 has 28 days"},
                                           InvalidCase {"1900-02-29", "February 1900 has 28 days"},
                                           InvalidCase {"2023-13", "\"2023-13\": month 13 does not exist"},
                                           InvalidCase {"2023-00", "month 0 does not exist"},
                                           InvalidCase {"99999", "\"99999\" is not a date"},
                                           InvalidCase {"2023-1-5", "\"2023-1-5\" is not a date"},
                                           InvalidCase {"1935s", "a decade starts at a year ending in 0"},
                                           InvalidCase {"0000", "no year 0000"}, InvalidCase {"", "the date is empty"},
                                           InvalidCase {"~", "the date after ~ is empty"},
                                           InvalidCase {"March 2023", "\"March 2023\" is not a date"},
                                           InvalidCase {"2023-04-31", "April 2023 has 30 days"},
                                           InvalidCase {"2023-08-11x", "is not a date"}),
                         nameOf<InvalidCase>);

TEST(PartialDate, OrdersByEarliestThenLatestDay)
{
    const auto year = *PartialDate::parse(QStringLiteral("2023"));
    const auto march = *PartialDate::parse(QStringLiteral("2023-03"));
    const auto firstOfMarch = *PartialDate::parse(QStringLiteral("2023-03-01"));
    const auto approximateMarch = *PartialDate::parse(QStringLiteral("~2023-03"));
    const auto august = *PartialDate::parse(QStringLiteral("2023-08-11"));
    EXPECT_LT(firstOfMarch, march); // same start, narrower first
    EXPECT_LT(march, approximateMarch); // same span, the exact one first
    EXPECT_LT(year, march); // 2023 starts on 1 January
    EXPECT_LT(march, august);
    EXPECT_GT(august, year);
}

TEST(PartialDate, NullDateIsEmpty)
{
    const PartialDate none;
    EXPECT_TRUE(none.isNull());
    EXPECT_TRUE(none.text().isEmpty());
    EXPECT_TRUE(none.displayText().isEmpty());
}

TEST(Lag, ExactBetweenExactDays)
{
    // Burns spoke on 2023-07-20; the Zeng case was announced on 2023-08-11.
    const auto burns = *PartialDate::parse(QStringLiteral("2023-07-20"));
    const auto zeng = *PartialDate::parse(QStringLiteral("2023-08-11"));
    const Lag lag = lagBetween(burns, zeng);
    EXPECT_TRUE(lag.isExact());
    EXPECT_EQ(lag.minDays, 22);
    EXPECT_EQ(lag.text(), QStringLiteral("22 d"));
}

TEST(Lag, RangeWhenOneSideIsMonthPrecise)
{
    const auto statement = *PartialDate::parse(QStringLiteral("2023-03"));
    const auto announcement = *PartialDate::parse(QStringLiteral("2023-04-10"));
    const Lag lag = lagBetween(statement, announcement);
    EXPECT_FALSE(lag.isExact());
    EXPECT_EQ(lag.minDays, day(2023, 4, 10) - day(2023, 3, 31));
    EXPECT_EQ(lag.maxDays, day(2023, 4, 10) - day(2023, 3, 1));
    EXPECT_EQ(lag.text(), QStringLiteral("10\u201340 d"));
}

TEST(Lag, RangeWhenBothSidesAreMonthPrecise)
{
    const Lag lag =
        lagBetween(*PartialDate::parse(QStringLiteral("2023-02")), *PartialDate::parse(QStringLiteral("2024-02")));
    EXPECT_EQ(lag.minDays, day(2024, 2, 1) - day(2023, 2, 28));
    EXPECT_EQ(lag.maxDays, day(2024, 2, 29) - day(2023, 2, 1));
}

TEST(Lag, ApproximateDatesMarkTheLag)
{
    const Lag lag = lagBetween(*PartialDate::parse(QStringLiteral("~2023-07-20")),
                               *PartialDate::parse(QStringLiteral("2023-08-11")));
    EXPECT_TRUE(lag.approximate);
    EXPECT_EQ(lag.text(), QStringLiteral("c. 22 d"));
}

TEST(Lag, OfALinkIsNeverNegative)
{
    // A statement dated only to 2023, answered on 28 August 2023: the link says it came first.
    const Lag lag =
        linkLag(*PartialDate::parse(QStringLiteral("2023")), *PartialDate::parse(QStringLiteral("2023-08-28")));
    EXPECT_EQ(lag.minDays, 0);
    EXPECT_EQ(lag.maxDays, 239);
    EXPECT_EQ(lag.text(), QStringLiteral("0\u2013239 d"));
    EXPECT_LT(lagBetween(*PartialDate::parse(QStringLiteral("2023")), *PartialDate::parse(QStringLiteral("2023-08-28")))
                  .minDays,
              0);
}

TEST(Lag, LeapYearCountsItsExtraDay)
{
    EXPECT_EQ(
        lagBetween(*PartialDate::parse(QStringLiteral("2024-02-28")), *PartialDate::parse(QStringLiteral("2024-03-01")))
            .minDays,
        2);
    EXPECT_EQ(
        lagBetween(*PartialDate::parse(QStringLiteral("2023-02-28")), *PartialDate::parse(QStringLiteral("2023-03-01")))
            .minDays,
        1);
}

} // namespace
