#pragma once

#include <QString>

namespace Spyline {

// Remembers which collection the window has open until it closes properly, so that a start after
// a crash asks before opening that collection again instead of crashing on it at every start.
class SessionGuard
{
public:
    // The window opened `path` (written to the settings at once, before anything can crash).
    static void opened(const QString& path);
    // The window closed properly.
    static void closed();
    // The collection a previous session had open and never closed properly; empty if none.
    static QString unclosed();

    // What a start without --db opens: the collection open last time if it still exists, else the
    // default one; `askFirst` when the last session with it never closed properly.
    struct Start
    {
        QString path;
        bool askFirst = false;
    };
    static Start startCollection(const QString& defaultPath);
};

} // namespace Spyline
