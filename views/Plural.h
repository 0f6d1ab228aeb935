#pragma once

#include <QLocale>
#include <QString>

namespace Spyline {

// "1 case", "3 cases": picks the singular or the plural of two translated texts, the plural with
// "%1" for the number. Charts go on slides, where "3 case(s)" would not do.
inline QString plural(int n, const QString& one, const QString& many)
{
    return n == 1 ? one : many.arg(QLocale().toString(n));
}

} // namespace Spyline
