#include "Handout.h"

#include "PageFlow.h"
#include "SourceListing.h"
#include "records/CaseFilter.h"
#include "store/ActorRepository.h"
#include "store/CaseRepository.h"
#include "store/EventRepository.h"
#include "store/LinkRepository.h"
#include "store/SourceRepository.h"
#include "store/Store.h"
#include "transfer/OutputFile.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QPdfWriter>
#include <QSet>

#include <algorithm>

namespace Spyline {

namespace {

QFont sized(const QFont& base, qreal points, bool bold = false)
{
    QFont font = base;
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

// A row of the case table takes about three lines of its small print.
constexpr qreal CaseRowPoints = 3 * 10 + 6;
constexpr qreal SourceRowPoints = 2 * 10 + 6;

// Sources are numbered in the order they are first cited, each listed once at the end.
class SourceNumbers
{
public:
    int number(const Source& source)
    {
        auto it = m_numbers.find(source.id);
        if (it != m_numbers.end())
            return *it;
        m_sources.append(source);
        m_numbers.insert(source.id, int(m_sources.size()));
        return int(m_sources.size());
    }
    // 0 for a source not numbered.
    int find(Id id) const
    {
        return m_numbers.value(id, 0);
    }
    const QList<Source>& sources() const
    {
        return m_sources;
    }

private:
    QHash<Id, int> m_numbers;
    QList<Source> m_sources;
};

// "Zeng (曾)": the romanised name with the native one beside it, when it is recorded.
QString nameOf(const Actor& actor)
{
    if (actor.nativeName.trimmed().isEmpty() || actor.nativeName.trimmed() == actor.name.trimmed())
        return actor.name;
    return QStringLiteral("%1 (%2)").arg(actor.name, actor.nativeName.trimmed());
}

// Actors read once each, however many cases name them.
class ActorNames
{
public:
    explicit ActorNames(Store& store)
        : m_actors(store)
    {
    }
    QString name(Id id)
    {
        auto it = m_names.find(id);
        if (it != m_names.end())
            return *it;
        auto actor = m_actors.get(id);
        QString name = actor ? nameOf(*actor) : QString();
        m_names.insert(id, name);
        return name;
    }

private:
    ActorRepository m_actors;
    QHash<Id, QString> m_names;
};

QString numbersText(const QList<int>& numbers)
{
    QStringList parts;
    for (int n : numbers)
        parts.append(QStringLiteral("[%1]").arg(n));
    return parts.join(u' ');
}

// "[1]–[12], [15], [20]–[21]": numbers in order, runs of three or more as a range.
QString numberRanges(QList<int> numbers)
{
    std::sort(numbers.begin(), numbers.end());
    numbers.resize(std::unique(numbers.begin(), numbers.end()) - numbers.begin());
    QStringList parts;
    for (qsizetype i = 0; i < numbers.size();) {
        qsizetype end = i;
        while (end + 1 < numbers.size() && numbers.at(end + 1) == numbers.at(end) + 1)
            ++end;
        if (end - i >= 2) {
            parts.append(QStringLiteral("[%1]\u2013[%2]").arg(numbers.at(i)).arg(numbers.at(end)));
        } else {
            for (qsizetype k = i; k <= end; ++k)
                parts.append(QStringLiteral("[%1]").arg(numbers.at(k)));
        }
        i = end + 1;
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

Handout::Handout(Store& store, QList<Id> caseIds, ExportOptions options)
    : m_store(store)
    , m_caseIds(std::move(caseIds))
    , m_options(std::move(options))
{
    m_options.format = ExportOptions::Format::Pdf;
}

void Handout::addChart(ExportableChart& chart, ChartExporter::Describe describe, const QString& title)
{
    m_pages.append({&chart, std::move(describe), title});
}

Handout::Estimate Handout::estimate() const
{
    const QPageLayout layout(m_options.pageSize, m_options.orientation, QMarginsF(12, 12, 12, 12),
                             QPageLayout::Millimeter);
    const qreal height = std::max<qreal>(100, layout.paintRect(QPageLayout::Point).height());
    Estimate estimate;
    estimate.cases = m_caseIds.size();
    qreal points = 0;
    if (!m_summary)
        points += m_caseIds.size() * CaseRowPoints + m_caseIds.size() * SourceRowPoints;
    estimate.pages = int(m_pages.size()) + int(std::ceil(points / height)) + 1;
    return estimate;
}

Status Handout::write(QIODevice& device) const
{
    if (m_caseIds.isEmpty() && m_pages.isEmpty())
        return fail(tr("there is nothing to put in the handout: the selection is empty"));
    QPdfWriter pdf(&device);
    pdf.setCreator(QStringLiteral("Spyline"));
    pdf.setTitle(m_options.title.isEmpty() ? tr("Handout") : m_options.title);
    pdf.setPageLayout(
        QPageLayout(m_options.pageSize, m_options.orientation, QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
    // In points: PDF coordinates are real numbers, so nothing is lost to rounding.
    pdf.setResolution(72);
    return paint(pdf);
}

Status Handout::paint(QPagedPaintDevice& writer) const
{
    if (m_caseIds.isEmpty() && m_pages.isEmpty())
        return fail(tr("there is nothing to put in the handout: the selection is empty"));
    QPainter painter;
    if (!painter.begin(&writer))
        return fail(tr("the PDF could not be started"));
    const QRectF page(QPointF(0, 0), writer.pageLayout().paintRect(QPageLayout::Point).size());
    const ChartTheme theme = ChartTheme::print();
    const QFont base = theme.font;
    const QFont headingFont = sized(base, 14, true);
    const QFont textFont = sized(base, 9);
    const QFont boldFont = sized(base, 9, true);
    const QFont smallFont = sized(base, 7.5);
    const QFont folioFont = sized(base, 8.5);
    const qreal folioHeight = QFontMetricsF(folioFont, &writer).height() + 4;
    const qsizetype total = m_caseIds.size() * 2 + 2;
    qsizetype done = 0;
    const auto advance = [&](qsizetype steps) { return !m_progress || m_progress(done += steps, total); };
    const auto cancelled = [&] {
        painter.end();
        return fail(tr("the handout was cancelled"));
    };

    // One numbering of sources for the whole handout, listed once at its end: the charts' first, in
    // the order their pages cite them, then those of the links and the cases.
    SourceNumbers numbers;
    // A chart's options as it is painted: the first page carries the handout's own title and
    // subtitle, so it is counted with them too (they take room from its lanes).
    const auto chartOptions = [&](const Page& chartPage) {
        ExportOptions options = m_options;
        const bool first = &chartPage == &m_pages.constFirst();
        options.title = first && !m_options.title.isEmpty() ? m_options.title : chartPage.title;
        options.subtitle = first
            ? (m_options.subtitle.isEmpty() && !m_options.title.isEmpty() ? chartPage.title : m_options.subtitle)
            : QString();
        options.citeSources = [&numbers](const QList<Source>& cited) {
            QList<int> found;
            for (const Source& source : cited) {
                if (const int number = numbers.find(source.id); number > 0)
                    found.append(number);
            }
            if (found.isEmpty())
                return Handout::tr("No source is cited for what this page shows.");
            return Handout::tr("%1, listed with their grades under Sources at the end of the handout.")
                .arg(numberRanges(found));
        };
        return options;
    };
    // How many pages each chart takes, so that the page numbers are right from the first.
    QList<int> chartPages;
    for (const Page& chartPage : m_pages) {
        const ChartExporter exporter(*chartPage.chart, chartPage.describe, chartOptions(chartPage));
        auto cited = exporter.sourcesOn(page.size());
        if (!cited) {
            painter.end();
            return fail(cited.error());
        }
        for (const Source& source : *cited)
            numbers.number(source);
        // Laid out again now that its sources have their numbers: the line citing them may be longer
        // than the one the first layout drew, and the chart's pages follow from what is left.
        chartPages.append(exporter.pagesOn(page.size()));
    }

    // The text pages, laid out before any is painted so that the page count is known for every page
    // number.
    PageFlow flow(QSizeF(page.width(), page.height() - folioHeight), &writer);
    ActorNames actors(m_store);
    const QSet<Id> shown(m_caseIds.begin(), m_caseIds.end());

    // The point of the lesson: what was said, and what was announced after it.
    auto links = LinkRepository(m_store).all();
    if (!links) {
        painter.end();
        return fail(links.error());
    }
    SourceRepository sources(m_store);
    CaseFilter asKnown;
    asKnown.knownOn = m_knownOn;
    const auto known = [&](const PartialDate& date) { return asKnown.knows(date); };
    const auto readable = [&](const Source& source) { return asKnown.canRead(source); };
    QList<QList<PageFlow::Cell>> linkRows;
    for (const LinkDetail& detail : *links) {
        const Event& later = detail.from;
        const Event& earlier = detail.to;
        if (!shown.contains(later.caseId) && !shown.contains(earlier.caseId))
            continue;
        if (!known(later.date) || !known(earlier.date))
            continue;
        QString said = earlier.title;
        if (earlier.actorId) {
            if (const QString who = actors.name(earlier.actorId); !who.isEmpty())
                said = who + QStringLiteral(": ") + said;
        }
        QString announced = later.title;
        if (later.caseId) {
            if (auto record = CaseRepository(m_store).get(later.caseId))
                announced = record->title + QStringLiteral(": ") + later.title;
        }
        QList<int> cited;
        if (detail.link.sourceId) {
            if (auto source = sources.get(detail.link.sourceId); source && readable(*source))
                cited.append(numbers.number(*source));
        }
        linkRows.append({{earlier.date.displayText(), textFont},
                         {said, textFont},
                         {later.date.displayText(), textFont},
                         {announced, textFont},
                         {detail.lag.text(), boldFont},
                         {numbersText(cited), smallFont}});
    }
    flow.heading(tr("Statements and the announcements that followed"), headingFont);
    if (linkRows.isEmpty()) {
        flow.paragraph(tr("No statement is linked to an announcement of the cases shown."), textFont);
    } else {
        flow.paragraph(tr("Each row: a public statement, the announcement recorded as following it, and the days "
                          "between them (a range where a date is known only to the month)."),
                       smallFont, theme.mutedText);
        flow.beginTable({0.11, 0.30, 0.11, 0.33, 0.07, 0.08},
                        {{tr("Said on"), boldFont},
                         {tr("Who said what"), boldFont},
                         {tr("Announced on"), boldFont},
                         {tr("Announcement"), boldFont},
                         {tr("Lag"), boldFont},
                         {tr("Source"), boldFont}});
        for (const auto& row : linkRows)
            flow.row(row);
        flow.endTable();
    }

    CaseRepository cases(m_store);
    EventRepository events(m_store);
    if (m_summary) {
        flow.paragraph(tr("%n case is shown in the charts. The full handout lists each case with its people and "
                          "sources.",
                          nullptr, int(m_caseIds.size())),
                       textFont);
    } else {
        flow.pageBreak();
        flow.heading(tr("Cases"), headingFont);
        flow.beginTable({0.27, 0.11, 0.11, 0.36, 0.15},
                        {{tr("Case"), boldFont},
                         {tr("Status"), boldFont},
                         {tr("Disclosed"), boldFont},
                         {tr("People"), boldFont},
                         {tr("Sources"), boldFont}});
        for (Id id : m_caseIds) {
            if (!advance(1))
                return cancelled();
            auto record = cases.get(id);
            if (!record)
                continue;
            QString disclosed;
            for (const Event& event : events.eventsOfCase(id).value_or({})) {
                if (event.kind == EventKind::Announcement && known(event.date)) {
                    disclosed = event.date.displayText();
                    break;
                }
            }
            QStringList people;
            for (const Role& role : cases.roles(id).value_or({})) {
                if (const QString name = actors.name(role.actorId); !name.isEmpty())
                    people.append(QStringLiteral("%1, %2").arg(name, toLabel(role.role)));
            }
            QList<int> cited;
            for (const Source& source : sources.sourcesOfCase(id).value_or({})) {
                if (readable(source))
                    cited.append(numbers.number(source));
            }
            flow.row({{record->title, boldFont},
                      {toLabel(record->status), textFont},
                      {disclosed, textFont},
                      {people.join(u'\n'), smallFont},
                      {numbersText(cited), smallFont}});
        }
        flow.endTable();
    }

    // Every source once, numbered as the charts and the tables above cite it; the full list runs on
    // as long as it needs.
    if (!numbers.sources().isEmpty()) {
        flow.heading(tr("Sources"), headingFont);
        flow.paragraph(tr("Grades in brackets on the Admiralty scale: reliability A (completely reliable) to F "
                          "(cannot be judged), credibility 1 (confirmed) to 6 (cannot be judged). A source without "
                          "a grade is not graded. Statuses as recorded; claims as their sources report them."),
                       smallFont, theme.mutedText);
        SourceListing::addTable(flow, numbers.sources(), smallFont, sized(base, 7.5, true), boldFont);
    }

    int pageCount = flow.pageCount();
    for (int pages : chartPages)
        pageCount += pages;

    int number = 0;
    const auto folio = [&] { return QStringLiteral("%1 / %2").arg(number).arg(pageCount); };
    const auto nextPage = [&] {
        if (number > 0 && !writer.newPage())
            return false;
        ++number;
        return true;
    };
    for (const Page& chartPage : m_pages) {
        const ExportOptions options = chartOptions(chartPage);
        if (!nextPage()) {
            painter.end();
            return fail(tr("a page of the PDF could not be started"));
        }
        Status painted = ChartExporter(*chartPage.chart, chartPage.describe, options)
                             .paintPages(
                                 painter, page,
                                 [&] {
                                     if (!writer.newPage())
                                         return false;
                                     ++number;
                                     return true;
                                 },
                                 [&](const ExportableChart&) { return folio(); });
        if (!painted) {
            painter.end();
            return painted;
        }
    }
    for (int i = 0; i < flow.pageCount(); ++i) {
        if (!advance(i == 0 ? 0 : qsizetype(m_caseIds.size() / std::max(1, flow.pageCount()))))
            return cancelled();
        if (!nextPage()) {
            painter.end();
            return fail(tr("a page of the PDF could not be started"));
        }
        flow.paint(painter, i, page.topLeft());
        painter.setFont(folioFont);
        painter.setPen(theme.mutedText);
        painter.drawText(QRectF(page.left(), page.bottom() - folioHeight, page.width(), folioHeight),
                         Qt::AlignRight | Qt::AlignBottom, folio());
    }
    painter.end();
    // A cancel up to the last page still leaves nothing: the file is put in place only after this.
    if (m_progress && !m_progress(total, total))
        return fail(tr("the handout was cancelled"));
    return {};
}

Status Handout::write(const QString& path) const
{
    return writeOutputFile(path, m_store.path(), [&](QIODevice& file) { return write(file); });
}

} // namespace Spyline
