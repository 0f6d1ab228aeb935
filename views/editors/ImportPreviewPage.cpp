#include "ImportPreviewPage.h"

#include "ImportAssistant.h"
#include "Palette.h"
#include "records/CountryCatalog.h"

#include <QApplication>
#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Spyline {

namespace {

constexpr int PreviewRows = 50;

QString country(const QString& code)
{
    return code.isEmpty() ? QString() : CountryCatalog::name(code);
}

QString date(const PartialDate& value)
{
    return value.isNull() ? QString() : value.text();
}

QString place(const QString& city, const QString& code)
{
    QStringList parts;
    if (!city.isEmpty())
        parts.append(city);
    if (!code.isEmpty())
        parts.append(country(code));
    return parts.join(QStringLiteral(", "));
}

} // namespace

ImportPreviewPage::ImportPreviewPage(ImportAssistant& assistant)
    : m_assistant(assistant)
    , m_preview(new QTableWidget(this))
    , m_problems(new QListWidget(this))
    , m_summary(new QLabel(this))
    , m_skip(
          new QCheckBox(tr("&Leave values that cannot be read empty where the field is optional, and list them"), this))
{
    setObjectName(QStringLiteral("importPreviewPage"));
    setTitle(tr("Preview"));
    setSubTitle(tr("The first rows as they will be stored, and every problem in the whole sheet."));
    m_preview->setObjectName(QStringLiteral("previewTableWidget"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->horizontalHeader()->setDefaultSectionSize(120);
    m_preview->verticalHeader()->hide(); // the Line column says where each row is
    m_problems->setObjectName(QStringLiteral("problemsListWidget"));
    m_problems->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_skip->setObjectName(QStringLiteral("skipBadValuesCheckBox"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_preview, 3);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems, 2);
    layout->addWidget(m_skip);
    connect(m_skip, &QCheckBox::toggled, this, [this](bool skip) {
        m_assistant.setSkipBadValues(skip);
        refresh();
    });
}

void ImportPreviewPage::initializePage()
{
    m_skip->setChecked(m_assistant.skipBadValues());
    refresh();
}

bool ImportPreviewPage::isComplete() const
{
    return !m_errors && !m_checking;
}

void ImportPreviewPage::refresh()
{
    const SheetPreview preview = previewSheet(m_assistant.table(), m_assistant.map(), m_assistant.skipBadValues());
    m_preview->clear();
    switch (m_assistant.map().records) {
    case SheetRecords::Cases:
        showCases(preview.cases);
        break;
    case SheetRecords::Statements:
        showStatements(preview.statements);
        break;
    case SheetRecords::Links:
        showLinks(preview.links);
        break;
    }
    QString summary = tr("%n row(s)", "", static_cast<int>(m_assistant.table().rows.size()))
        + tr(": %n record(s).", "", preview.records);
    if (!preview.ignoredColumns.isEmpty())
        summary += u' ' + tr("Not imported: %1.").arg(preview.ignoredColumns.join(QStringLiteral(", ")));
    // The sheet's own problems at once; then the collection's view, from the background: what
    // would be added and updated, and problems only it can find (a key no record has, a link
    // against the dates). Nothing can be imported until it has answered.
    showChecked(summary, preview.problems);
    m_checking = true;
    const quint64 check = ++m_check;
    Q_EMIT completeChanged();
    m_assistant.dryRun([page = QPointer<ImportPreviewPage>(this), check, summary,
                        problems = preview.problems](const Result<SheetImportReport>& report) {
        if (!page || check != page->m_check)
            return;
        page->m_checking = false;
        if (!report) {
            page->showChecked(summary, problems);
            return;
        }
        page->showChecked(summary + u' '
                              + tr("Into this collection it would add %1; %2 records stored already would be "
                                   "updated, %3 stay as they are.")
                                    .arg(report->added.summary())
                                    .arg(report->updated)
                                    .arg(report->unchanged),
                          report->problems);
    });
}

void ImportPreviewPage::showChecked(QString summary, const QList<ImportProblem>& problems)
{
    m_errors = std::any_of(problems.cbegin(), problems.cend(),
                           [](const ImportProblem& p) { return p.kind == ImportProblem::Kind::Error; });
    if (m_errors)
        summary += u' ' + tr("Nothing can be imported until the problems marked as errors are solved.");
    m_summary->setText(summary);
    showProblems(problems);
    Q_EMIT completeChanged();
}

void ImportPreviewPage::showProblems(const QList<ImportProblem>& problems)
{
    m_problems->clear();
    const QString name = m_assistant.table().name;
    QStyle* style = QApplication::style();
    for (const ImportProblem& problem : problems) {
        QString text;
        QIcon icon;
        switch (problem.kind) {
        case ImportProblem::Kind::Error:
            text = tr("Error: %1").arg(problem.text(name));
            icon = style->standardIcon(QStyle::SP_MessageBoxCritical);
            break;
        case ImportProblem::Kind::Skipped:
            text = tr("Left empty: %1").arg(problem.text(name));
            icon = style->standardIcon(QStyle::SP_MessageBoxWarning);
            break;
        case ImportProblem::Kind::Warning:
            text = tr("Note: %1").arg(problem.text(name));
            icon = style->standardIcon(QStyle::SP_MessageBoxInformation);
            break;
        }
        m_problems->addItem(new QListWidgetItem(icon, text));
    }
    if (problems.isEmpty())
        m_problems->addItem(tr("No problems: every value of the sheet can be read."));
}

void ImportPreviewPage::showCases(const QList<CaseRow>& rows)
{
    const QStringList headers = {tr("Line"),    tr("Key"),       tr("Title"), tr("Status"),    tr("Person"),
                                 tr("Born"),    tr("Country"),   tr("Note"),  tr("Accused"),   tr("Agency"),
                                 tr("Target"),  tr("Disclosed"), tr("By"),    tr("Recruited"), tr("Where"),
                                 tr("Context"), tr("Arrested"),  tr("Source")};
    m_preview->setColumnCount(static_cast<int>(headers.size()));
    m_preview->setHorizontalHeaderLabels(headers);
    const int count = static_cast<int>(std::min<qsizetype>(PreviewRows, rows.size()));
    m_preview->setRowCount(count);
    for (int r = 0; r < count; ++r) {
        const CaseRow& row = rows.at(r);
        const QStringList cells = {QString::number(row.line),
                                   row.key,
                                   row.title,
                                   row.status ? toLabel(*row.status) : QString(),
                                   row.suspect,
                                   date(row.suspectBorn),
                                   country(row.suspectCountry),
                                   row.suspectNote,
                                   country(row.accusedCountry),
                                   row.accusedAgency,
                                   country(row.targetCountry),
                                   date(row.disclosedOn),
                                   row.disclosedBy,
                                   date(row.recruitedOn),
                                   place(row.recruitmentCity, row.recruitmentCountry),
                                   row.recruitmentContext,
                                   date(row.arrestedOn),
                                   row.source.url};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (row.refused)
                item->setBackground(Palette::problemBackground(palette()));
            m_preview->setItem(r, c, item);
        }
    }
}

void ImportPreviewPage::showStatements(const QList<StatementRow>& rows)
{
    const QStringList headers = {tr("Line"),  tr("Key"),     tr("Kind"),         tr("Date"),    tr("Until"),
                                 tr("Title"), tr("Speaker"), tr("Organisation"), tr("Country"), tr("Source")};
    m_preview->setColumnCount(static_cast<int>(headers.size()));
    m_preview->setHorizontalHeaderLabels(headers);
    const int count = static_cast<int>(std::min<qsizetype>(PreviewRows, rows.size()));
    m_preview->setRowCount(count);
    for (int r = 0; r < count; ++r) {
        const StatementRow& row = rows.at(r);
        const QStringList cells = {QString::number(row.line),
                                   row.key,
                                   row.ignored ? tr("(ignored)") : toLabel(row.kind),
                                   date(row.date),
                                   date(row.endDate),
                                   row.title,
                                   row.speaker,
                                   row.organisation,
                                   country(row.country),
                                   row.source.url};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (row.refused)
                item->setBackground(Palette::problemBackground(palette()));
            else if (row.ignored)
                item->setForeground(Palette::mutedText(palette()));
            m_preview->setItem(r, c, item);
        }
    }
}

void ImportPreviewPage::showLinks(const QList<LinkRow>& rows)
{
    const QStringList headers = {tr("Line"),     tr("From (later)"), tr("To (earlier)"),
                                 tr("Relation"), tr("Note"),         tr("Source")};
    m_preview->setColumnCount(static_cast<int>(headers.size()));
    m_preview->setHorizontalHeaderLabels(headers);
    const int count = static_cast<int>(std::min<qsizetype>(PreviewRows, rows.size()));
    m_preview->setRowCount(count);
    for (int r = 0; r < count; ++r) {
        const LinkRow& row = rows.at(r);
        const QStringList cells = {QString::number(row.line), row.from, row.to,
                                   toLabel(row.relation),     row.note, row.source.url};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (row.refused)
                item->setBackground(Palette::problemBackground(palette()));
            m_preview->setItem(r, c, item);
        }
    }
}

} // namespace Spyline
