#include "CountryCatalog.h"

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

} // namespace
