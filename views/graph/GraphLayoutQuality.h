#pragma once

#include <QtGlobal>

namespace Spyline {

struct GraphData;
struct GraphGeometry;

// How readable a relation layout is, in figures a benchmark can print beside its time and a test
// can bound: ties of even length read as a network, overlapping shapes hide each other.
struct GraphLayoutQuality
{
    qsizetype ties = 0;
    // The spread of tie lengths: standard deviation over mean (0 when all are equally long).
    qreal tieLengthSpread = 0;
    // The median tie over the mean shape size: how far apart tied nodes are.
    qreal medianTieInShapes = 0;
    // Pairs of shapes that overlap by more than a hair.
    qsizetype overlaps = 0;

    static GraphLayoutQuality measure(const GraphData& data, const GraphGeometry& geometry);
};

} // namespace Spyline
