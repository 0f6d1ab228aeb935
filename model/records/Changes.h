#pragma once

#include <QFlags>

namespace Spyline {

// What a committed transaction changed, so that every view refreshes what it shows.
enum class Change : quint16
{
    Countries = 0x01,
    Actors = 0x02,
    Cases = 0x04,
    Events = 0x08,
    Sources = 0x10,
    Links = 0x20,
    Layout = 0x40,
    Everything = 0x7F,
};
Q_DECLARE_FLAGS(Changes, Change)
Q_DECLARE_OPERATORS_FOR_FLAGS(Changes)

} // namespace Spyline
