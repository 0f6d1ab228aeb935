#include "ChartExporter.h"

#include "GradeBadge.h"
#include "PageFlow.h"
#include "SourceListing.h"
#include "items/FilterDescription.h"
#include "store/SourceRepository.h"
#include "store/Store.h"
#include "transfer/OutputFile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QTextLayout>

#include <algorithm>

namespace Spyline {

namespace {

constexpr qreal Gap = 10;
constexpr qsizetype MaxNoteLines = 8;

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

} // namespace

namespace {

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

QStringList ExportOptions::presetNames()
{
    return {QStringLiteral("slide-16x9"), QStringLiteral("slide-4x3"), QStringLiteral("a4"),
            QStringLiteral("letter"),     QStringLiteral("a3"),        QStringLiteral("poster")};
}

bool ExportOptions::applyPreset(QStringView name)
{
    // Page sizes are defined upright; the landscape orientation turns them.
    const auto page = [&](const QPageSize& size) {
        pageSize = size;
        orientation = QPageLayout::Landscape;
        const QSizeF points = size.size(QPageSize::Point).transposed();
        pixelSize = QSize(qRound(points.width() * dpi / 72.0), qRound(points.height() * dpi / 72.0));
    };
    if (name == u"slide-16x9") {
        page(QPageSize(QSizeF(5.625, 10), QPageSize::Inch, QStringLiteral("Slide 16:9")));
        pixelSize = QSize(1920, 1080);
        dpi = 192;
    } else if (name == u"slide-4x3") {
        page(QPageSize(QSizeF(7.5, 10), QPageSize::Inch, QStringLiteral("Slide 4:3")));
        pixelSize = QSize(1440, 1080);
        dpi = 144;
    } else if (name == u"a4") {
        page(QPageSize(QPageSize::A4));
    } else if (name == u"letter") {
        page(QPageSize(QPageSize::Letter));
    } else if (name == u"a3") {
        page(QPageSize(QPageSize::A3));
    } else if (name == u"poster") {
        page(QPageSize(QPageSize::A2));
    } else {
        return false;
    }
    return true;
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
    if (const QString knownOn = describeKnownOn(filter); !knownOn.isEmpty())
        context.caption = joinSentences(context.caption, knownOn);
    auto sources = SourceRepository(store).sourcesCitedBy(chart.shownCases(), chart.shownEvents());
    if (!sources)
        return fail(sources.error());
    context.sources = *sources;
    // As publicly known on a day, a source published later was not there to read.
    if (filter.knownOn) {
        context.sources.removeIf([&](const Source& source) { return !filter.canRead(source); });
    }
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
    if (m_options.maxPages > 0)
        m_chart.setPageLimit(m_options.maxPages);
}

ChartExporter::ChartExporter(ExportableChart& chart, ChartContext context, ExportOptions options)
    : ChartExporter(
        chart, [context = std::move(context)](const ExportableChart&) -> Result<ChartContext> { return context; },
        std::move(options))
{
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
    QString notesText;
    qreal captionHeight = 0;
    qreal sourcesHeight = 0;
    qreal notesHeight = 0;
};

// A paragraph of the source list under a chart: one source, or several of one publisher after its
// name.
struct FooterSources
{
    QString publisher; // empty: one source in the one-line form
    QStringList entries; // "[n] …"
    int first = 0; // the number of its first source

