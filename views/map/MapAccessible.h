#pragma once

#include "CanvasAccessible.h"
#include <QCoreApplication>

namespace Spyline {

class MapCanvas;
class MapLayout;

// What the map tells assistive technology: the canvas is a chart whose child is the country the
// keyboard is on, named with its counts.
class MapAccessible
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::MapAccessible)

public:
    // Makes every MapCanvas answer with a CanvasAccessible; MapCanvas calls it.
    static void install();
    // "China: target of 3 cases, accused in 5 cases, recruitment venue of 1 case".
    static QString countryName(const MapLayout& layout, const QString& code);
    static std::optional<CanvasItem> focusedItem(const MapCanvas& canvas);
};

} // namespace Spyline
