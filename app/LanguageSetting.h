#pragma once

#include <QString>

namespace Spyline {

// The language chosen in Preferences, kept in the settings: English, Simplified Chinese, or none
// (empty), and then Spyline speaks the system's.
class LanguageSetting
{
public:
    static QString chosen();
    static void choose(const QString& code);
    // What Spyline speaks when it starts: the language chosen, else the system's.
    static QString atStart();
};

} // namespace Spyline