    // The paragraph with its first `count` entries.
    QString text(qsizetype count) const
    {
        const QString listed =
            entries.mid(0, count).join(ChartExporter::tr("; ", "between the sources of a publisher"));
        return publisher.isEmpty()
            ? listed
            : ChartExporter::tr("%1: %2", "a publisher, then its sources").arg(publisher, listed);
    }
};

// The sources under a chart, each on a line of its own; a publisher's several sources on one
// paragraph after its name ("Global Times: [2] …; [4] …") where that takes fewer lines.
QList<FooterSources> footerSources(const QList<Source>& sources, const QFont& font, qreal width, QPaintDevice* device)
{
    QList<FooterSources> blocks;
    const auto numbered = [](int number, const QString& text) { return QStringLiteral("[%1] ").arg(number) + text; };
    for (const SourceListing::Group& group : SourceListing::grouped(sources)) {
        if (group.publisher.isEmpty()) {
            const SourceListing::Entry& entry = group.entries.first();
            blocks.append({QString(), {numbered(entry.number, entry.text)}, entry.number});
            continue;
        }
        FooterSources together {group.publisher, {}, group.entries.first().number};
        QStringList apart;
        for (const SourceListing::Entry& entry : group.entries) {
            together.entries.append(numbered(entry.number, entry.text));
            apart.append(numbered(entry.number, SourceListing::entryText(sources.at(entry.number - 1))));
        }
        const auto height = [&](const QString& text) { return wrappedHeight(text, font, width, device); };
        if (height(together.text(together.entries.size())) < height(apart.join(u'\n'))) {
            blocks.append(together);
        } else {
            for (qsizetype i = 0; i < apart.size(); ++i)
                blocks.append({QString(), {apart.at(i)}, group.entries.at(i).number});
        }
    }
    // Sources listed one to a line keep their places in the order of their numbers.
    std::stable_sort(blocks.begin(), blocks.end(),
                     [](const FooterSources& a, const FooterSources& b) { return a.first < b.first; });
    return blocks;
}

} // namespace

Status ChartExporter::paintPage(QPainter& painter, const QRectF& page, const Folio& folio) const
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
    const qreal folioHeight = folio ? QFontMetricsF(captionFont, device).height() + 2 : 0;
    const bool wide = width > page.height() * 1.15;
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
    const auto legendHeightBeside = [&](const QList<LegendGroup>& groups) {
        qreal height = 0;
        for (const LegendGroup& group : groups)
            height += (1 + group.entries.size()) * lineHeight + 4;
        return height;
    };

