#pragma once

#include "store/RecordSet.h"

#include <QDialog>

#include <functional>

class QFormLayout;
class QLabel;

namespace Spyline {

class Store;

// What the forms for one record share: a form, a line for the problem, Save and Cancel. Saving
// goes through the function given (one undoable step); on a problem the form stays open with it.
class RecordDialog : public QDialog
{
    Q_OBJECT
public:
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
    QFormLayout* form() const
    {
        return m_form;
    }
    Store& store() const
    {
        return m_store;
    }
    RecordSet m_before;

private:
    Store& m_store;
    Save m_save;
    RecordSet m_saved;
    QFormLayout* m_form;
    QLabel* m_problemLabel;
};

} // namespace Spyline
