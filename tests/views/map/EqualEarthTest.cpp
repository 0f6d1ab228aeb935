#include "EqualEarth.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

using namespace Spyline;

namespace {

// Known points from the paper's closed forms (Šavrič, Patterson and Jenny 2018): on the equator
// theta = 0, so x = 2 sqrt(3) lambda / (3 A1); at the pole theta = pi / 3. The map is about 2.7066
// by 1.3174 for a unit sphere (d3-geo-projection's geoEqualEarth, scale 177.158 about (480, 250),
// puts the north pole at y = 16.626).
TEST(EqualEarth, ReachesTheKnownExtent)
{
    const double pi = std::numbers::pi;
    EXPECT_NEAR(equalEarth(0, 0).x(), 0, 1e-12);
    EXPECT_NEAR(equalEarth(0, 0).y(), 0, 1e-12);
    EXPECT_NEAR(equalEarth(180, 0).x(), 2 * std::sqrt(3.0) * pi / (3 * 1.340264), 1e-12);
    EXPECT_NEAR(equalEarth(90, 0).x(), std::sqrt(3.0) * pi / (3 * 1.340264), 1e-12);
    const double theta = pi / 3;
    EXPECT_NEAR(equalEarth(0, 90).y(),
                0.003796 * std::pow(theta, 9) + 0.000893 * std::pow(theta, 7) - 0.081106 * std::pow(theta, 3)
                    + 1.340264 * theta,
                1e-12);
    EXPECT_NEAR(equalEarth(180, 0).x(), EqualEarthMaxX, 1e-9);
    EXPECT_NEAR(equalEarth(0, 90).y(), EqualEarthMaxY, 1e-9);
    EXPECT_NEAR(250 - 177.158 * equalEarth(0, 90).y(), 16.626, 0.01);
    // The poles are lines, not points: Equal Earth is a pseudocylindrical projection.
    EXPECT_GT(equalEarth(180, 90).x(), 1.0);
}

TEST(EqualEarth, IsSymmetric)
{
    for (double lon : {-170.0, -45.0, 12.5, 139.75}) {
        for (double lat : {-60.0, -5.0, 35.7, 80.0}) {
            EXPECT_NEAR(equalEarth(lon, lat).x(), -equalEarth(-lon, lat).x(), 1e-12);
            EXPECT_NEAR(equalEarth(lon, lat).y(), -equalEarth(lon, -lat).y(), 1e-12);
            EXPECT_NEAR(equalEarth(lon, lat).y(), equalEarth(-lon, lat).y(), 1e-12);
        }
    }
}

// Equal area: a cell of a degree by a degree covers the same map area as on the sphere, where it
// is (pi / 180) * (sin(lat + 1) - sin(lat)). Near the pole and at the equator alike.
TEST(EqualEarth, PreservesArea)
{
    const double degree = std::numbers::pi / 180;
    for (double lat : {0.0, 20.0, 45.0, 70.0, 88.0}) {
        const QPointF a = equalEarth(10, lat);
        const QPointF b = equalEarth(11, lat);
        const QPointF c = equalEarth(11, lat + 1);
        const QPointF d = equalEarth(10, lat + 1);
        const double mapArea = 0.5
            * std::abs((a.x() * b.y() - b.x() * a.y()) + (b.x() * c.y() - c.x() * b.y())
                       + (c.x() * d.y() - d.x() * c.y()) + (d.x() * a.y() - a.x() * d.y()));
        const double sphereArea = degree * (std::sin((lat + 1) * degree) - std::sin(lat * degree));
        EXPECT_NEAR(mapArea / sphereArea, 1.0, 0.002) << lat;
    }
}

} // namespace
