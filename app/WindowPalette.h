#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Spyline {

// The window's colours: the desktop's palette, light or dark, which every view follows; or
// Spyline's own light or dark one, chosen in Preferences or with SPYLINE_PALETTE=light|dark (which
// wins), for a desktop whose dark theme Qt does not pass on, and for pictures of the window.
class WindowPalette
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::WindowPalette)

public:
    // "system", "light" and "dark", in the order Preferences offers them.
    static QStringList choices();
    // "light" or "dark" sets Spyline's palette (tooltips too); empty or "system" brings back the
    // desktop's. Anything else is refused with a message naming it.
    static bool apply(const QString& choice, QString* error = nullptr);
    // The choice in SPYLINE_PALETTE, applied; a bad one is reported on stderr and ignored.
    static void applyFromEnvironment();
    // The choice kept in the settings: "system" unless light or dark was chosen.
    static QString chosen();
    static void choose(const QString& choice);
    // At start: SPYLINE_PALETTE when it is set, else the choice kept in the settings.
    static void applyAtStart();
};

} // namespace Spyline
