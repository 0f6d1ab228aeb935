#pragma once

#include "RecordDialog.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace Spyline {

class PartialDateEdit;

// A published source with its Admiralty grade.
class SourceDialog : public RecordDialog
{
    Q_OBJECT
public:
    SourceDialog(Store& store, Save save, QWidget* parent = nullptr);
    Status loadSource(Id sourceId);
    Result<RecordSet> records() const override;

private:
    Id m_sourceId = -1;
    QLineEdit* m_url;
    QLabel* m_urlProblem;
    QLineEdit* m_publisher;
    QLineEdit* m_title;
    PartialDateEdit* m_published;
    QComboBox* m_reliability;
    QComboBox* m_credibility;
};

} // namespace Spyline