    // The footer, from the bottom up: page number, sources, caption, the table of chart notes.
    // Where a legend beside the chart would run short of room, the links not drawn as arcs are
    // counted in one line instead of listed.
    bool briefNotes = false;
    const auto footer = [&](const ChartContext& context, PageParts& parts, qreal sourcesRoom = -1) {
        QStringList sourceLines;
        m_lastListed = 0;
        if (m_options.sources && m_options.citeSources) {
            sourceLines.append(m_options.citeSources(context.sources));
        } else if (m_options.sources) {
            // As many as fit a quarter of the page, so that the chart keeps the most room.
            const qreal room = sourcesRoom >= 0 ? sourcesRoom - 2 * QFontMetricsF(sourceFont, device).height()
                                                : page.height() / 4 - 2 * QFontMetricsF(sourceFont, device).height();
            qreal used = 0;
            int listed = 0;
            for (const FooterSources& block : footerSources(context.sources, sourceFont, width, device)) {
                // As many of the block's sources as the limit and the room allow.
                qsizetype count = std::min<qsizetype>(block.entries.size(), m_options.maxSources - listed);
                qreal height = 0;
                for (; count > 0; --count) {
                    height = wrappedHeight(block.text(count), sourceFont, width, device);
                    if (used + height <= room || (listed == 0 && count == 1 && sourcesRoom < 0))
                        break;
                }
                if (count <= 0)
                    break;
                sourceLines.append(block.text(count));
                used += height;
                listed += int(count);
                if (count < block.entries.size())
                    break;
            }
            m_lastListed = listed;
            if (context.sources.size() > listed) {
                const int more = int(context.sources.size() - listed);
                sourceLines.append(m_sourcesContinued
                                       ? tr("\u2026 and %Ln more source(s), all listed after the chart.", nullptr, more)
                                       : tr("\u2026 and %Ln more source(s) cited by what is shown.", nullptr, more));
            }
            if (sourceLines.isEmpty())
                sourceLines.append(tr("No source is cited for what is shown."));
        }
        parts.sourcesText = sourceLines.isEmpty() ? QString() : tr("Sources") + u'\n' + sourceLines.join(u'\n');
        if (m_sourcesAtEnd && m_options.sources && !m_options.citeSources)
            parts.sourcesText = context.sources.isEmpty()
                ? tr("No source is cited for what this page shows.")
                : tr("The sources of every page are listed after the last page of the chart.");
        const QString note = tr("Claims as their sources report them; statuses as recorded. Grades in brackets on the "
                                "Admiralty scale: reliability A–F, credibility 1–6; a source without one is "
                                "not graded. Spyline \u00b7 %1")
                                 .arg(context.collectionName);
        QString caption = m_options.caption ? context.caption : QString();
        caption = joinSentences(caption, m_chart.omissions());
        parts.captionText = caption.isEmpty() ? note : caption + u'\n' + note;
        const QStringList allNotes = m_chart.chartNotes();
        QStringList notes = allNotes;
        if (notes.size() > MaxNoteLines) {
            const qsizetype more = notes.size() - (MaxNoteLines - 1);
            notes = notes.mid(0, MaxNoteLines - 1);
            notes.append(tr("\u2026 and %Ln more link(s), listed in the handout.", nullptr, int(more)));
        }
        parts.notesText = notes.isEmpty()
            ? QString()
            : tr("Links not drawn as arcs of their own (bundled, or with an end on another page)") + u'\n'
                + notes.join(u'\n');
        if (briefNotes && !allNotes.isEmpty()) {
            parts.notesText = tr("%Ln link(s) not drawn as arcs of their own (bundled, or with an end on another "
                                 "page).",
                                 nullptr, int(allNotes.size()));
        }
        parts.notesHeight = wrappedHeight(parts.notesText, sourceFont, width, device);
        parts.sourcesHeight = wrappedHeight(parts.sourcesText, sourceFont, width, device);
        parts.captionHeight = wrappedHeight(parts.captionText, captionFont, width, device);
        return parts.captionHeight + (parts.sourcesHeight > 0 ? parts.sourcesHeight + Gap : 0)
            + (parts.notesHeight > 0 ? parts.notesHeight + Gap : 0) + folioHeight + Gap;
    };
    // As it is drawn: a gap under the chart, then each group's heading, its rows of four and a gap.
    const auto legendHeightBelow = [&](const QList<LegendGroup>& groups) {
        int lines = 0;
        for (const LegendGroup& group : groups)
            lines += 1 + static_cast<int>((group.entries.size() + 3) / 4);
        return groups.isEmpty() ? 0.0 : Gap + lines * lineHeight + 4.0 * groups.size();
    };
    bool legendBeside = wide;
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
    // The pages after the first keep its chart area, so that the lanes split the same way on every
    // page; their footers make do with the room that is left.
    const bool laterPage = m_chart.page() > 0 && m_pagedFrame;
    qreal sourcesRoom = -1; // a quarter of the page, unless the chart needs it
    if (laterPage) {
        parts.chart = m_pagedFrame->first;
        legendBeside = m_pagedFrame->second;
    } else {
        qreal footerHeight = footer(*context, parts);
        // A legend taller than the chart beside it would run into the caption. The list of links
        // not drawn gives way first, to a line that counts them; if that is not enough, the legend
        // goes below the chart, where it keeps clear.
        const auto legendFitsBeside = [&] {
            return legendHeightBeside(groups) <= chartRect(footerHeight, groups).height();
        };
        if (legendBeside && !legendFitsBeside() && parts.notesHeight > 0) {
            briefNotes = true;
            footerHeight = footer(*context, parts);
            if (!legendFitsBeside()) {
                briefNotes = false;
                footerHeight = footer(*context, parts);
            }
        }
        if (legendBeside && !legendFitsBeside())
            legendBeside = false;
        parts.chart = chartRect(footerHeight, groups);
        // The chart keeps half the page: a long list of sources gives way, and counts the rest.
        const qreal half = (page.bottom() - top) / 2;
        if (parts.chart.height() < half && parts.sourcesHeight > 0) {
            sourcesRoom = std::max<qreal>(0, parts.sourcesHeight - (half - parts.chart.height()));
            footerHeight = footer(*context, parts, sourcesRoom);
            parts.chart = chartRect(footerHeight, groups);
        }
    }
    m_chart.prepare(parts.chart.size(), m_theme);
    context = m_describe(m_chart);
    if (!context)
        return context.status();
    groups = m_options.legend ? grouped(m_chart.legend()) : QList<LegendGroup>();
    m_lastSources = context->sources;
    if (laterPage) {
        footer(*context, parts, 0);
        const qreal below = legendBeside ? 0 : legendHeightBelow(groups);
        const qreal room = page.bottom() - parts.chart.bottom() - below - folioHeight - parts.captionHeight
            - (parts.notesHeight > 0 ? parts.notesHeight + Gap : 0) - 2 * Gap;
        footer(*context, parts, std::max<qreal>(0, room));
    } else {
        // What the chart drew may lengthen the footer (a link listed under it): then the chart
        // makes room, so that nothing is drawn over it.
        for (int round = 0; round < 3; ++round) {
            const qreal needed = footer(*context, parts, sourcesRoom);
            const QRectF fitting = chartRect(needed, groups);
            if (fitting.height() >= parts.chart.height() - 0.5)
                break;
            parts.chart = fitting;
            m_chart.prepare(parts.chart.size(), m_theme);
            context = m_describe(m_chart);
            if (!context)
                return context.status();
            groups = m_options.legend ? grouped(m_chart.legend()) : QList<LegendGroup>();
            m_lastSources = context->sources;
        }
        if (m_chart.pageCount() > 1)
            m_pagedFrame.emplace(parts.chart, legendBeside);
    }
    m_lastChartHeight = parts.chart.height();
    const QString folioText = folio ? folio(m_chart) : QString();

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
            const int row = i / 4; // four to a row
            const qreal y = legendBeside ? at.y() : at.y() + row * lineHeight;
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
        if (!legendBeside) {
            const int rows = int((group.entries.size() + 3) / 4); // the rows of four begun
            at.ry() += lineHeight * rows;
        }
        at.ry() += 4;
    }

    qreal footerTop = page.bottom() - folioHeight - parts.captionHeight
        - (parts.sourcesHeight > 0 ? parts.sourcesHeight + Gap : 0)
        - (parts.notesHeight > 0 ? parts.notesHeight + Gap : 0);
    m_lastPainted = PaintedPage {parts.chart, legendBeside ? parts.chart.top() : at.y(), footerTop};
    if (parts.notesHeight > 0) {
        painter.setFont(sourceFont);
        painter.setPen(m_theme.text);
        painter.drawText(QRectF(page.left(), footerTop, width, parts.notesHeight), Qt::TextWordWrap, parts.notesText);
        footerTop += parts.notesHeight + Gap;
    }
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
    if (!folioText.isEmpty()) {
        painter.setFont(captionFont);
        painter.setPen(m_theme.mutedText);
        painter.drawText(QRectF(page.left(), page.bottom() - folioHeight, width, folioHeight),
                         Qt::AlignRight | Qt::AlignBottom, folioText);
    }
    painter.restore();
    return {};
}

