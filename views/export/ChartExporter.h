#pragma once

#include "ChartTheme.h"
#include "ExportableChart.h"

#include <QPageLayout>
#include <QPageSize>
#include <QSize>

#include <functional>

class QIODevice;
class QImage;

namespace Spyline {

class Store;

struct ExportOptions
{
    enum class Format
    {
        Png,
        Svg,
        Pdf,
    };
    Format format = Format::Png;
    QString title;
    QString subtitle;
    QSize pixelSize {1920, 1080}; // PNG: the picture's size in pixels
    int dpi = 144; // PNG: how many pixels a 72nd of an inch takes, times 72
    bool transparent = false; // PNG: no background
    QPageSize pageSize {QPageSize::A4};
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    bool legend = true;
    bool caption = true;
    bool sources = true;
    int maxSources = 25; // the rest are counted, not listed

    static std::optional<Format> formatFromName(QStringView name);
};

// What goes around the chart: the caption in words and the sources what is shown rests on.
struct ChartContext
{
    QString caption;
    QList<Source> sources;
    QString collectionName;

    // The caption for a filter (in words, with the date range shown) and the sources cited by
    // what the chart shows.
    static Result<ChartContext> describe(Store& store, const ExportableChart& chart, const CaseFilter& filter);
};

// Puts a chart on a page for teaching: title, subtitle, the chart, its legend, a caption and a
// numbered list of sources, in the light print style, as PNG, SVG or PDF. The same page is
// painted for every format and for the preview.
class ChartExporter
{
public:
    // Says what a laid-out chart shows: its caption and sources (ChartContext::describe).
    using Describe = std::function<Result<ChartContext>(const ExportableChart& chart)>;

    ChartExporter(ExportableChart& chart, Describe describe, ExportOptions options);
    // With a context fixed beforehand.
    ChartExporter(ExportableChart& chart, ChartContext context, ExportOptions options);

    // The page in points: PNG pixels at the chosen DPI, the PDF page inside its margins.
    QSizeF pageSize() const;
    // Lays the page out (the chart once for its legend and what it shows, then for the room left)
    // and paints it.
    Status paintPage(QPainter& painter, const QRectF& page) const;

    Result<QImage> toImage() const;
    Status writeSvg(QIODevice& device) const;
    Status writePdf(QIODevice& device) const;
    // Writes the file in the chosen format; nothing is left at the path when it fails.
    // Refuses to write over the collection at `collectionPath` (see checkOutputPath).
    Status write(const QString& path, const QString& collectionPath = {}) const;

private:
    Status writeSvgUnchecked(QIODevice& device) const;

    ExportableChart& m_chart;
    Describe m_describe;
    ExportOptions m_options;
    ChartTheme m_theme;
};

} // namespace Spyline
