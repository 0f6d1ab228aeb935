#pragma once

#include "RecordDialog.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace Spyline {

class CountryEdit;
class PartialDateEdit;

// A person or organisation: an agency with its stations, a ministry, a newspaper.
class ActorDialog : public RecordDialog
{
    Q_OBJECT
public:
    ActorDialog(Store& store, Save save, QWidget* parent = nullptr);
    Status loadActor(Id actorId);
    Result<RecordSet> records() const override;

private:
    Id m_actorId = -1;
    QComboBox* m_kind;
    QLineEdit* m_name;
    QLineEdit* m_nativeName;
    QLineEdit* m_aliases;
    CountryEdit* m_country;
    PartialDateEdit* m_born;
    QComboBox* m_partOf;
    QPlainTextEdit* m_notes;
};

} // namespace Spyline
