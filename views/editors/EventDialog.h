#pragma once

#include "RecordDialog.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Spyline {

class CountryEdit;
class GradePicker;
class PartialDateEdit;

// A dated happening: a statement or a law of no case, or an event of a case, with the source that
// reports it (its web address, publisher and Admiralty grade, and a quote): a source already in the
// collection is cited as it is, a new one is added with the event.
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
    // The source typed is in the collection already: its publisher and grade show, unchanged.
    void lookUpSource();

    Id m_eventId = -1;
    Id m_storedSource = 0;
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
    QLineEdit* m_sourceUrl;
    QLabel* m_sourceNote;
    QLineEdit* m_sourcePublisher;
    GradePicker* m_sourceGrade;
    QLineEdit* m_quote;
};

} // namespace Spyline
