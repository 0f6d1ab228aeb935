#include "ChartExporter.h"

#include "FilterDescription.h"
#include "GradeBadge.h"
#include "SourceRepository.h"
#include "Store.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QTextLayout>

namespace Spyline {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Spyline::ChartExporter", text);
}

constexpr qreal Gap = 10;

QFont sized(const QFont& base, qreal points, bool bold = false)
{
    QFont font = base;
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

// Height that `text` takes wrapped into `width` in `font` on `device`.
qreal wrappedHeight(const QString& text, const QFont& font, qreal width, QPaintDevice* device)
{
    if (text.isEmpty())
        return 0;
    const QFontMetricsF metrics(font, device);
    return metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
}

QString sourceLine(int number, const Source& source)
{
    QStringList parts;
    if (!source.publisher.isEmpty())
        parts.append(source.publisher);
    if (!source.title.isEmpty())
        parts.append(QStringLiteral("\u201c%1\u201d").arg(source.title));
    if (!source.published.isNull())
        parts.append(source.published.displayText());
    return QStringLiteral("[%1] %2. %3 (graded %4)")
        .arg(number)
        .arg(parts.join(QStringLiteral(", ")), source.url, GradeBadge::description(source.grade));
}

struct LegendGroup
{
    QString name;
    QList<LegendEntry> entries;
};

QList<LegendGroup> grouped(const QList<LegendEntry>& entries)
{
    QList<LegendGroup> groups;
    for (const LegendEntry& entry : entries) {
        auto it =
            std::find_if(groups.begin(), groups.end(), [&](const LegendGroup& g) { return g.name == entry.group; });
        if (it == groups.end()) {
            groups.append({entry.group, {entry}});
        } else {
            it->entries.append(entry);
        }
    }
    return groups;
}

} // namespace

std::optional<ExportOptions::Format> ExportOptions::formatFromName(QStringView name)
{
    if (name.compare(u"png", Qt::CaseInsensitive) == 0)
        return Format::Png;
    if (name.compare(u"svg", Qt::CaseInsensitive) == 0)
        return Format::Svg;
    if (name.compare(u"pdf", Qt::CaseInsensitive) == 0)
        return Format::Pdf;
    return std::nullopt;
}

Result<ChartContext> ChartContext::describe(Store& store, const ExportableChart& chart, const CaseFilter& filter)
{
    ChartContext context;
    CaseFilter shown = filter;
    if (const auto range = chart.shownRange(); range && !filter.fromDay && !filter.toDay) {
        shown.fromDay = range->first;
        shown.toDay = range->last;
    }
    context.caption = describeFilter(store, shown);
    auto sources = SourceRepository(store).sourcesCitedBy(chart.shownCases(), chart.shownEvents());
    if (!sources)
        return fail(sources.error());
    context.sources = *sources;
    context.collectionName = QFileInfo(store.path()).fileName();
    return context;
}

ChartExporter::ChartExporter(ExportableChart& chart, ChartContext context, ExportOptions options)
    : m_chart(chart)
    , m_context(std::move(context))
    , m_options(std::move(options))
    , m_theme(ChartTheme::print())
{
    m_theme.transparentBackground = m_options.transparent && m_options.format == ExportOptions::Format::Png;
}

QSizeF ChartExporter::pageSize() const
{
    if (m_options.format == ExportOptions::Format::Pdf) {
        QPageLayout layout(m_options.pageSize, m_options.orientation, QMarginsF(12, 12, 12, 12),
                           QPageLayout::Millimeter);
        return layout.paintRect(QPageLayout::Point).size();
    }
    const qreal scale = 72.0 / std::max(1, m_options.dpi);
    return QSizeF(m_options.pixelSize) * scale;
}

