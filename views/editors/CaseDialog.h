#pragma once

#include "store/RecordSet.h"

#include <QDialog>

#include <functional>

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
class Store;

// The form for a case with its people, events and sources. It saves through the function it is
// given (one undoable step) and stays open with the reason when something is wrong, so nothing
// half-typed is saved and nothing typed is lost.
class CaseDialog : public QDialog
{
    Q_OBJECT
public:
    // Stores the change from `before` to `after`; returns the stored records or why it failed.
    using Save = std::function<Result<RecordSet>(const RecordSet& before, const RecordSet& after)>;

    CaseDialog(Store& store, Save save, QWidget* parent = nullptr);
    ~CaseDialog() override;

    // Fills the form with a stored case, to edit it.
    Status loadCase(Id caseId);
    // The records the form describes now, or the first problem ("Events, row 2, date: ...").
    Result<RecordSet> records() const;
    // Every problem that keeps the form from being saved, in the order of the form.
    QStringList problems() const;
    // The case's id once saved.
    Id savedCaseId() const
    {
        return m_savedCaseId;
    }
    QString duplicateWarning() const;

public Q_SLOTS:
    void accept() override;

private:
    struct Problem
    {
        QString message;
        QWidget* widget = nullptr; // a field, or the table that holds the cell
        int row = -1;
        int column = -1;
    };
    QList<Problem> allProblems() const;
    void checkForDuplicates();
    void showProblem(const QString& problem);
    // Lists every problem and takes the keyboard to the first.
    void showProblems(const QList<Problem>& problems);

    Store& m_store;
    Save m_save;
    RecordSet m_before;
    Id m_caseId = -1;
    Id m_savedCaseId = 0;
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
    QLabel* m_problemLabel;
    QTabWidget* m_tabs;
    QTimer* m_duplicateTimer;
};

} // namespace Spyline
