#include "TextMeasure.h"

#include <QHash>

#include <cmath>
#include <memory>
#include <vector>

namespace Spyline {

namespace {
constexpr qsizetype MaxEntries = 50000;
} // namespace

struct TextMeasure::Cache
{
    QFont font;
    QHash<QString, qreal> widths;
    QHash<QString, QString> elided; // keyed by width and text
};

TextMeasure::TextMeasure(const QFont& font)
    : m_metrics(font)
{
    // One cache per font per thread; a frame uses three or four fonts.
    thread_local std::vector<std::unique_ptr<Cache>> caches;
    for (const auto& cache : caches) {
        if (cache->font == font) {
            m_cache = cache.get();
            return;
        }
    }
    if (caches.size() >= 8)
        caches.clear();
    caches.push_back(std::make_unique<Cache>());
    caches.back()->font = font;
    m_cache = caches.back().get();
}

qreal TextMeasure::width(const QString& text)
{
    if (const auto it = m_cache->widths.constFind(text); it != m_cache->widths.constEnd())
        return *it;
    if (m_cache->widths.size() > MaxEntries)
        m_cache->widths.clear();
    const qreal width = m_metrics.horizontalAdvance(text);
    m_cache->widths.insert(text, width);
    return width;
}

QString TextMeasure::elided(const QString& text, qreal width, Qt::TextElideMode mode)
{
    if (this->width(text) <= width)
        return text;
    const int whole = int(std::floor(width));
    const QString key = QString::number(whole) + u'\x1f' + QString::number(int(mode)) + u'\x1f' + text;
    if (const auto it = m_cache->elided.constFind(key); it != m_cache->elided.constEnd())
        return *it;
    if (m_cache->elided.size() > MaxEntries)
        m_cache->elided.clear();
    const QString result = m_metrics.elidedText(text, mode, whole);
    m_cache->elided.insert(key, result);
    return result;
}

} // namespace Spyline