namespace {

// The sources of a chart of several pages, listed once after its last page.
PageFlow sourcesFlow(const QList<Source>& sources, const QSizeF& page, qreal folioHeight, QPaintDevice* device,
                     const ChartTheme& theme)
{
    PageFlow flow(QSizeF(page.width(), page.height() - folioHeight), device);
    flow.heading(ChartExporter::tr("Sources"), sized(theme.font, 14, true));
    flow.paragraph(QCoreApplication::translate("Spyline::ChartExporter",
                                               "Cited by what the pages before show. Grades in brackets on the "
                                               "Admiralty scale: reliability A–F, credibility 1–6; a "
                                               "source without one is not graded."),
                   sized(theme.font, 7.5), theme.mutedText);
    const QFont font = sized(theme.font, 7.5);
    SourceListing::addTable(flow, sources, font, sized(theme.font, 7.5, true), sized(theme.font, 7.5, true));
    return flow;
}

void addSources(QList<Source>& all, const QList<Source>& more)
{
    for (const Source& source : more) {
        if (std::none_of(all.begin(), all.end(), [&](const Source& s) { return s.url == source.url; }))
            all.append(source);
    }
}

} // namespace

Result<ChartExporter::PagePlan> ChartExporter::planPages(const QSizeF& page) const
{
    QImage probe(1, 1, QImage::Format_ARGB32_Premultiplied);
    const int pointsPerMeter = qRound(72 / 0.0254);
    probe.setDotsPerMeterX(pointsPerMeter);
    probe.setDotsPerMeterY(pointsPerMeter);
    QPainter painter(&probe);
    const Folio folio = [](const ExportableChart&) { return QStringLiteral("0 / 0"); };
    PagePlan plan;
    m_sourcesAtEnd = false;
    m_sourcesContinued = false;
    m_chart.setPage(0);
    if (Status s = paintPage(painter, QRectF(QPointF(0, 0), page), folio); !s)
        return fail(s.error());
    plan.chartPages = std::max(1, m_chart.pageCount());
    const qreal folioHeight = QFontMetricsF(sized(m_theme.font, 8.5), &probe).height() + 2;
    if (plan.chartPages == 1) {
        plan.sources = m_lastSources;
        // Pages have room for what a picture can only count: the footer's list goes on after it,
        // unless that would pass the pages asked for.
        if (m_options.sources && !m_options.citeSources && m_lastListed < m_lastSources.size()) {
            const int sourcePages = sourcesFlow(plan.sources, page, folioHeight, &probe, m_theme).pageCount();
            if (m_options.maxPages <= 0 || 1 + sourcePages <= m_options.maxPages) {
                m_sourcesContinued = true;
                plan.sourcePages = sourcePages;
            }
        }
        return plan;
    }
    // A chart of several pages keeps them for itself: its sources follow its last page.
    m_sourcesAtEnd = true;
    for (int p = 0; p < plan.chartPages; ++p) {
        m_chart.setPage(p);
        if (Status s = paintPage(painter, QRectF(QPointF(0, 0), page), folio); !s)
            return fail(s.error());
        addSources(plan.sources, m_lastSources);
    }
    plan.chartPages = std::max(1, m_chart.pageCount());
    plan.sourcePages = m_options.sources && !m_options.citeSources && !plan.sources.isEmpty()
        ? sourcesFlow(plan.sources, page, folioHeight, &probe, m_theme).pageCount()
        : 0;
    m_chart.setPage(0);
    return plan;
}

