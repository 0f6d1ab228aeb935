#pragma once

#include <QPointF>

namespace Spyline {

// The Equal Earth projection (Šavrič, Patterson and Jenny, 2018): an equal-area world map whose
// meridians are curves and parallels straight lines. For a sphere of radius 1, longitude and
// latitude in degrees; x grows east and y grows north, so (180, 0) is (2.7066, 0) and the north
// pole (0, 1.3174).
QPointF equalEarth(double longitude, double latitude);

// The largest x and y the projection reaches: the map is 2 * MaxX wide and 2 * MaxY high.
constexpr double EqualEarthMaxX = 2.7066299836960743;
constexpr double EqualEarthMaxY = 1.3173627591574133;

} // namespace Spyline
