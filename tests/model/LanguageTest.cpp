#include "records/Language.h"

#include "TestSupport.h"
#include "items/FilterDescription.h"
#include "records/PartialDate.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

using namespace Spyline;
using namespace Qt::StringLiterals;

namespace {

DayNumber day(int y, int m, int d)
{
    return static_cast<DayNumber>(QDate(y, m, d).toJulianDay());
}

QString shown(const char* edtf)
{
    const auto date = PartialDate::parse(QString::fromUtf8(edtf));
    EXPECT_TRUE(date.ok()) << edtf;
    return date.value_or(PartialDate()).displayText();
}

TEST(Language, ReadsTheCodesPeopleWrite)
{
    EXPECT_EQ(Language::fromCode(u"zh_CN"), "zh_CN"_L1);
    EXPECT_EQ(Language::fromCode(u"zh-CN"), "zh_CN"_L1);
    EXPECT_EQ(Language::fromCode(u"zh"), "zh_CN"_L1);
    EXPECT_EQ(Language::fromCode(u"zh_Hans_SG"), "zh_CN"_L1);
    EXPECT_EQ(Language::fromCode(u"en"), "en"_L1);
    EXPECT_EQ(Language::fromCode(u"en_GB"), "en"_L1);
    // Traditional Chinese and the languages Spyline does not speak are not taken for either.
    EXPECT_TRUE(Language::fromCode(u"zh_TW").isEmpty());
    EXPECT_TRUE(Language::fromCode(u"de").isEmpty());
    EXPECT_TRUE(Language::fromCode(u"C").isEmpty());
    EXPECT_TRUE(Language::fromCode(u"").isEmpty());
}

TEST(Language, RefusesALanguageItDoesNotSpeak)
{
    EXPECT_FALSE(Language::apply(u"de"_s));
    EXPECT_EQ(Language::current(), "en"_L1);
    EXPECT_EQ(QCoreApplication::translate("Spyline::MainWindow", "&File"), "&File"_L1);
}

TEST(Language, AScopeSpeaksItsLanguageThenTheOneBefore)
{
    {
        const Language::Scope chinese(u"zh_CN"_s);
        ASSERT_TRUE(chinese.applied());
        EXPECT_EQ(Language::current(), "zh_CN"_L1);
        EXPECT_EQ(QCoreApplication::translate("Spyline::MainWindow", "&File"), u"文件(&F)"_s);
        EXPECT_EQ(QCoreApplication::translate("Spyline::Enums", "convicted"), u"已定罪"_s);
        EXPECT_EQ(QLocale().language(), QLocale::Chinese);
        // Qt's own texts, as the standard dialogs show them (qt6-translations-l10n).
        EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"取消"_s);
    }
    EXPECT_EQ(Language::current(), "en"_L1);
    EXPECT_EQ(QCoreApplication::translate("Spyline::MainWindow", "&File"), "&File"_L1);
    EXPECT_EQ(QLocale().language(), QLocale::English);
}

TEST(Language, EnglishCountsInItsPluralForms)
{
    const auto cases = [](int n) {
        return QCoreApplication::translate("Spyline::StatisticsLayout", "%Ln case(s)", nullptr, n);
    };
    EXPECT_EQ(cases(1), "1 case"_L1);
    EXPECT_EQ(cases(2), "2 cases"_L1);
    EXPECT_EQ(cases(1200), "1,200 cases"_L1);
    EXPECT_EQ(cases(0), "0 cases"_L1);
    // A sentence whose verb follows the count, through the code that says it.
    CaseFilter one;
    one.caseIds = {7};
    CaseFilter two;
    two.caseIds = {7, 8};
    auto store = Fixtures::sampleStore();
    EXPECT_EQ(describeFilter(*store, one), "Cases one selected case"_L1);
    EXPECT_EQ(describeFilter(*store, two), "Cases 2 selected cases"_L1);
}

TEST(Language, ChineseCountsWithoutPluralForms)
{
    const Language::Scope chinese(u"zh_CN"_s);
    const auto cases = [](int n) {
        return QCoreApplication::translate("Spyline::StatisticsLayout", "%Ln case(s)", nullptr, n);
    };
    EXPECT_EQ(cases(1), u"1 个案件"_s);
    EXPECT_EQ(cases(1200), u"1,200 个案件"_s);
}

TEST(Language, DatesInEnglish)
{
    EXPECT_EQ(shown("2023-08-11"), "11 Aug 2023"_L1);
    EXPECT_EQ(shown("2023-08"), "Aug 2023"_L1);
    EXPECT_EQ(shown("2023"), "2023"_L1);
    EXPECT_EQ(shown("2019-21"), "spring 2019"_L1);
    EXPECT_EQ(shown("193X"), "1930s"_L1);
    EXPECT_EQ(shown("2015~"), "c. 2015"_L1);
    EXPECT_EQ(shown("../2023-08-11"), "before 11 Aug 2023"_L1);
    EXPECT_EQ(shown("2015/2017"), u"2015\u20132017"_s);
    EXPECT_EQ(monthName(8), "August"_L1);
    EXPECT_EQ(describeDayRange(day(2023, 7, 1), day(2023, 9, 30)), u"Jul\u2013Sep 2023"_s);
    EXPECT_EQ(describeDayRange(day(2023, 8, 11), day(2023, 9, 21)), u"11 Aug\u201321 Sep 2023"_s);
}

TEST(Language, DatesInChinese)
{
    const Language::Scope chinese(u"zh_CN"_s);
    EXPECT_EQ(shown("2023-08-11"), u"2023年8月11日"_s);
    EXPECT_EQ(shown("2023-08"), u"2023年8月"_s);
    EXPECT_EQ(shown("2023"), u"2023年"_s);
    EXPECT_EQ(shown("2019-21"), u"2019年春季"_s);
    EXPECT_EQ(shown("193X"), u"1930年代"_s);
    EXPECT_EQ(shown("2015~"), u"约2015年"_s);
    EXPECT_EQ(shown("../2023-08-11"), u"2023年8月11日之前"_s);
    EXPECT_EQ(shown("2015-03/.."), u"2015年3月之后"_s);
    EXPECT_EQ(shown("2015/2017"), u"2015年\u20132017年"_s);
    EXPECT_EQ(PartialDate().displayText(), u"日期不详"_s);
    EXPECT_EQ(monthName(8), u"8月"_s);
    EXPECT_EQ(describeDayRange(day(2023, 7, 1), day(2023, 9, 30)), u"2023年7月\u20139月"_s);
    EXPECT_EQ(describeDayRange(day(2023, 8, 11), day(2023, 9, 21)), u"2023年8月11日\u20139月21日"_s);
    EXPECT_EQ(describeDayRange(day(2023, 11, 1), day(2024, 2, 29)), u"2023年11月\u20132024年2月"_s);
}

// What Spyline writes in Chinese, a person may type or paste back.
TEST(Language, ChineseDatesReadBackAsTheyWereWritten)
{
    const Language::Scope chinese(u"zh_CN"_s);
    for (const char* edtf :
         {"2023-08-11", "2023-08", "2023", "2019-21", "2019-24", "193X", "2015~", "../2023-08-11", "2015-03/.."}) {
        const QString written = shown(edtf);
        const auto read = PartialDate::parse(written);
        ASSERT_TRUE(read.ok()) << written.toStdString() << ": " << read.error().toStdString();
        EXPECT_EQ(read->text(), QString::fromLatin1(edtf)) << written.toStdString();
    }
}

} // namespace