void ChartExporter::paintPage(QPainter& painter, const QRectF& page) const
{
    // Every device the page is painted on counts 72 units to the inch, so points are units.
    QPaintDevice* device = painter.device();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    if (!m_theme.transparentBackground)
        painter.fillRect(page, m_theme.background);
    const QFont base = m_theme.font;
    const QFont titleFont = sized(base, 16, true);
    const QFont subtitleFont = sized(base, 10.5);
    const QFont captionFont = sized(base, 8.5);
    const QFont sourceFont = sized(base, 7);
    const QFont legendFont = sized(base, 8);
    const QFont legendHeadingFont = sized(base, 8, true);
    const qreal width = page.width();
    qreal top = page.top();

    const QString title = m_options.title.isEmpty() ? m_chart.kindName() : m_options.title;
    painter.setPen(m_theme.text);
    painter.setFont(titleFont);
    const qreal titleHeight = wrappedHeight(title, titleFont, width, device);
    painter.drawText(QRectF(page.left(), top, width, titleHeight), Qt::TextWordWrap, title);
    top += titleHeight;
    if (!m_options.subtitle.isEmpty()) {
        painter.setFont(subtitleFont);
        painter.setPen(m_theme.mutedText);
        const qreal height = wrappedHeight(m_options.subtitle, subtitleFont, width, device);
        painter.drawText(QRectF(page.left(), top + 2, width, height), Qt::TextWordWrap, m_options.subtitle);
        top += height + 2;
    }
    top += Gap;

    // The footer, from the bottom up: sources, caption.
    QStringList sourceLines;
    if (m_options.sources) {
        const int listed = std::min<int>(m_context.sources.size(), m_options.maxSources);
        for (int i = 0; i < listed; ++i)
            sourceLines.append(sourceLine(i + 1, m_context.sources.at(i)));
        if (m_context.sources.size() > listed)
            sourceLines.append(
                tr("\u2026 and %1 more sources in the collection.").arg(m_context.sources.size() - listed));
        if (sourceLines.isEmpty())
            sourceLines.append(tr("No source is cited for what is shown."));
    }
    const QString sourcesText = sourceLines.isEmpty() ? QString() : tr("Sources") + u'\n' + sourceLines.join(u'\n');
    const QString note = tr("Claims as their sources report them; statuses as recorded. Grades on the Admiralty "
                            "scale: reliability A\u2013F, credibility 1\u20136. Spyline \u00b7 %1")
                             .arg(m_context.collectionName);
    const QString captionText = m_options.caption ? m_context.caption + u'\n' + note : note;
    const qreal sourcesHeight = wrappedHeight(sourcesText, sourceFont, width, device);
    const qreal captionHeight = wrappedHeight(captionText, captionFont, width, device);
    const qreal footerHeight = captionHeight + (sourcesHeight > 0 ? sourcesHeight + Gap : 0) + Gap;

    // The legend beside the chart on wide pages, under it on tall ones.
    const QList<LegendGroup> groups = m_options.legend ? grouped(m_chart.legend()) : QList<LegendGroup>();
    const bool legendBeside = width > page.height() * 1.15;
    const qreal lineHeight = QFontMetricsF(legendFont, device).height() + 3;
    qreal legendWidth = 0;
    qreal legendHeight = 0;
    if (!groups.isEmpty()) {
        if (legendBeside) {
            legendWidth = 170;
            for (const LegendGroup& group : groups)
                legendHeight += lineHeight * (group.entries.size() + 1) + 4;
        } else {
            legendWidth = width;
            int lines = 0;
            for (const LegendGroup& group : groups)
                lines += 1 + static_cast<int>((group.entries.size() + 3) / 4);
            legendHeight = lines * lineHeight + 4;
        }
    }
    const qreal chartBottom = page.bottom() - footerHeight - (legendBeside ? 0 : legendHeight);
    QRectF chartArea(page.left(), top, width - (legendBeside ? legendWidth + Gap : 0),
                     std::max<qreal>(40, chartBottom - top));
    painter.save();
    painter.setClipRect(chartArea);
    m_chart.paint(painter, chartArea, m_theme);
    painter.restore();

    // The legend is drawn after the chart, so it lists what the chart actually used.
    const QList<LegendGroup> drawnGroups = m_options.legend ? grouped(m_chart.legend()) : QList<LegendGroup>();
    QPointF at = legendBeside ? QPointF(chartArea.right() + Gap, top) : QPointF(page.left(), chartArea.bottom() + Gap);
    const qreal columnWidth = legendBeside ? legendWidth : width / 4;
    for (const LegendGroup& group : drawnGroups) {
        painter.setFont(legendHeadingFont);
        painter.setPen(m_theme.text);
        painter.drawText(QRectF(at.x(), at.y(), legendWidth, lineHeight), Qt::AlignLeft | Qt::AlignVCenter, group.name);
        at.ry() += lineHeight;
        painter.setFont(legendFont);
        for (int i = 0; i < group.entries.size(); ++i) {
            const LegendEntry& entry = group.entries.at(i);
            const qreal x = legendBeside ? at.x() : at.x() + (i % 4) * columnWidth;
            const qreal y = legendBeside ? at.y() : at.y() + (i / 4) * lineHeight;
            const QRectF symbol(x, y + 2, lineHeight - 4, lineHeight - 4);
            if (entry.paintSymbol) {
                painter.save();
                entry.paintSymbol(painter, symbol, m_theme);
                painter.restore();
            }
            painter.setPen(m_theme.text);
            painter.drawText(QRectF(symbol.right() + 5, y, columnWidth - lineHeight - 6, lineHeight),
                             Qt::AlignLeft | Qt::AlignVCenter, entry.label);
            if (legendBeside)
                at.ry() += lineHeight;
        }
        if (!legendBeside)
            at.ry() += lineHeight * ((group.entries.size() + 3) / 4);
        at.ry() += 4;
    }

    qreal footerTop = page.bottom() - footerHeight + Gap;
    painter.setFont(captionFont);
    painter.setPen(m_theme.mutedText);
    painter.drawText(QRectF(page.left(), footerTop, width, captionHeight), Qt::TextWordWrap, captionText);
    footerTop += captionHeight + Gap;
    if (sourcesHeight > 0) {
        painter.setFont(sourceFont);
        painter.setPen(m_theme.text);
        painter.drawText(QRectF(page.left(), footerTop, width, sourcesHeight), Qt::TextWordWrap, sourcesText);
    }
    painter.restore();
}

