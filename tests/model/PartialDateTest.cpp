#include "records/PartialDate.h"

#include "TestSupport.h"

#include <QDate>

#include <algorithm>
#include <cctype>
#include <string>

using namespace Spyline;

namespace {

DayNumber day(int y, int m, int d)
{
    return static_cast<DayNumber>(QDate(y, m, d).toJulianDay());
}

PartialDate date(const char* text)
{
    const auto parsed = PartialDate::parse(QString::fromUtf8(text));
    EXPECT_TRUE(parsed.ok()) << text << ": " << parsed.error().toStdString();
    return parsed.value_or(PartialDate());
}

using P = PartialDate::Precision;
using B = PartialDate::Bound;

// Test names from the date text: "2023-08-11" -> "d0_2023_08_11".
template<typename Param>
std::string nameOf(const ::testing::TestParamInfo<Param>& info)
{
    std::string name = "d" + std::to_string(info.index) + "_";
    for (const char* c = info.param.text; *c; ++c)
        name += std::isalnum(static_cast<unsigned char>(*c)) ? *c : '_';
    return name;
}

// One EDTF form: how it reads, what it stores, the days it can mean and how people see it.
struct EdtfCase
{
    const char* text;
    P precision;
    bool approximate;
    bool uncertain;
    B start;
    B end;
    QDate earliest;
    QDate latest;
    const char* canonical;
    const char* display;
};

class EdtfForm : public ::testing::TestWithParam<EdtfCase>
{
};

TEST_P(EdtfForm, ParsesBoundsTextAndDisplay)
{
    const EdtfCase& c = GetParam();
    const auto parsed = PartialDate::parseEdtf(QString::fromUtf8(c.text));
    ASSERT_OK(parsed);
    EXPECT_EQ(parsed->precision(), c.precision);
    EXPECT_EQ(parsed->isApproximate(), c.approximate);
    EXPECT_EQ(parsed->isUncertain(), c.uncertain);
    EXPECT_EQ(parsed->startBound(), c.start);
    EXPECT_EQ(parsed->endBound(), c.end);
    EXPECT_EQ(parsed->hasOpenStart(), c.start != B::Known);
    EXPECT_EQ(parsed->hasOpenEnd(), c.end != B::Known);
    EXPECT_EQ(QDate::fromJulianDay(parsed->earliestDay()), c.earliest);
    EXPECT_EQ(QDate::fromJulianDay(parsed->latestDay()), c.latest);
    EXPECT_EQ(parsed->text(), QString::fromUtf8(c.canonical));
    EXPECT_EQ(parsed->displayText(), QString::fromUtf8(c.display));
    // The canonical text is EDTF and reads back to the same date, by either reader.
    EXPECT_EQ(*PartialDate::parseEdtf(parsed->text()), *parsed);
    EXPECT_EQ(*PartialDate::parse(parsed->text()), *parsed);
    // The timeline's compact shape rebuilds the same days, open ends, qualifiers and display.
    const PartialDate rebuilt = PartialDate::fromShape(parsed->shape(), parsed->earliestDay(), parsed->latestDay());
    EXPECT_EQ(rebuilt.earliestDay(), parsed->earliestDay());
    EXPECT_EQ(rebuilt.latestDay(), parsed->latestDay());
    EXPECT_EQ(rebuilt.hasOpenStart(), parsed->hasOpenStart());
    EXPECT_EQ(rebuilt.hasOpenEnd(), parsed->hasOpenEnd());
    EXPECT_EQ(rebuilt.qualifier(), parsed->qualifier());
    EXPECT_EQ(rebuilt.displayText(), parsed->displayText());
}

// The examples of the EDTF specification (Library of Congress, 2019), levels 0 and 1, that
// Spyline keeps; the rest are refused below.
INSTANTIATE_TEST_SUITE_P(
    SpecificationExamples, EdtfForm,
    ::testing::Values(
        // Level 0: dates.
        EdtfCase {"1985-04-12", P::Day, false, false, B::Known, B::Known, QDate(1985, 4, 12), QDate(1985, 4, 12),
                  "1985-04-12", "12 Apr 1985"},
        EdtfCase {"1985-04", P::Month, false, false, B::Known, B::Known, QDate(1985, 4, 1), QDate(1985, 4, 30),
                  "1985-04", "Apr 1985"},
        EdtfCase {"1985", P::Year, false, false, B::Known, B::Known, QDate(1985, 1, 1), QDate(1985, 12, 31), "1985",
                  "1985"},
        // Level 0: intervals.
        EdtfCase {"1964/2008", P::Year, false, false, B::Known, B::Known, QDate(1964, 1, 1), QDate(2008, 12, 31),
                  "1964/2008", "1964\u20132008"},
        EdtfCase {"2004-06/2006-08", P::Month, false, false, B::Known, B::Known, QDate(2004, 6, 1), QDate(2006, 8, 31),
                  "2004-06/2006-08", "Jun 2004 \u2013 Aug 2006"},
        EdtfCase {"2004-02-01/2005-02-08", P::Day, false, false, B::Known, B::Known, QDate(2004, 2, 1),
                  QDate(2005, 2, 8), "2004-02-01/2005-02-08", "1 Feb 2004 \u2013 8 Feb 2005"},
        EdtfCase {"2004-02-01/2005-02", P::Day, false, false, B::Known, B::Known, QDate(2004, 2, 1), QDate(2005, 2, 28),
                  "2004-02-01/2005-02", "1 Feb 2004 \u2013 Feb 2005"},
        EdtfCase {"2004-02-01/2005", P::Day, false, false, B::Known, B::Known, QDate(2004, 2, 1), QDate(2005, 12, 31),
                  "2004-02-01/2005", "1 Feb 2004 \u2013 2005"},
        EdtfCase {"2005/2006-02", P::Year, false, false, B::Known, B::Known, QDate(2005, 1, 1), QDate(2006, 2, 28),
                  "2005/2006-02", "2005 \u2013 Feb 2006"},
        // Level 1: seasons (meteorological, northern hemisphere; winter runs into February).
        EdtfCase {"2001-21", P::Season, false, false, B::Known, B::Known, QDate(2001, 3, 1), QDate(2001, 5, 31),
                  "2001-21", "spring 2001"},
        EdtfCase {"2001-22", P::Season, false, false, B::Known, B::Known, QDate(2001, 6, 1), QDate(2001, 8, 31),
                  "2001-22", "summer 2001"},
        EdtfCase {"2001-23", P::Season, false, false, B::Known, B::Known, QDate(2001, 9, 1), QDate(2001, 11, 30),
                  "2001-23", "autumn 2001"},
        EdtfCase {"2001-24", P::Season, false, false, B::Known, B::Known, QDate(2001, 12, 1), QDate(2002, 2, 28),
                  "2001-24", "winter 2001"},
        // Level 1: qualification.
        EdtfCase {"1984?", P::Year, false, true, B::Known, B::Known, QDate(1984, 1, 1), QDate(1984, 12, 31), "1984?",
                  "1984?"},
        EdtfCase {"2004-06~", P::Month, true, false, B::Known, B::Known, QDate(2004, 6, 1), QDate(2004, 6, 30),
                  "2004-06~", "c. Jun 2004"},
        EdtfCase {"2004-06-11%", P::Day, true, true, B::Known, B::Known, QDate(2004, 6, 11), QDate(2004, 6, 11),
                  "2004-06-11%", "c. 11 Jun 2004?"},
        // Level 1: unspecified digits.
        EdtfCase {"201X", P::Decade, false, false, B::Known, B::Known, QDate(2010, 1, 1), QDate(2019, 12, 31), "201X",
                  "2010s"},
        EdtfCase {"20XX", P::Century, false, false, B::Known, B::Known, QDate(2000, 1, 1), QDate(2099, 12, 31), "20XX",
                  "2000\u20132099"},
        EdtfCase {"2004-XX", P::Year, false, false, B::Known, B::Known, QDate(2004, 1, 1), QDate(2004, 12, 31),
                  "2004-XX", "2004"},
        EdtfCase {"1985-04-XX", P::Month, false, false, B::Known, B::Known, QDate(1985, 4, 1), QDate(1985, 4, 30),
                  "1985-04-XX", "Apr 1985"},
        EdtfCase {"1985-XX-XX", P::Year, false, false, B::Known, B::Known, QDate(1985, 1, 1), QDate(1985, 12, 31),
                  "1985-XX-XX", "1985"},
        // Level 1: extended intervals. Open and unknown ends reach HorizonYears past the known end.
        EdtfCase {"1985-04-12/..", P::Day, false, false, B::Known, B::Open, QDate(1985, 4, 12), QDate(1995, 4, 12),
                  "1985-04-12/..", "after 12 Apr 1985"},
        EdtfCase {"1985-04-12/", P::Day, false, false, B::Known, B::Unknown, QDate(1985, 4, 12), QDate(1995, 4, 12),
                  "1985-04-12/", "12 Apr 1985 \u2013 ?"},
        EdtfCase {"../1985-04-12", P::Day, false, false, B::Open, B::Known, QDate(1975, 4, 12), QDate(1985, 4, 12),
                  "../1985-04-12", "before 12 Apr 1985"},
        EdtfCase {"/1985-04-12", P::Day, false, false, B::Unknown, B::Known, QDate(1975, 4, 12), QDate(1985, 4, 12),
                  "/1985-04-12", "? \u2013 12 Apr 1985"},
        EdtfCase {"1985-04/..", P::Month, false, false, B::Known, B::Open, QDate(1985, 4, 1), QDate(1995, 4, 30),
                  "1985-04/..", "after Apr 1985"},
        EdtfCase {"../1985-04", P::Month, false, false, B::Open, B::Known, QDate(1975, 4, 1), QDate(1985, 4, 30),
                  "../1985-04", "before Apr 1985"},
        EdtfCase {"1985/..", P::Year, false, false, B::Known, B::Open, QDate(1985, 1, 1), QDate(1995, 12, 31),
                  "1985/..", "after 1985"},
        EdtfCase {"/1985", P::Year, false, false, B::Unknown, B::Known, QDate(1975, 1, 1), QDate(1985, 12, 31), "/1985",
                  "? \u2013 1985"},
        EdtfCase {"1984~/2004-06", P::Year, true, false, B::Known, B::Known, QDate(1984, 1, 1), QDate(2004, 6, 30),
                  "1984~/2004-06", "c. 1984 \u2013 Jun 2004"},
        EdtfCase {"1984?/2004%", P::Year, true, true, B::Known, B::Known, QDate(1984, 1, 1), QDate(2004, 12, 31),
                  "1984?/2004%", "1984? \u2013 c. 2004?"},
        EdtfCase {"1984-06-02?/..", P::Day, false, true, B::Known, B::Open, QDate(1984, 6, 2), QDate(1994, 6, 2),
                  "1984-06-02?/..", "after 2 Jun 1984?"},
        // Spyline's own examples.
        EdtfCase {"../2023-08-11", P::Day, false, false, B::Open, B::Known, QDate(2013, 8, 11), QDate(2023, 8, 11),
                  "../2023-08-11", "before 11 Aug 2023"},
        EdtfCase {"2015-03/..", P::Month, false, false, B::Known, B::Open, QDate(2015, 3, 1), QDate(2025, 3, 31),
                  "2015-03/..", "after Mar 2015"},
        EdtfCase {"193X", P::Decade, false, false, B::Known, B::Known, QDate(1930, 1, 1), QDate(1939, 12, 31), "193X",
                  "1930s"},
        EdtfCase {"2024-02-29", P::Day, false, false, B::Known, B::Known, QDate(2024, 2, 29), QDate(2024, 2, 29),
                  "2024-02-29", "29 Feb 2024"}),
    nameOf<EdtfCase>);

// What people type and sheets hold, and the EDTF it is stored as.
struct FriendlyCase
{
    const char* text;
    const char* stored;
};

class FriendlyForm : public ::testing::TestWithParam<FriendlyCase>
{
};

TEST_P(FriendlyForm, IsStoredAsEdtf)
{
    const FriendlyCase& c = GetParam();
    const auto parsed = PartialDate::parse(QString::fromUtf8(c.text));
    ASSERT_OK(parsed);
    EXPECT_EQ(parsed->text(), QString::fromUtf8(c.stored));
    // What it is stored as reads back as the same date.
    if (!parsed->isNull()) {
        EXPECT_EQ(*PartialDate::parseEdtf(parsed->text()), *parsed);
    }
}

INSTANTIATE_TEST_SUITE_P(
    Forms, FriendlyForm,
    ::testing::Values(
        FriendlyCase {"~2015", "2015~"}, FriendlyCase {"~2023-03", "2023-03~"},
        FriendlyCase {" ~ 1971-07 ", "1971-07~"}, FriendlyCase {"1930s", "193X"}, FriendlyCase {"~1930s", "193X~"},
        FriendlyCase {"the 1970s", "197X"}, FriendlyCase {"1970's", "197X"}, FriendlyCase {"early 1990s", "1990/1993"},
        FriendlyCase {"mid-2020s", "2024/2026"}, FriendlyCase {"late 1980s", "1987/1989"},
        FriendlyCase {"c. 1984", "1984~"}, FriendlyCase {"c.1930", "1930~"}, FriendlyCase {"circa 1984", "1984~"},
        FriendlyCase {"ca. 1984-05", "1984-05~"}, FriendlyCase {"about 2001", "2001~"},
        FriendlyCase {"1984 (?)", "1984?"}, FriendlyCase {"1984 ?", "1984?"}, FriendlyCase {"probably 1984", "1984?"},
        FriendlyCase {"c. 1984?", "1984%"}, FriendlyCase {"before 2023-08-11", "../2023-08-11"},
        FriendlyCase {"on or before 2023-08-11", "../2023-08-11"}, FriendlyCase {"after 2015-03", "2015-03/.."},
        FriendlyCase {"since 2015", "2015/.."}, FriendlyCase {"2015-2017", "2015/2017"},
        FriendlyCase {"2015\u20132017", "2015/2017"}, FriendlyCase {"2015 to 2017", "2015/2017"},
        FriendlyCase {"from 2015 to 2017", "2015/2017"}, FriendlyCase {"between 2015 and 2017", "2015/2017"},
        FriendlyCase {"c. 2015\u20132017", "2015~/2017~"}, FriendlyCase {"2015 \u2013 ?", "2015/"},
        FriendlyCase {"15 Jan 1984", "1984-01-15"}, FriendlyCase {"January 15, 1984", "1984-01-15"},
        FriendlyCase {"Jan 1984", "1984-01"}, FriendlyCase {"Sept. 2001", "2001-09"},
        FriendlyCase {"spring 2019", "2019-21"}, FriendlyCase {"fall of 2019", "2019-23"},
        FriendlyCase {"1984年1月15日", "1984-01-15"}, FriendlyCase {"1984年1月", "1984-01"},
        FriendlyCase {"约1984年", "1984~"}, FriendlyCase {"1930年代", "193X"},
        FriendlyCase {"2023-08-11之前", "../2023-08-11"}, FriendlyCase {"1984/01/15", "1984-01-15"},
        FriendlyCase {"1984.0", "1984"}, FriendlyCase {"unknown", ""}, FriendlyCase {"Date unknown", ""},
        FriendlyCase {"n.d.", ""}, FriendlyCase {"?", ""},
        // What displayText() writes reads back as the same date.
        FriendlyCase {"before 11 Aug 2023", "../2023-08-11"}, FriendlyCase {"after Mar 2015", "2015-03/.."},
        FriendlyCase {"c. Mar 2023", "2023-03~"}, FriendlyCase {"Jun 2004 \u2013 Aug 2006", "2004-06/2006-08"},
        FriendlyCase {"? \u2013 12 Apr 1985", "/1985-04-12"}),
    nameOf<FriendlyCase>);

TEST(PartialDate, DisplayTextReadsBackAsTheSameDate)
{
    for (const char* text : {"1985-04-12", "1985-04", "2004-06~", "1984?", "2004-06-11%", "193X", "2001-21",
                             "../2023-08-11", "2015-03/..", "2015/2017", "2004-06/2006-08", "/1985", "1985/"}) {
        const PartialDate original = date(text);
        const auto again = PartialDate::parse(original.displayText());
        ASSERT_OK(again) << text;
        EXPECT_EQ(again->earliestDay(), original.earliestDay()) << text;
        EXPECT_EQ(again->latestDay(), original.latestDay()) << text;
        EXPECT_EQ(again->displayText(), original.displayText()) << text;
    }
}

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
    ASSERT_FALSE(parsed.ok()) << parsed->text().toStdString();
    EXPECT_TRUE(parsed.error().contains(QString::fromUtf8(c.mentions))) << parsed.error().toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Forms, InvalidPartialDate,
    ::testing::Values(
        InvalidCase {"2023-02-30", "\"2023-02-30\": February 2023 has 28 days"},
        InvalidCase {"2023-02-29", "February 2023 has 28 days"},
        InvalidCase {"1900-02-29", "February 1900 has 28 days"},
        InvalidCase {"2023-13", "\"2023-13\": month 13 does not exist"},
        InvalidCase {"2023-00", "month 0 does not exist"}, InvalidCase {"2023-25", "month 25 does not exist"},
        InvalidCase {"99999", "\"99999\": Spyline keeps the years 0001 to 9999"},
        InvalidCase {"Y170000002", "Spyline keeps the years 0001 to 9999"},
        InvalidCase {"-1985", "Spyline keeps the years 0001 to 9999"},
        InvalidCase {"1985-04-12T23:20:30", "leave out the time of day"},
        InvalidCase {"2023-1-5", "\"2023-1-5\" is not a date"},
        InvalidCase {"1935s", "a decade starts at a year ending in 0"}, InvalidCase {"0000", "no year 0000"},
        InvalidCase {"", "the date is empty"}, InvalidCase {"~", "the date after ~ is empty"},
        InvalidCase {"Marchy 2023", "\"Marchy 2023\" is not a date"},
        InvalidCase {"2023-04-31", "April 2023 has 30 days"},
        InvalidCase {"31 April 2023", "\"31 April 2023\": April 2023 has 30 days"},
        InvalidCase {"2023-08-11x", "is not a date"}, InvalidCase {"2017/2015", "the range ends before it starts"},
        InvalidCase {"../..", "a range needs at least one known end"},
        InvalidCase {"/", "a range needs at least one known end"},
        InvalidCase {"1985-XX-15", "a day is known only within a known month"},
        InvalidCase {"1XXX", "only the last one or two digits of a year may be unspecified"},
        InvalidCase {"201X-05", "a year with unspecified digits takes no month"},
        InvalidCase {"2001-21-05", "a season takes no day"}, InvalidCase {"before 2015/2017", "take one date"}),
    nameOf<InvalidCase>);

