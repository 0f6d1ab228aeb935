#pragma once

#include "transfer/sheet/SheetImport.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QListWidget;
class QTableWidget;

namespace Spyline {

class ImportAssistant;

// The last step of the import assistant: the first rows as they will be stored, every problem of
// the whole file by line and column, and what the import would add and update in the collection.
// The import can go ahead once nothing stands in its way.
class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportPreviewPage(ImportAssistant& assistant);

    void initializePage() override;
    bool isComplete() const override;
    // Reads the sheet through the map again and checks it against the collection.
    void refresh();

private:
    void showCases(const QList<CaseRow>& rows);
    void showStatements(const QList<StatementRow>& rows);
    void showLinks(const QList<LinkRow>& rows);
    void showProblems(const QList<ImportProblem>& problems);
    // The summary and the problems; the import can go ahead when none is an error.
    void showChecked(QString summary, const QList<ImportProblem>& problems);

    ImportAssistant& m_assistant;
    QTableWidget* m_preview;
    QListWidget* m_problems;
    QLabel* m_summary;
    QCheckBox* m_skip;
    bool m_errors = true;
    bool m_checking = false; // the collection has not answered yet
    quint64 m_check = 0;
};

} // namespace Spyline
