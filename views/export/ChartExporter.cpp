#include "ChartExporter.h"

#include "FilterDescription.h"
#include "GradeBadge.h"
#include "OutputFile.h"
#include "SourceRepository.h"
#include "Store.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
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

ChartExporter::ChartExporter(ExportableChart& chart, Describe describe, ExportOptions options)
    : m_chart(chart)
    , m_describe(std::move(describe))
    , m_options(std::move(options))
    , m_theme(ChartTheme::print())
{
    m_theme.transparentBackground = m_options.transparent && m_options.format == ExportOptions::Format::Png;
}

ChartExporter::ChartExporter(ExportableChart& chart, ChartContext context, ExportOptions options)
    : ChartExporter(
        chart, [context](const ExportableChart&) -> Result<ChartContext> { return context; }, std::move(options))
{
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

namespace {

// Where everything goes on a page.
struct PageParts
{
    QRectF chart;
    QRectF legend;
    bool legendBeside = false;
    qreal lineHeight = 0;
    QString captionText;
    QString sourcesText;
    qreal captionHeight = 0;
    qreal sourcesHeight = 0;
};

} // namespace

Status ChartExporter::paintPage(QPainter& painter, const QRectF& page) const
{
    // Every device the page is painted on counts 72 units to the inch, so points are units.
    QPaintDevice* device = painter.device();
    const QFont base = m_theme.font;
    const QFont titleFont = sized(base, 16, true);
    const QFont subtitleFont = sized(base, 10.5);
    const QFont captionFont = sized(base, 8.5);
    const QFont sourceFont = sized(base, 7);
    const QFont legendFont = sized(base, 8);
    const QFont legendHeadingFont = sized(base, 8, true);
    const qreal width = page.width();
    const QString title = m_options.title.isEmpty() ? m_chart.kindName() : m_options.title;
    const qreal titleHeight = wrappedHeight(title, titleFont, width, device);
    const qreal subtitleHeight = wrappedHeight(m_options.subtitle, subtitleFont, width, device);
    const qreal top = page.top() + titleHeight + (subtitleHeight > 0 ? subtitleHeight + 2 : 0) + Gap;
    const qreal lineHeight = QFontMetricsF(legendFont, device).height() + 3;
    const bool legendBeside = width > page.height() * 1.15;
    const qreal symbolWidth = (lineHeight - 4) * 1.5;
    // Beside the chart, the legend is as wide as its longest line, up to a quarter of the page.
    const auto legendColumnFor = [&](const QList<LegendGroup>& groups) {
        const QFontMetricsF metrics(legendFont, device);
        qreal widest = 0;
        for (const LegendGroup& group : groups) {
            widest = std::max(widest, QFontMetricsF(legendHeadingFont, device).horizontalAdvance(group.name));
            for (const LegendEntry& entry : group.entries)
                widest = std::max(widest, symbolWidth + 6 + metrics.horizontalAdvance(entry.label));
        }
        return std::clamp(widest + 2, 100.0, width / 4);
    };

    // The footer, from the bottom up: sources, then the caption.
    const auto footer = [&](const ChartContext& context, PageParts& parts) {
        QStringList sourceLines;
        if (m_options.sources) {
            // As many as fit a quarter of the page, so that the chart keeps the most room.
            const qreal room = page.height() / 4 - 2 * QFontMetricsF(sourceFont, device).height();
            qreal used = 0;
            int listed = 0;
            for (; listed < std::min<int>(context.sources.size(), m_options.maxSources); ++listed) {
                const QString line = sourceLine(listed + 1, context.sources.at(listed));
                used += wrappedHeight(line, sourceFont, width, device);
                if (used > room && listed > 0)
                    break;
                sourceLines.append(line);
            }
            if (context.sources.size() > listed)
                sourceLines.append(
                    tr("\u2026 and %L1 more sources cited by what is shown.").arg(context.sources.size() - listed));
            if (sourceLines.isEmpty())
                sourceLines.append(tr("No source is cited for what is shown."));
        }
        parts.sourcesText = sourceLines.isEmpty() ? QString() : tr("Sources") + u'\n' + sourceLines.join(u'\n');
        const QString note = tr("Claims as their sources report them; statuses as recorded. Grades on the Admiralty "
                                "scale: reliability A\u2013F, credibility 1\u20136. Spyline \u00b7 %1")
                                 .arg(context.collectionName);
        QString caption = m_options.caption ? context.caption : QString();
        if (const QString omitted = m_chart.omissions(); !omitted.isEmpty())
            caption += caption.isEmpty() ? omitted
                : caption.endsWith(u'.') ? QStringLiteral(" ") + omitted
                                         : QStringLiteral(". ") + omitted;
        parts.captionText = caption.isEmpty() ? note : caption + u'\n' + note;
        parts.sourcesHeight = wrappedHeight(parts.sourcesText, sourceFont, width, device);
        parts.captionHeight = wrappedHeight(parts.captionText, captionFont, width, device);
        return parts.captionHeight + (parts.sourcesHeight > 0 ? parts.sourcesHeight + Gap : 0) + Gap;
    };
    const auto legendHeightBelow = [&](const QList<LegendGroup>& groups) {
        int lines = 0;
        for (const LegendGroup& group : groups)
            lines += 1 + static_cast<int>((group.entries.size() + 3) / 4);
        return groups.isEmpty() ? 0.0 : lines * lineHeight + 4;
    };
    const auto chartRect = [&](qreal footerHeight, const QList<LegendGroup>& groups) {
        const qreal reserveBelow = legendBeside ? 0 : legendHeightBelow(groups);
        const qreal reserveBeside = legendBeside && !groups.isEmpty() ? legendColumnFor(groups) + Gap : 0;
        const qreal bottom = page.bottom() - footerHeight - reserveBelow;
        return QRectF(page.left(), top, width - reserveBeside, std::max<qreal>(40, bottom - top));
    };

    // First the chart on a provisional area, to learn its legend and what it shows; then the page
    // is laid out around those, and the chart laid out again for the room that is left.
    PageParts parts;
    const qreal provisionalFooter = 3 * QFontMetricsF(captionFont, device).height() + Gap * 2;
    m_chart.prepare(chartRect(provisionalFooter, {}).size(), m_theme);
    auto context = m_describe(m_chart);
    if (!context)
        return context.status();
    QList<LegendGroup> groups = m_options.legend ? grouped(m_chart.legend()) : QList<LegendGroup>();
    parts.chart = chartRect(footer(*context, parts), groups);
    m_chart.prepare(parts.chart.size(), m_theme);
    context = m_describe(m_chart);
    if (!context)
        return context.status();
    groups = m_options.legend ? grouped(m_chart.legend()) : QList<LegendGroup>();
    footer(*context, parts);

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    if (!m_theme.transparentBackground)
        painter.fillRect(page, m_theme.background);
    painter.setPen(m_theme.text);
    painter.setFont(titleFont);
    painter.drawText(QRectF(page.left(), page.top(), width, titleHeight), Qt::TextWordWrap, title);
    if (subtitleHeight > 0) {
        painter.setFont(subtitleFont);
        painter.setPen(m_theme.mutedText);
        painter.drawText(QRectF(page.left(), page.top() + titleHeight + 2, width, subtitleHeight), Qt::TextWordWrap,
                         m_options.subtitle);
    }

    painter.save();
    painter.setClipRect(parts.chart);
    m_chart.paint(painter, parts.chart, m_theme);
    painter.restore();

    QPointF at =
        legendBeside ? QPointF(parts.chart.right() + Gap, top) : QPointF(page.left(), parts.chart.bottom() + Gap);
    const qreal legendColumn = legendColumnFor(groups);
    const qreal entryWidth = legendBeside ? legendColumn : width / 4;
    const QFontMetricsF legendMetrics(legendFont, device);
    for (const LegendGroup& group : groups) {
        painter.setFont(legendHeadingFont);
        painter.setPen(m_theme.text);
        painter.drawText(QRectF(at.x(), at.y(), legendBeside ? legendColumn : width, lineHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, group.name);
        at.ry() += lineHeight;
        painter.setFont(legendFont);
        for (int i = 0; i < group.entries.size(); ++i) {
            const LegendEntry& entry = group.entries.at(i);
            const qreal x = legendBeside ? at.x() : at.x() + (i % 4) * entryWidth;
            const qreal y = legendBeside ? at.y() : at.y() + (i / 4) * lineHeight;
            const QRectF symbol(x, y + 2, symbolWidth, lineHeight - 4);
            if (entry.paintSymbol) {
                painter.save();
                entry.paintSymbol(painter, symbol, m_theme);
                painter.restore();
            }
            painter.setPen(m_theme.text);
            const qreal textWidth = entryWidth - symbol.width() - 6;
            painter.drawText(QRectF(symbol.right() + 4, y, textWidth, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                             legendMetrics.elidedText(entry.label, Qt::ElideRight, textWidth));
            if (legendBeside)
                at.ry() += lineHeight;
        }
        if (!legendBeside)
            at.ry() += lineHeight * ((group.entries.size() + 3) / 4);
        at.ry() += 4;
    }

    qreal footerTop = page.bottom() - parts.captionHeight - (parts.sourcesHeight > 0 ? parts.sourcesHeight + Gap : 0);
    painter.setFont(captionFont);
    painter.setPen(m_theme.mutedText);
    painter.drawText(QRectF(page.left(), footerTop, width, parts.captionHeight), Qt::TextWordWrap, parts.captionText);
    footerTop += parts.captionHeight + Gap;
    if (parts.sourcesHeight > 0) {
        painter.setFont(sourceFont);
        painter.setPen(m_theme.text);
        painter.drawText(QRectF(page.left(), footerTop, width, parts.sourcesHeight), Qt::TextWordWrap,
                         parts.sourcesText);
    }
    painter.restore();
    return {};
}

Result<QImage> ChartExporter::toImage() const
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
        if (Status s = paintPage(painter, QRectF(QPointF(0, 0), pageSize()).adjusted(12, 12, -12, -12)); !s)
            return fail(s.error());
    }
    image.setDotsPerMeterX(qRound(m_options.dpi / 0.0254));
    image.setDotsPerMeterY(qRound(m_options.dpi / 0.0254));
    return image;
}

namespace {

// XML 1.0 allows no control characters but tab and line breaks, and no U+FFFE or U+FFFF; text from a
// collection written by other tools may still hold them, and a browser refuses the whole drawing.
QByteArray withoutCharactersXmlForbids(QByteArray svg)
{
    qsizetype out = 0;
    for (qsizetype i = 0; i < svg.size(); ++i) {
        const auto c = quint8(svg[i]);
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
            continue;
        if (c == 0xEF && i + 2 < svg.size() && quint8(svg[i + 1]) == 0xBF
            && (quint8(svg[i + 2]) == 0xBE || quint8(svg[i + 2]) == 0xBF)) {
            i += 2;
            continue;
        }
        svg[out++] = char(c);
    }
    svg.truncate(out);
    return svg;
}

} // namespace

Status ChartExporter::writeSvg(QIODevice& device) const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (Status s = writeSvgUnchecked(buffer); !s)
        return s;
    const QByteArray svg = withoutCharactersXmlForbids(buffer.data());
    if (device.write(svg) != svg.size())
        return fail(tr("writing failed: %1").arg(systemErrorText(device.errorString())));
    return {};
}

