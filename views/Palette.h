#pragma once

#include <QColor>
#include <QString>

namespace Spyline {

// Colours shared by every view and export: one stable colour per country from a palette that
// readers with colour-vision deficiencies can tell apart (Okabe-Ito, then Paul Tol's muted set).
class Palette
{
public:
    static QColor countryColor(QStringView countryCode);
    // For marks with no country.
    static QColor neutral();
    // Text drawn on a filled shape of this colour: black or white, whichever reads better.
    static QColor textOn(const QColor& fill);
};

} // namespace Spyline
