#pragma once

#include "ChartExporter.h"

class QIODevice;
class QTextDocument;

namespace Spyline {

class Store;

// A handout for a class: one PDF with a page for each chart (the timeline, the graph) and then a
// table of the cases shown, with their status, dates, people and numbered, graded sources.
class Handout
{
public:
    struct Page
    {
        ExportableChart* chart = nullptr;
        ChartExporter::Describe describe;
        QString title;
    };

    Handout(Store& store, QList<Id> caseIds, ExportOptions options);
    void addChart(ExportableChart& chart, ChartExporter::Describe describe, const QString& title);
    Status write(QIODevice& device) const;
    Status write(const QString& path) const;
    // The table of cases that closes the handout.
    static void writeCaseTable(Store& store, const QList<Id>& caseIds, const ChartTheme& theme,
                               QTextDocument& document);

private:
    Store& m_store;
    QList<Id> m_caseIds;
    ExportOptions m_options;
    QList<Page> m_pages;
};

} // namespace Spyline
