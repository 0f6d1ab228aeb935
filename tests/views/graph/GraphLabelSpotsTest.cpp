#include "GraphLabelSpots.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace Spyline;

namespace {

TEST(GraphLabelSpots, AroundANodeUnderItFirstThenAboveThenBeside)
{
    const QRectF shape(100, 100, 20, 20);
    const QList<QRectF> spots = GraphLabelSpots::aroundNode(shape, {40, 10}, 2);
    ASSERT_EQ(spots.size(), 8);
    EXPECT_EQ(spots.at(0), QRectF(90, 122, 40, 10)); // centred under, 2 apart
    EXPECT_EQ(spots.at(1), QRectF(90, 88, 40, 10)); // centred above
    EXPECT_EQ(spots.at(2), QRectF(122, 105, 40, 10)); // right, centred on the shape
    EXPECT_EQ(spots.at(3), QRectF(58, 105, 40, 10)); // left
    for (const QRectF& spot : spots)
        EXPECT_FALSE(spot.intersects(shape)) << spot.x() << ',' << spot.y();
}

TEST(GraphLabelSpots, AlongATieTheMiddleFirstAndBesideItOnlyForALag)
{
    // A straight tie from (0, 0) to (200, 0): the control point in the middle.
    const QPointF from(0, 0);
    const QPointF to(200, 0);
    const QList<QRectF> plain = GraphLabelSpots::alongTie(from, {100, 0}, to, {30, 10}, false, 2);
    ASSERT_EQ(plain.size(), 3);
    EXPECT_EQ(plain.at(0).center(), QPointF(100, 0));
    EXPECT_NEAR(plain.at(1).center().x(), 76, 1e-9);
    EXPECT_NEAR(plain.at(2).center().x(), 124, 1e-9);

    const QList<QRectF> lag = GraphLabelSpots::alongTie(from, {100, 0}, to, {30, 10}, true, 2);
    ASSERT_EQ(lag.size(), 15);
    // On the line at five places, then off it on either side, clear of it by 2.
    EXPECT_NEAR(lag.at(3).center().x(), 50, 1e-9);
    EXPECT_NEAR(lag.at(4).center().x(), 150, 1e-9);
    for (int i = 5; i < 15; ++i) {
        EXPECT_NEAR(std::abs(lag.at(i).center().y()), 7, 1e-9) << i;
        EXPECT_GE(std::min(std::abs(lag.at(i).top()), std::abs(lag.at(i).bottom())), 2 - 1e-9) << i;
    }
    EXPECT_LT(lag.at(5).center().y() * lag.at(10).center().y(), 0); // opposite sides
}

TEST(GraphLabelSpots, ATieOfNoLengthHasNoSpotBesideIt)
{
    const QList<QRectF> spots = GraphLabelSpots::alongTie({5, 5}, {5, 5}, {5, 5}, {30, 10}, true, 2);
    EXPECT_EQ(spots.size(), 5); // only on it
}

} // namespace
