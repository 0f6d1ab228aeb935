#pragma once

#include "ChartTheme.h"
#include "ExportableChart.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QRectF>
#include <QSize>

#include <functional>

class QIODevice;
class QImage;
class QPagedPaintDevice;

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
    int maxSources = 25; // the rest are counted (a picture) or listed after the chart (pages)
    // In a handout, which lists every source once for all its pages: what a page says of the
    // sources it rests on ("Sources [1]–[12] …") instead of listing them.
    std::function<QString(const QList<Source>& cited)> citeSources;
    int maxPages = 0; // a chart over it is grouped more coarsely (a picture of a fixed size: 1)

    static std::optional<Format> formatFromName(QStringView name);
    // Page and picture sizes for a purpose: "slide-16x9", "slide-4x3" (a PNG for a projector, or a
    // one-page PDF of the slide's shape), "a4", "letter", "a3", "poster" (A2). False for an
    // unknown name.
    bool applyPreset(QStringView name);
    static QStringList presetNames();
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
    Q_DECLARE_TR_FUNCTIONS(Spyline::ChartExporter)

public:
    // Says what a laid-out chart shows: its caption and sources (ChartContext::describe).
    using Describe = std::function<Result<ChartContext>(const ExportableChart& chart)>;

    ChartExporter(ExportableChart& chart, Describe describe, ExportOptions options);
    // With a context fixed beforehand.
    ChartExporter(ExportableChart& chart, ChartContext context, ExportOptions options);

    // The page in points: PNG pixels at the chosen DPI, the PDF page inside its margins. A PNG or
    // SVG of a chart that needs more than one page grows taller to hold all of it.
    QSizeF pageSize() const;
    // The page number printed at the foot of a page ("2 / 5"), given the chart as laid out; empty
    // for none.
    using Folio = std::function<QString(const ExportableChart& chart)>;
    // Lays the page out (the chart once for its legend and what it shows, then for the room left)
    // and paints it: the chart's current page (ExportableChart::setPage).
    Status paintPage(QPainter& painter, const QRectF& page, const Folio& folio = {}) const;
    // How many pages the chart takes on pages of this size (a PDF's), with the pages of sources
    // that follow a chart of several pages.
    int pagesOn(const QSizeF& page) const;
    // The sources the chart's pages rest on, laid out on pages of this size, in the order first
    // cited.
    Result<QList<Source>> sourcesOn(const QSizeF& page) const;
    // Every page of the chart, one after the other; `newPage` starts the next one.
    Status paintPages(QPainter& painter, const QRectF& page, const std::function<bool()>& newPage,
                      const Folio& folio = {}) const;

    Result<QImage> toImage() const;
    Status writeSvg(QIODevice& device) const;
    Status writePdf(QIODevice& device) const;
    // Every page of the chart on a paged device at 72 units to the inch (a printer), numbered.
    Status printTo(QPagedPaintDevice& device) const;
    // Writes the file in the chosen format; nothing is left at the path when it fails.
    // Refuses to write over the collection at `collectionPath` (see checkOutputPath).
    Status write(const QString& path, const QString& collectionPath = {}) const;

    // Where the page painted last put its parts, in its coordinates: nothing overlaps.
    struct PaintedPage
    {
        QRectF chart;
        qreal legendBottom = 0; // below the chart: where the legend ends; beside: the chart's top
        qreal footerTop = 0; // where the caption (or the notes above it) begins
    };
    const PaintedPage& lastPaintedPage() const
    {
        return m_lastPainted;
    }

private:
    Status writeSvgUnchecked(QIODevice& device) const;
    struct PagePlan
    {
        int chartPages = 1;
        int sourcePages = 0;
        QList<Source> sources; // of every page, in the order first cited
    };
    Result<PagePlan> planPages(const QSizeF& page) const;
    // The chart's area on a page, laid out without painting.
    qreal chartHeightOn(const QSizeF& page) const;
    QSizeF basePageSize() const;

    ExportableChart& m_chart;
    Describe m_describe;
    ExportOptions m_options;
    ChartTheme m_theme;
    mutable std::optional<QSizeF> m_grownPage;
    mutable qreal m_lastChartHeight = 0;
    mutable PaintedPage m_lastPainted;
    // The chart area and legend placement of a chart's first page, kept for the pages after it.
    mutable std::optional<std::pair<QRectF, bool>> m_pagedFrame;
    mutable bool m_sourcesAtEnd = false; // a chart of several pages lists its sources after them
    // A chart of one page with more sources than its footer holds lists them all after it.
    mutable bool m_sourcesContinued = false;
    mutable qsizetype m_lastListed = 0; // how many sources the footer of the page painted last listed
    mutable QList<Source> m_lastSources;
};

} // namespace Spyline
