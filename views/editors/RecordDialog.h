#pragma once

#include "store/RecordSet.h"

#include <QDialog>

#include <functional>

class QFormLayout;
class QLabel;
class QVBoxLayout;

namespace Spyline {

class Store;

// What the forms for records share: a form, a line for the problems, Save and Cancel. Saving goes
// through the function given (one undoable step); on a problem the form stays open with it, the
// keyboard goes to the field (or the table's cell) at fault, and the line follows the edits: put
// right, the problem goes. Every form shows its problems this way, so they read alike.
class RecordDialog : public QDialog
{
    Q_OBJECT
public:
    // Stores the change from `before` to `after`; returns the stored records or why it failed.
    using Save = std::function<Result<RecordSet>(const RecordSet& before, const RecordSet& after)>;

    RecordDialog(Store& store, Save save, QWidget* parent);
    // The records the form describes now, or the first problem, naming the field.
    virtual Result<RecordSet> records() const = 0;
    const RecordSet& saved() const
    {
        return m_saved;
    }

public Q_SLOTS:
    void accept() override;

protected:
    // Something that keeps the form from being saved, and where: a field, or a table and its cell.
    struct Problem
    {
        QString message; // "Date: ...", "Events, row 2, date: ..."
        QWidget* field = nullptr;
        int row = -1;
        int column = -1;
    };

    QFormLayout* form() const
    {
        return m_form;
    }
    // Puts `widget` under the form, above the problems; with a stretch it takes the room there is.
    void addBelowForm(QWidget* widget, int stretch = 0);
    Store& store() const
    {
        return m_store;
    }
    // Every problem the form can find, in the order of the form. By default the one records()
    // names, at the form's field of that name.
    virtual QList<Problem> formProblems() const;
    // The line over a list of problems; none (the default) shows a single problem on its own.
    virtual QString problemsHeading(int count) const;
    // Says `problem` (of what is being typed) in the line now; empty clears it.
    void showProblem(const QString& problem);

    RecordSet m_before;

private:
    // The problem with the form's field it names ("Date: ..." is the "Date" row's), if any.
    Problem located(const QString& message) const;
    // Lists the problems and, when `goToFirst`, takes the keyboard to the first.
    void showProblems(const QList<Problem>& problems, bool goToFirst);
    void goTo(const Problem& problem);
    // After a Save showed problems: checks the form again as it is edited.
    void followEdits();
    void recheck();

    Store& m_store;
    Save m_save;
    RecordSet m_saved;
    QFormLayout* m_form;
    QVBoxLayout* m_layout;
    QLabel* m_problemLabel;
    bool m_followingEdits = false;
    bool m_checking = false; // a Save showed problems, not all put right yet
    bool m_keptUntilSave = false; // the line shows what only a Save checks
};

} // namespace Spyline