Status ChartExporter::paintPages(QPainter& painter, const QRectF& page, const std::function<bool()>& newPage,
                                 const Folio& folio) const
{
    auto plan = planPages(page.size());
    if (!plan)
        return plan.status();
    for (int p = 0; p < plan->chartPages; ++p) {
        if (p > 0 && !newPage())
            return fail(tr("page %1 could not be started").arg(p + 1));
        m_chart.setPage(p);
        if (Status s = paintPage(painter, page, folio); !s)
            return s;
    }
    if (plan->sourcePages > 0) {
        const QFont folioFont = sized(m_theme.font, 8.5);
        const qreal folioHeight = QFontMetricsF(folioFont, painter.device()).height() + 2;
        const PageFlow flow = sourcesFlow(plan->sources, page.size(), folioHeight, painter.device(), m_theme);
        for (int p = 0; p < flow.pageCount(); ++p) {
            if (!newPage())
                return fail(tr("a page of sources could not be started"));
            if (!m_theme.transparentBackground)
                painter.fillRect(page, m_theme.background);
            flow.paint(painter, p, page.topLeft());
            if (const QString text = folio ? folio(m_chart) : QString(); !text.isEmpty()) {
                painter.setFont(folioFont);
                painter.setPen(m_theme.mutedText);
                painter.drawText(QRectF(page.left(), page.bottom() - folioHeight, page.width(), folioHeight),
                                 Qt::AlignRight | Qt::AlignBottom, text);
            }
        }
    }
    m_chart.setPage(0);
    m_sourcesAtEnd = false;
    m_sourcesContinued = false;
    return {};
}

QSizeF ChartExporter::basePageSize() const
{
    if (m_options.format == ExportOptions::Format::Pdf) {
        QPageLayout layout(m_options.pageSize, m_options.orientation, QMarginsF(12, 12, 12, 12),
                           QPageLayout::Millimeter);
        return layout.paintRect(QPageLayout::Point).size();
    }
    const qreal scale = 72.0 / std::max(1, m_options.dpi);
    return QSizeF(m_options.pixelSize) * scale;
}

qreal ChartExporter::chartHeightOn(const QSizeF& size) const
{
    // Laid out on a picture of the same resolution as every export: 72 units to the inch.
    QImage probe(1, 1, QImage::Format_ARGB32_Premultiplied);
    const int pointsPerMeter = qRound(72 / 0.0254);
    probe.setDotsPerMeterX(pointsPerMeter);
    probe.setDotsPerMeterY(pointsPerMeter);
    QPainter painter(&probe);
    painter.setClipRect(QRect(0, 0, 1, 1));
    m_chart.setPage(0);
    if (!paintPage(painter, QRectF(QPointF(0, 0), size).adjusted(12, 12, -12, -12)))
        return -1;
    return m_lastChartHeight;
}

