#include "records/CountryCatalog.h"

#include "TestSupport.h"

using namespace Spyline;

namespace {

TEST(CountryCatalog, ResolvesCodesAndNames)
{
    EXPECT_EQ(CountryCatalog::resolve(QStringLiteral("CN")), QStringLiteral("CN"));
    EXPECT_EQ(CountryCatalog::resolve(QStringLiteral("cn")), QStringLiteral("CN"));
    EXPECT_EQ(CountryCatalog::resolve(QStringLiteral("China")), QStringLiteral("CN"));
    EXPECT_EQ(CountryCatalog::resolve(QStringLiteral("United States")), QStringLiteral("US"));
    EXPECT_EQ(CountryCatalog::resolve(QStringLiteral("USA")), QStringLiteral("US"));
    EXPECT_EQ(CountryCatalog::resolve(QStringLiteral("United Kingdom")), QStringLiteral("GB"));
    EXPECT_EQ(CountryCatalog::resolve(QStringLiteral("  italy ")), QStringLiteral("IT"));
    EXPECT_EQ(CountryCatalog::resolve(QStringLiteral("JPN")), QStringLiteral("JP"));
    EXPECT_FALSE(CountryCatalog::resolve(QStringLiteral("Atlantis")).has_value());
    EXPECT_FALSE(CountryCatalog::resolve(QString()).has_value());
}

TEST(CountryCatalog, KnowsTheFormerStatesOfEspionageHistory)
{
    EXPECT_EQ(CountryCatalog::resolve(QStringLiteral("Soviet Union")), QStringLiteral("SUHH"));
    EXPECT_EQ(CountryCatalog::resolve(QStringLiteral("SU")), QStringLiteral("SUHH"));
    EXPECT_EQ(CountryCatalog::resolve(QStringLiteral("USSR")), QStringLiteral("SUHH"));
    EXPECT_EQ(CountryCatalog::resolve(QStringLiteral("East Germany")), QStringLiteral("DDDE"));
    EXPECT_EQ(CountryCatalog::resolve(QStringLiteral("West Germany")), QStringLiteral("DEDE"));
    EXPECT_EQ(CountryCatalog::resolve(QStringLiteral("Czechoslovakia")), QStringLiteral("CSHH"));
    EXPECT_EQ(CountryCatalog::resolve(QStringLiteral("CS")), QStringLiteral("CSHH"));
    EXPECT_EQ(CountryCatalog::resolve(QStringLiteral("Yugoslavia")), QStringLiteral("YUCS"));
    EXPECT_EQ(CountryCatalog::name(QStringLiteral("SUHH")), QStringLiteral("Soviet Union"));
}

TEST(CountryCatalog, EveryCodeIsUniqueAndNamed)
{
    QSet<QString> codes;
    for (const Country& country : CountryCatalog::all()) {
        EXPECT_FALSE(country.name.isEmpty()) << country.code.toStdString();
        EXPECT_FALSE(codes.contains(country.code)) << country.code.toStdString();
        codes.insert(country.code);
        EXPECT_EQ(CountryCatalog::resolve(country.code), country.code);
    }
    EXPECT_GT(codes.size(), 250);
}

TEST(CountryCatalog, SuggestsWhatCodesShortFormsAndNativeNamesMeanFirst)
{
    const auto first = [](const char* typed) { return CountryCatalog::suggest(QString::fromUtf8(typed)).value(0); };
    // "US" is the United States, not Australia or Austria, which merely contain the letters.
    EXPECT_EQ(first("US"), QStringLiteral("US"));
    EXPECT_EQ(first("us"), QStringLiteral("US"));
    EXPECT_EQ(first("USA"), QStringLiteral("US"));
    EXPECT_EQ(first("UK"), QStringLiteral("GB"));
    EXPECT_EQ(first("PRC"), QStringLiteral("CN"));
    EXPECT_EQ(first("USSR"), QStringLiteral("SUHH"));
    EXPECT_EQ(first("GDR"), QStringLiteral("DDDE"));
    EXPECT_EQ(first("FRG"), QStringLiteral("DEDE"));
    EXPECT_EQ(first("中国"), QStringLiteral("CN"));
    EXPECT_EQ(first("Россия"), QStringLiteral("RU"));
    EXPECT_EQ(first("Deutschland"), QStringLiteral("DE"));
    // Names that start with the text come before names that only contain it.
    const QStringList us = CountryCatalog::suggest(QStringLiteral("US"));
    EXPECT_LT(us.indexOf(QStringLiteral("US")), us.indexOf(QStringLiteral("AU")));
    EXPECT_TRUE(CountryCatalog::suggest(QString()).isEmpty());
    EXPECT_TRUE(CountryCatalog::suggest(QStringLiteral("Atlantis")).isEmpty());
    EXPECT_LE(CountryCatalog::suggest(QStringLiteral("a"), 5).size(), 5);
}

} // namespace