TEST(PartialDate, OrdersByEarliestThenLatestDay)
{
    // A shuffled list sorts to earliest day first, then latest day, then the more certain one.
    QList<PartialDate> dates = {date("2023-08-11"), date("2023-03~"), date("2023"),
                                date("2023-03-01"), date("2023-03"),  date("2023/.."),
                                date("../2023-03"), date("2023-03?"), date("2022/2023-03")};
    std::sort(dates.begin(), dates.end());
    QStringList order;
    for (const PartialDate& d : dates)
        order.append(d.text());
    EXPECT_EQ(order,
              (QStringList {"../2023-03"_s, "2022/2023-03"_s, "2023"_s, "2023/.."_s, "2023-03-01"_s, "2023-03"_s,
                            "2023-03~"_s, "2023-03?"_s, "2023-08-11"_s}));
    EXPECT_LT(date("2023-03-01"), date("2023-03")); // same start, narrower first
    EXPECT_LT(date("2023-03"), date("2023-03~")); // same span, the exact one first
}

TEST(PartialDate, NullDateIsUnknown)
{
    const PartialDate none;
    EXPECT_TRUE(none.isNull());
    EXPECT_TRUE(none.text().isEmpty());
    EXPECT_EQ(none.displayText(), QStringLiteral("date unknown"));
    EXPECT_TRUE(PartialDate::parse(QStringLiteral("unknown"))->isNull());
}