int ChartExporter::pagesOn(const QSizeF& page) const
{
    auto plan = planPages(page);
    m_sourcesAtEnd = false;
    m_sourcesContinued = false;
    return plan ? plan->chartPages + plan->sourcePages : 1;
}

Result<QList<Source>> ChartExporter::sourcesOn(const QSizeF& page) const
{
    auto plan = planPages(page);
    m_sourcesAtEnd = false;
    m_sourcesContinued = false;
    if (!plan)
        return fail(plan.error());
    return plan->sources;
}

QSizeF ChartExporter::pageSize() const
{
    const QSizeF base = basePageSize();
    if (m_options.format == ExportOptions::Format::Pdf)
        return base;
    if (!m_grownPage) {
        // A PNG or SVG holds the whole chart: it grows by what the chart lacks on one page.
        m_grownPage = base;
        const qreal chartHeight = chartHeightOn(base);
        if (chartHeight > 0 && m_chart.pageCount() > 1 && m_chart.heightForAll() > chartHeight)
            m_grownPage = QSizeF(base.width(), base.height() + m_chart.heightForAll() - chartHeight + 2);
    }
    return *m_grownPage;
}

Result<QImage> ChartExporter::toImage() const
{
    const QSizeF page = pageSize();
    const QSize pixels(m_options.pixelSize.width(), qCeil(page.height() * m_options.dpi / 72.0));
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return fail(tr("a picture of %1 by %2 pixels is too large").arg(pixels.width()).arg(pixels.height()));
    image.fill(m_theme.transparentBackground ? QColor(Qt::transparent) : m_theme.background);
    // Painted at 72 units to the inch and scaled to the asked DPI, which the file then records.
    const int pointsPerMeter = qRound(72 / 0.0254);
    image.setDotsPerMeterX(pointsPerMeter);
    image.setDotsPerMeterY(pointsPerMeter);
    {
        QPainter painter(&image);
        const qreal scale = m_options.dpi / 72.0;
        painter.scale(scale, scale);
        if (Status s = paintPage(painter, QRectF(QPointF(0, 0), page).adjusted(12, 12, -12, -12)); !s)
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

// SVG text names one font; a browser or Inkscape without it, or without its Chinese glyphs, draws
// boxes. Every font-family gets the CJK fonts Spyline installs and their common cousins as fallbacks.
QByteArray withCjkFallbacks(const QByteArray& svg)
{
    static const QByteArray fallbacks =
        ", 'WenQuanYi Micro Hei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', "
        "sans-serif";
    static const QByteArray attribute = "font-family=\"";
    QByteArray out;
    out.reserve(svg.size() + svg.size() / 8);
    qsizetype from = 0;
    for (qsizetype at = svg.indexOf(attribute); at >= 0; at = svg.indexOf(attribute, from)) {
        const qsizetype valueStart = at + attribute.size();
        const qsizetype valueEnd = svg.indexOf('"', valueStart);
        if (valueEnd < 0)
            break;
        out.append(svg.constData() + from, valueEnd - from);
        if (!svg.mid(valueStart, valueEnd - valueStart).contains("WenQuanYi"))
            out.append(fallbacks);
        from = valueEnd;
    }
    out.append(svg.constData() + from, svg.size() - from);
    return out;
}

} // namespace

Status ChartExporter::writeSvg(QIODevice& device) const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (Status s = writeSvgUnchecked(buffer); !s)
        return s;
    const QByteArray svg = withCjkFallbacks(withoutCharactersXmlForbids(buffer.data()));
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
    Status painted = paintPage(painter, QRectF(QPointF(0, 0), size).adjusted(12, 12, -12, -12));
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
    return printTo(writer);
}

Status ChartExporter::printTo(QPagedPaintDevice& device) const
{
    QPainter painter;
    if (!painter.begin(&device))
        return fail(tr("the pages could not be started"));
    const QRectF page(QPointF(0, 0), device.pageLayout().paintRect(QPageLayout::Point).size());
    const int total = pagesOn(page.size());
    int number = 1;
    const Folio folio = [&](const ExportableChart&) {
        return total > 1 ? QStringLiteral("%1 / %2").arg(number).arg(total) : QString();
    };
    Status painted = paintPages(
        painter, page,
        [&] {
            ++number;
            return device.newPage();
        },
        folio);
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
