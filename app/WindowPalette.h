#pragma once

#include <QString>

namespace Spyline {

// The window's colours: the desktop's palette, light or dark, which every view follows; or
// Spyline's own light or dark one when asked (SPYLINE_PALETTE=light|dark), for a desktop whose
// dark theme Qt does not pass on, and for pictures of the window.
class WindowPalette
{
public:
    // "light" or "dark" sets Spyline's palette (tooltips too); empty or "system" keeps the
    // desktop's. Anything else is refused with a message naming it.
    static bool apply(const QString& choice, QString* error = nullptr);
    // The choice in SPYLINE_PALETTE, applied; a bad one is reported on stderr and ignored.
    static void applyFromEnvironment();
};

} // namespace Spyline
