#pragma once

#include "RecordDialog.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace Spyline {

class CountryEdit;
class PartialDateEdit;

// A dated happening: a statement or a law of no case, or an event of a case.
class EventDialog : public RecordDialog
{
    Q_OBJECT
public:
    EventDialog(Store& store, Save save, QWidget* parent = nullptr);
    Status loadEvent(Id eventId);
    // For a new event: its kind and case to start with.
    void prepare(EventKind kind, Id caseId);
    Result<RecordSet> records() const override;

private:
    Id m_eventId = -1;
    QComboBox* m_kind;
    QComboBox* m_case;
    QLineEdit* m_title;
    PartialDateEdit* m_date;
    PartialDateEdit* m_endDate;
    QLineEdit* m_actor;
    CountryEdit* m_country;
    QLineEdit* m_city;
    QLineEdit* m_venue;
    QPlainTextEdit* m_description;
};

} // namespace Spyline
