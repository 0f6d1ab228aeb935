#pragma once

#include "RecordDialog.h"
#include "store/EditingAids.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTreeWidget;

namespace Spyline {

// Links an announcement to the statement that preceded it. Spyline proposes the statements of the
// days before (those of the other side first, the nearest first, each with its lag); the person
// picks one, the relation, and the source that ties the two.
class LinkDialog : public RecordDialog
{
    Q_OBJECT
public:
    LinkDialog(Store& store, Save save, int windowDays, QWidget* parent = nullptr);
    Status loadAnnouncement(Id announcementId);
    Result<RecordSet> records() const override;
    QTreeWidget* proposalsView() const
    {
        return m_proposals;
    }

private:
    void propose();

    Id m_announcementId = 0;
    QLabel* m_announcement;
    QSpinBox* m_window;
    QTreeWidget* m_proposals;
    QComboBox* m_relation;
    QComboBox* m_source;
    QLineEdit* m_note;
};

} // namespace Spyline
