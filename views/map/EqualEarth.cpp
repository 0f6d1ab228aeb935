#include "EqualEarth.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace Spyline {

namespace {

// Šavrič, Patterson and Jenny (2018), equations 1 and 2.
constexpr double A1 = 1.340264;
constexpr double A2 = -0.081106;
constexpr double A3 = 0.000893;
constexpr double A4 = 0.003796;
const double M = std::sqrt(3.0) / 2.0;

} // namespace

QPointF equalEarth(double longitude, double latitude)
{
    const double lambda = longitude * std::numbers::pi / 180.0;
    const double phi = std::clamp(latitude, -90.0, 90.0) * std::numbers::pi / 180.0;
    const double theta = std::asin(M * std::sin(phi));
    const double t2 = theta * theta;
    const double t6 = t2 * t2 * t2;
    const double x = 2.0 * std::sqrt(3.0) * lambda * std::cos(theta)
        / (3.0 * (9.0 * A4 * t6 * t2 + 7.0 * A3 * t6 + 3.0 * A2 * t2 + A1));
    const double y = theta * (A4 * t6 * t2 + A3 * t6 + A2 * t2 + A1);
    return {x, y};
}

} // namespace Spyline