TEST(PartialDate, IntervalsOfDatesAndOpenEnds)
{
    const auto range = PartialDate::interval(date("2015"), date("2017"));
    ASSERT_OK(range);
    EXPECT_EQ(range->text(), QStringLiteral("2015/2017"));
    EXPECT_EQ(range->start(), date("2015"));
    EXPECT_EQ(range->end(), date("2017"));
    const auto before = PartialDate::interval(PartialDate(), date("2023-08-11"), true);
    ASSERT_OK(before);
    EXPECT_EQ(before->text(), QStringLiteral("../2023-08-11"));
    EXPECT_TRUE(before->start().isNull());
    EXPECT_FALSE(PartialDate::interval(date("2017"), date("2015")).ok());
    EXPECT_FALSE(PartialDate::interval(PartialDate(), PartialDate()).ok());
    EXPECT_FALSE(PartialDate::interval(*range, date("2018")).ok());
    EXPECT_EQ(range->qualified(PartialDate::Qualifier::Approximate).text(), QStringLiteral("2015~/2017~"));
}

TEST(PartialDate, HorizonStaysWithinTheYearsSpylineKeeps)
{
    EXPECT_EQ(QDate::fromJulianDay(date("9995/..").latestDay()), QDate(9999, 12, 31));
    EXPECT_EQ(QDate::fromJulianDay(date("../0005").earliestDay()), QDate(1, 1, 1));
    EXPECT_EQ(QDate::fromJulianDay(date("000X").earliestDay()), QDate(1, 1, 1));
    EXPECT_EQ(QDate::fromJulianDay(date("9999-24").latestDay()), QDate(9999, 12, 31));
}

