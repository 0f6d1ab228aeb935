#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QString>

namespace Spyline {

// Measures text in one font and remembers the answers on this thread: frame after frame the same
// titles, headers and axis labels come back, and shaping text is the slow part of measuring it.
class TextMeasure
{
public:
    explicit TextMeasure(const QFont& font);

    qreal width(const QString& text);
    // The text cut with an ellipsis to fit `width` (whole pixels), or the text when it fits.
    QString elided(const QString& text, qreal width, Qt::TextElideMode mode = Qt::ElideRight);
    qreal height() const
    {
        return m_metrics.height();
    }
    const QFontMetricsF& metrics() const
    {
        return m_metrics;
    }

private:
    struct Cache;
    QFontMetricsF m_metrics;
    Cache* m_cache = nullptr;
};

} // namespace Spyline
