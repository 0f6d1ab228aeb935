#pragma once

#include "RecordDialog.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;
class QTimer;

namespace Spyline {

class CountryEdit;
class EventsTable;
class RolesTable;
class SourcesTable;

// The form for a case with its people, events and sources. It saves through the function it is
// given (one undoable step) and stays open with every problem listed when something is wrong, so
// nothing half-typed is saved and nothing typed is lost.
class CaseDialog : public RecordDialog
{
    Q_OBJECT
public:
    CaseDialog(Store& store, Save save, QWidget* parent = nullptr);
    ~CaseDialog() override;

    // Fills the form with a stored case, to edit it.
    Status loadCase(Id caseId);
    // The records the form describes now, or the first problem ("Events, row 2, date: ...").
    Result<RecordSet> records() const override;
    // Every problem that keeps the form from being saved, in the order of the form.
    QStringList problems() const;
    // The case's id once saved.
    Id savedCaseId() const;
    QString duplicateWarning() const;

protected:
    QList<Problem> formProblems() const override;
    QString problemsHeading(int count) const override;

private:
    void checkForDuplicates();

    Id m_caseId = -1;
    QLineEdit* m_title;
    QComboBox* m_status;
    QLineEdit* m_sector;
    CountryEdit* m_target;
    CountryEdit* m_accused;
    QPlainTextEdit* m_summary;
    QLineEdit* m_reference;
    RolesTable* m_roles;
    EventsTable* m_events;
    SourcesTable* m_sources;
    QLabel* m_duplicateLabel;
    QTabWidget* m_tabs;
    QTimer* m_duplicateTimer;
};

} // namespace Spyline