TEST(Lag, ExactBetweenExactDays)
{
    // Burns spoke on 2023-07-20; the Zeng case was announced on 2023-08-11.
    const Lag lag = lagBetween(date("2023-07-20"), date("2023-08-11"));
    EXPECT_TRUE(lag.isExact());
    EXPECT_EQ(lag.minDays, 22);
    EXPECT_EQ(lag.text(), QStringLiteral("22 d"));
}

TEST(Lag, RangeWhenOneSideIsMonthPrecise)
{
    const Lag lag = lagBetween(date("2023-03"), date("2023-04-10"));
    EXPECT_FALSE(lag.isExact());
    EXPECT_EQ(lag.minDays, day(2023, 4, 10) - day(2023, 3, 31));
    EXPECT_EQ(lag.maxDays, day(2023, 4, 10) - day(2023, 3, 1));
    EXPECT_EQ(lag.text(), QStringLiteral("10\u201340 d"));
}

TEST(Lag, RangeWhenBothSidesAreMonthPrecise)
{
    const Lag lag = lagBetween(date("2023-02"), date("2024-02"));
    EXPECT_EQ(lag.minDays, day(2024, 2, 1) - day(2023, 2, 28));
    EXPECT_EQ(lag.maxDays, day(2024, 2, 29) - day(2023, 2, 1));
}

