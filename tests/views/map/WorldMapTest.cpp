#include "WorldMap.h"

#include "EqualEarth.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace Spyline;

namespace {

TEST(WorldMap, HoldsNaturalEarthsCountries)
{
    const WorldMap& map = WorldMap::bundled();
    EXPECT_EQ(map.countries().size(), 177);
    for (const char* code : {"CN", "IT", "JP", "US", "GB", "RU", "DE", "XK", "TW"}) {
        const WorldMap::Country* country = map.country(QString::fromLatin1(code));
        ASSERT_TRUE(country) << code;
        EXPECT_FALSE(country->outline.isEmpty()) << code;
        // The anchor of arrows lies inside the country.
        EXPECT_TRUE(country->outline.contains(country->anchor)) << code;
    }
    EXPECT_EQ(map.countryAt(equalEarth(12.5, 42.0) * QTransform::fromScale(1, -1)), QStringLiteral("IT"));
    EXPECT_EQ(map.countryAt(equalEarth(139.7, 35.7) * QTransform::fromScale(1, -1)), QStringLiteral("JP"));
    EXPECT_EQ(map.countryAt(equalEarth(-30, 0) * QTransform::fromScale(1, -1)), QString());
}

TEST(WorldMap, CutsOutlinesThatCrossTheAntimeridianAtTheMapsEdges)
{
    const WorldMap& map = WorldMap::bundled();
    const auto at = [](double longitude, double latitude) {
        return equalEarth(longitude, latitude) * QTransform::fromScale(1, -1);
    };
    // Eastern Russia and Fiji lie on both sides of 180 degrees: each side is drawn at its own edge
    // of the map, with nothing streaking across the oceans in between.
    EXPECT_EQ(map.countryAt(at(-175, 66)), QStringLiteral("RU"));
    EXPECT_EQ(map.countryAt(at(170, 68)), QStringLiteral("RU"));
    EXPECT_EQ(map.countryAt(at(178.3, -17.9)), QStringLiteral("FJ"));
    for (double longitude : {-150.0, -90.0, -30.0, 0.0, 60.0, 100.0})
        EXPECT_EQ(map.countryAt(at(longitude, -16.3)), QString()) << longitude;
    for (double longitude : {-170.0, -120.0, -40.0, 0.0, 10.0})
        EXPECT_NE(map.countryAt(at(longitude, 70.5)), QStringLiteral("RU")) << longitude;
    const QRectF russia = map.country(u"RU")->bounds;
    EXPECT_LE(russia.width(), 2 * EqualEarthMaxX + 1e-9);
    // Antarctica goes round the pole and stays one band along the bottom.
    EXPECT_EQ(map.countryAt(at(0, -80)), QStringLiteral("AQ"));
}

TEST(WorldMap, DrawsFormerStatesOverTheirSuccessors)
{
    const WorldMap& map = WorldMap::bundled();
    const WorldMap::FormerState* soviet = map.formerState(u"SUHH");
    ASSERT_TRUE(soviet);
    EXPECT_TRUE(soviet->successors.contains(QStringLiteral("RU")));
    EXPECT_TRUE(soviet->successors.contains(QStringLiteral("UA")));
    EXPECT_EQ(soviet->successors.size(), 15);
    for (const char* code : {"DDDE", "DEDE", "CSHH", "YUCS"})
        EXPECT_TRUE(map.anchor(QString::fromLatin1(code))) << code;
    // East Germany's arrows meet east of West Germany's, both inside Germany.
    EXPECT_GT(map.anchor(u"DDDE")->x(), map.anchor(u"DEDE")->x());
    EXPECT_TRUE(map.country(u"DE")->outline.contains(*map.anchor(u"DDDE")));
}

TEST(WorldMap, FindsCitiesByTheNamesPeopleWrite)
{
    const WorldMap& map = WorldMap::bundled();
    ASSERT_TRUE(map.place(u"JP", u"Tokyo"));
    ASSERT_TRUE(map.place(u"JP", u"osaka"));
    EXPECT_EQ(map.place(u"JP", u"Osaka")->names.first(), QStringLiteral("Ōsaka"));
    EXPECT_TRUE(map.place(u"IT", u"Rome"));
    EXPECT_TRUE(map.place(u"AT", u"Wien"));
    EXPECT_TRUE(map.place(u"US", u"Washington"));
    EXPECT_FALSE(map.place(u"IT", u"Tokyo"));
    // Too small for 1:110m outlines: placed at its city.
    EXPECT_FALSE(map.country(u"SG"));
    EXPECT_TRUE(map.anchor(u"SG"));
    EXPECT_FALSE(map.anchor(u"ZZ"));
}

TEST(WorldMap, RefusesDamagedData)
{
    QFile file(QStringLiteral(":/spyline/map/world-110m.bin"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    ASSERT_TRUE(WorldMap::read(data));
    // Cut anywhere, the reader stops at the end of what is there.
    for (qsizetype length : {qsizetype(0), qsizetype(7), qsizetype(100), data.size() / 2, data.size() - 1}) {
        const auto read = WorldMap::read(data.left(length));
        EXPECT_FALSE(read) << length;
    }
    QByteArray wrong = data;
    wrong[0] = 'X';
    EXPECT_FALSE(WorldMap::read(wrong));
}

} // namespace
