#pragma once

#include "records/CaseFilter.h"
#include "records/Records.h"
#include "records/ViewState.h"

#include <QTextBrowser>

#include <optional>

namespace Spyline {

class Store;

// The selected case in full: its people and their roles, its events in date order with partial
// dates as recorded, the recruitment venue and context, its links with their lag and its sources
// with their Admiralty grade. Every text from the collection is inserted as plain text. As publicly
// known on a day (setKnownOn), it shows what the handout shows of it then: the events dated by that
// day, the links between them and the sources published by then (or undated), and says how much is
// left out.
class CaseDetailView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit CaseDetailView(QWidget* parent = nullptr);

    void setStore(Store* store);
    void showCase(Id caseId);
    Id caseId() const
    {
        return m_caseId;
    }
    // Re-reads the case from the collection.
    void refresh();
    // Shows the case as publicly known on `day`; none: as recorded now.
    void setKnownOn(std::optional<DayNumber> day);

Q_SIGNALS:
    // An event, actor or source of the case was clicked.
    void recordActivated(const Spyline::RecordRef& record);
    void editRequested(const Spyline::RecordRef& record);
    void deleteRequested(const Spyline::RecordRef& record);
    // Link this announcement to a statement that preceded it.
    void linkRequested(Spyline::Id announcementId);
    // A source's web address was clicked; only http and https addresses are ever announced.
    void urlActivated(const QUrl& url);

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    void onAnchorClicked(const QUrl& url);
    static RecordRef recordOf(const QUrl& url);

    Store* m_store = nullptr;
    Id m_caseId = 0;
    // Only its day known on (setKnownOn) is set: the rules of what was known then.
    CaseFilter m_asKnown;
};

} // namespace Spyline