Status ChartExporter::writeSvgUnchecked(QIODevice& device) const
{
    const QSizeF size = pageSize();
    QSvgGenerator generator;
    generator.setOutputDevice(&device);
    generator.setSize(size.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), size));
    generator.setResolution(72);
    generator.setTitle(m_options.title.isEmpty() ? m_chart.kindName() : m_options.title);
    generator.setDescription(m_chart.kindName());
    QPainter painter;
    if (!painter.begin(&generator))
        return fail(tr("the SVG could not be started"));
    const Status painted = paintPage(painter, QRectF(QPointF(0, 0), size).adjusted(12, 12, -12, -12));
    painter.end();
    return painted;
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
    const Status painted = paintPage(painter, QRectF(QPointF(0, 0), pageSize()));
    painter.end();
    return painted;
}

Status ChartExporter::write(const QString& path, const QString& collectionPath) const
{
    return writeOutputFile(path, collectionPath, [&](QIODevice& file) -> Status {
        switch (m_options.format) {
        case ExportOptions::Format::Png: {
            auto image = toImage();
            if (!image)
                return image.status();
            if (!image->save(&file, "PNG"))
                return fail(tr("the PNG could not be encoded: %1").arg(systemErrorText(file.errorString())));
            return {};
        }
        case ExportOptions::Format::Svg:
            return writeSvg(file);
        case ExportOptions::Format::Pdf:
            return writePdf(file);
        }
        return fail(tr("unknown format"));
    });
}

} // namespace Spyline
