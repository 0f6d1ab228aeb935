#pragma once

#include "ChartExporter.h"

#include <functional>

#include <QCoreApplication>

class QIODevice;
class QPagedPaintDevice;

namespace Spyline {

class Store;

// A handout for a class: one PDF with a page (or more) for each chart, then the statements and
// the announcements that followed them, a table of the cases shown with their people, and the
// numbered list of every source cited. Pages are numbered "n / N"; table rows are never split.
// A summary handout leaves out the table of cases. The work grows linearly with the cases.
class Handout
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::Handout)

public:
    struct Page
    {
        ExportableChart* chart = nullptr;
        ChartExporter::Describe describe;
        QString title;
    };
    // How big the handout will be, worked out before anything is written.
    struct Estimate
    {
        int pages = 0;
        qsizetype cases = 0;
    };
    // Called as the work goes on; returning false cancels it.
    using Progress = std::function<bool(qsizetype done, qsizetype total)>;

    Handout(Store& store, QList<Id> caseIds, ExportOptions options);
    void addChart(ExportableChart& chart, ChartExporter::Describe describe, const QString& title);
    void setSummary(bool summary)
    {
        m_summary = summary;
    }
    // As publicly known on a day: links only when both ends had happened by then, and no source
    // published later.
    void setKnownOn(std::optional<DayNumber> day)
    {
        m_knownOn = day;
    }
    void setProgress(Progress progress)
    {
        m_progress = std::move(progress);
    }
    // About how many pages: a page per chart, the rows of the tables at their usual height.
    Estimate estimate() const;
    Status write(QIODevice& device) const;
    Status write(const QString& path) const;
    // On any paged device at 72 units to the inch: a PDF writer, or a printer for printing.
    Status paint(QPagedPaintDevice& device) const;

private:
    Store& m_store;
    QList<Id> m_caseIds;
    ExportOptions m_options;
    QList<Page> m_pages;
    bool m_summary = false;
    std::optional<DayNumber> m_knownOn;
    Progress m_progress;
};

} // namespace Spyline
