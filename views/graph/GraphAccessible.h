#pragma once

#include "CanvasAccessible.h"
#include <QCoreApplication>

namespace Spyline {

class GraphCanvas;
struct GraphData;

// What the graph tells assistive technology: the canvas is a chart whose child is the node the
// keyboard is on, named with what it is and how many ties it has, and described by its ties.
class GraphAccessible
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::GraphAccessible)

public:
    // Makes every GraphCanvas answer with a CanvasAccessible; GraphCanvas calls it.
    static void install();
    // "Zeng (曾), person, China, 3 ties". Plain text from the collection.
    static QString nodeName(const GraphData& graph, int node);
    // "Ties: suspect in Zeng case; recruited by CIA; …"
    static QString nodeTies(const GraphData& graph, int node);
    static std::optional<CanvasItem> focusedItem(const GraphCanvas& canvas);
};

} // namespace Spyline