QImage ChartExporter::toImage() const
{
    QImage image(m_options.pixelSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(m_theme.transparentBackground ? QColor(Qt::transparent) : m_theme.background);
    // Painted at 72 units to the inch and scaled to the asked DPI, which the file then records.
    const int pointsPerMeter = qRound(72 / 0.0254);
    image.setDotsPerMeterX(pointsPerMeter);
    image.setDotsPerMeterY(pointsPerMeter);
    {
        QPainter painter(&image);
        const qreal scale = m_options.dpi / 72.0;
        painter.scale(scale, scale);
        paintPage(painter, QRectF(QPointF(0, 0), pageSize()).adjusted(12, 12, -12, -12));
    }
    image.setDotsPerMeterX(qRound(m_options.dpi / 0.0254));
    image.setDotsPerMeterY(qRound(m_options.dpi / 0.0254));
    return image;
}

Status ChartExporter::writeSvg(QIODevice& device) const
{
    const QSizeF size = pageSize();
    QSvgGenerator generator;
    generator.setOutputDevice(&device);
    generator.setSize(size.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), size));
    generator.setResolution(72);
    generator.setTitle(m_options.title.isEmpty() ? m_chart.kindName() : m_options.title);
    generator.setDescription(m_context.caption);
    QPainter painter;
    if (!painter.begin(&generator))
        return fail(tr("the SVG could not be started"));
    paintPage(painter, QRectF(QPointF(0, 0), size).adjusted(12, 12, -12, -12));
    painter.end();
    return {};
}

Status ChartExporter::writePdf(QIODevice& device) const
{
    QPdfWriter writer(&device);
    writer.setCreator(QStringLiteral("Spyline"));
    writer.setTitle(m_options.title.isEmpty() ? m_chart.kindName() : m_options.title);
    writer.setPageLayout(
        QPageLayout(m_options.pageSize, m_options.orientation, QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
    // In points: PDF coordinates are real numbers, so nothing is lost to rounding.
    writer.setResolution(72);
    QPainter painter;
    if (!painter.begin(&writer))
        return fail(tr("the PDF could not be started"));
    paintPage(painter, QRectF(QPointF(0, 0), pageSize()));
    painter.end();
    return {};
}

Status ChartExporter::write(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("%1 cannot be written: %2").arg(path, file.errorString()));
    Status written;
    switch (m_options.format) {
    case ExportOptions::Format::Png:
        if (!toImage().save(&file, "PNG"))
            written = fail(tr("the PNG could not be encoded"));
        break;
    case ExportOptions::Format::Svg:
        written = writeSvg(file);
        break;
    case ExportOptions::Format::Pdf:
        written = writePdf(file);
        break;
    }
    if (!written) {
        file.cancelWriting();
        return fail(tr("%1 was not written: %2").arg(QFileInfo(path).fileName(), written.error()));
    }
    if (!file.commit())
        return fail(tr("%1 cannot be written: %2").arg(path, file.errorString()));
    return {};
}

} // namespace Spyline
