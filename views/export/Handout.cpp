#include "Handout.h"

#include "ActorRepository.h"
#include "CaseRepository.h"
#include "CountryCatalog.h"
#include "EventRepository.h"
#include "GradeBadge.h"
#include "OutputFile.h"
#include "SourceRepository.h"
#include "Store.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace Spyline {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Spyline::Handout", text);
}

} // namespace

// Written through the cursor, so record text is never read as HTML.
void Handout::writeCaseTable(Store& store, const QList<Id>& caseIds, const ChartTheme& theme, QTextDocument& document)
{
    document.setDefaultFont(theme.font);
    QTextCursor cursor(&document);
    QTextCharFormat heading;
    heading.setFontPointSize(14);
    heading.setFontWeight(QFont::Bold);
    cursor.insertText(tr("Cases and their sources"), heading);
    cursor.insertBlock();

    QTextTableFormat format;
    format.setHeaderRowCount(1);
    format.setCellPadding(3);
    format.setCellSpacing(0);
    format.setBorder(0.5);
    format.setBorderBrush(theme.grid);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setColumnWidthConstraints(
        {QTextLength(QTextLength::PercentageLength, 24), QTextLength(QTextLength::PercentageLength, 11),
         QTextLength(QTextLength::PercentageLength, 11), QTextLength(QTextLength::PercentageLength, 20),
         QTextLength(QTextLength::PercentageLength, 34)});
    QTextTable* table = cursor.insertTable(1, 5, format);
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    const QStringList headers = {tr("Case"), tr("Status"), tr("Disclosed"), tr("People"), tr("Sources")};
    for (int column = 0; column < headers.size(); ++column)
        table->cellAt(0, column).firstCursorPosition().insertText(headers.at(column), bold);

    QTextCharFormat plain;
    QTextCharFormat small;
    small.setFontPointSize(theme.font.pointSizeF() * 0.85);
    CaseRepository cases(store);
    ActorRepository actors(store);
    for (Id id : caseIds) {
        auto record = cases.get(id);
        if (!record)
            continue;
        const int row = table->rows();
        table->appendRows(1);
        table->cellAt(row, 0).firstCursorPosition().insertText(record->title, bold);
        table->cellAt(row, 1).firstCursorPosition().insertText(toLabel(record->status), plain);
        QString disclosed;
        for (const Event& event : EventRepository(store).eventsOfCase(id).value_or({})) {
            if (event.kind == EventKind::Announcement) {
                disclosed = event.date.displayText();
                break;
            }
        }
        table->cellAt(row, 2).firstCursorPosition().insertText(disclosed, plain);
        QStringList people;
        for (const Role& role : cases.roles(id).value_or({})) {
            if (auto actor = actors.get(role.actorId))
                people.append(QStringLiteral("%1 (%2)").arg(actor->name, toLabel(role.role)));
        }
        table->cellAt(row, 3).firstCursorPosition().insertText(people.join(QStringLiteral("; ")), small);
        QStringList sources;
        for (const Source& source : SourceRepository(store).sourcesOfCase(id).value_or({})) {
            sources.append(QStringLiteral("[%1] %2, \u201c%3\u201d, %4. %5")
                               .arg(source.grade.text(), source.publisher, source.title, source.published.displayText(),
                                    source.url));
        }
        table->cellAt(row, 4).firstCursorPosition().insertText(sources.join(u'\n'), small);
    }
    cursor.movePosition(QTextCursor::End);
    cursor.insertBlock();
    cursor.insertText(tr("Statuses as recorded; claims as their sources report them. Grades on the Admiralty scale: "
                         "reliability A (completely reliable) to F (cannot be judged), credibility 1 (confirmed) to "
                         "6 (cannot be judged)."),
                      small);
}

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

Status Handout::write(QIODevice& device) const
{
    if (m_caseIds.isEmpty() && m_pages.isEmpty())
        return fail(tr("there is nothing to put in the handout: the selection is empty"));
    QPdfWriter writer(&device);
    writer.setCreator(QStringLiteral("Spyline"));
    writer.setTitle(m_options.title.isEmpty() ? tr("Handout") : m_options.title);
    writer.setPageLayout(
        QPageLayout(m_options.pageSize, m_options.orientation, QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
    writer.setResolution(72);
    QPainter painter;
    if (!painter.begin(&writer))
        return fail(tr("the PDF could not be started"));
    const QRectF page(QPointF(0, 0), writer.pageLayout().paintRect(QPageLayout::Point).size());
    bool first = true;
    for (const Page& chartPage : m_pages) {
        if (!first)
            writer.newPage();
        first = false;
        ExportOptions options = m_options;
        options.title = chartPage.title;
        if (Status s = ChartExporter(*chartPage.chart, chartPage.describe, options).paintPage(painter, page); !s) {
            painter.end();
            return s;
        }
    }
    if (!m_caseIds.isEmpty()) {
        QTextDocument document;
        document.setDocumentMargin(0);
        document.setPageSize(page.size());
        writeCaseTable(m_store, m_caseIds, ChartTheme::print(), document);
        const int pages = document.pageCount();
        for (int i = 0; i < pages; ++i) {
            if (!first)
                writer.newPage();
            first = false;
            painter.save();
            painter.translate(0, -i * page.height());
            document.drawContents(&painter, QRectF(0, i * page.height(), page.width(), page.height()));
            painter.restore();
        }
    }
    painter.end();
    return {};
}

Status Handout::write(const QString& path) const
{
    return writeOutputFile(path, m_store.path(), [&](QIODevice& file) { return write(file); });
}

} // namespace Spyline