TEST(Lag, QualifiedDatesMarkTheLag)
{
    EXPECT_EQ(lagBetween(date("~2023-07-20"), date("2023-08-11")).text(), QStringLiteral("c. 22 d"));
    EXPECT_EQ(lagBetween(date("2023-07-20?"), date("2023-08-11")).text(), QStringLiteral("22 d?"));
    EXPECT_EQ(lagBetween(date("2023-07-20%"), date("2023-08-11")).text(), QStringLiteral("c. 22 d?"));
}

TEST(Lag, OfALinkIsNeverNegative)
{
    // A statement dated only to 2023, answered on 28 August 2023: the link says it came first.
    const Lag lag = linkLag(date("2023"), date("2023-08-28"));
    EXPECT_EQ(lag.minDays, 0);
    EXPECT_EQ(lag.maxDays, 239);
    EXPECT_EQ(lag.text(), QStringLiteral("0\u2013239 d"));
    EXPECT_LT(lagBetween(date("2023"), date("2023-08-28")).minDays, 0);
}

TEST(Lag, OpenEndsAreBoundsNotNumbers)
{
    // A statement made on or after 20 July, answered on 11 August: at most 22 days, never the horizon.
    const Lag atMost = linkLag(date("2023-07-20/.."), date("2023-08-11"));
    EXPECT_FALSE(atMost.hasMin);
    EXPECT_TRUE(atMost.hasMax);
    EXPECT_EQ(atMost.text(), QStringLiteral("\u2264 22 d"));
    // A statement on or before 20 July: at least 22 days.
    const Lag atLeast = linkLag(date("../2023-07-20"), date("2023-08-11"));
    EXPECT_EQ(atLeast.text(), QStringLiteral("\u2265 22 d"));
    // An announcement on or after 11 August: at least 22 days too.
    EXPECT_EQ(linkLag(date("2023-07-20"), date("2023-08-11/..")).text(), QStringLiteral("\u2265 22 d"));
    // Open on both sides that matter: nothing is known.
    EXPECT_EQ(linkLag(date("2023-07-20/.."), date("2023-08-11/..")).text(), QStringLiteral("?"));
    // A closed range keeps both of its bounds.
    EXPECT_EQ(linkLag(date("2023-07-01/2023-07-20"), date("2023-08-11")).text(), QStringLiteral("22\u201341 d"));
}

TEST(Lag, UnknownWhenADateIsUnknown)
{
    const Lag lag = linkLag(PartialDate(), date("2023-08-11"));
    EXPECT_TRUE(lag.isUnknown());
    EXPECT_EQ(lag.text(), QStringLiteral("?"));
    EXPECT_EQ(lagBetween(date("2023-07-20"), PartialDate()).text(), QStringLiteral("?"));
}

TEST(Lag, LeapYearCountsItsExtraDay)
{
    EXPECT_EQ(lagBetween(date("2024-02-28"), date("2024-03-01")).minDays, 2);
    EXPECT_EQ(lagBetween(date("2023-02-28"), date("2023-03-01")).minDays, 1);
}

} // namespace
