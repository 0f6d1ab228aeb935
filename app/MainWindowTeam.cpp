// MainWindow, continued: a team collection (a collection on a PostgreSQL server) in the window.
#include "MainWindow.h"

#include "ChartOperations.h"
#include "EditingController.h"
#include "FileOperations.h"
#include "FirstRunHint.h"
#include "OpenCollection.h"
#include "TeamCollectionBanner.h"
#include "TeamSession.h"
#include "TimelinePanel.h"
#include "TimelineView.h"
#include "records/ViewState.h"
#include "store/CaseRepository.h"
#include "store/ServerAddress.h"
#include "store/ServerSync.h"
#include "store/Store.h"
#include "store/WorkingCopy.h"
#include "timeline/TimelineData.h"

#include <QLabel>
#include <QTabWidget>

#include <utility>

namespace Spyline {

bool MainWindow::openWorkingCopy(const std::shared_ptr<WorkingCopy>& copy, const std::shared_ptr<ServerSync>& sync,
                                 const QString& problem, QString* error)
{
    auto team = std::make_unique<TeamSession>(copy, sync, problem);
    // Open for writing only when the person's role may change the collection: each change then goes
    // to the server as it commits, and never stays in the copy alone.
    auto store = std::make_unique<Store>();
    const Store::Access access = team->canEdit() ? Store::Access::ReadWrite : Store::Access::ReadOnly;
    if (Status s = store->open(copy->path(), access); !s) {
        if (error)
            *error = s.error();
        return false;
    }
    // A new snapshot of the collection shown keeps what was selected, where it still is.
    const bool again = m_teamSession && m_teamSession->address() == copy->address();
    QList<Id> selected = again ? m_viewState->selectedCases() : QList<Id>();
    RecordRef current = again ? m_viewState->current() : RecordRef();
    showCollection(std::move(store), std::move(team));
    selected.removeIf([this](Id id) { return !CaseRepository(*this->store()).get(id); });
    if (!current.isNull() && (current.kind != RecordRef::Kind::Case || selected.contains(current.id)))
        m_viewState->pick(current, selected.value(0));
    else if (!selected.isEmpty())
        m_viewState->selectCases(selected);
    showMessage(tr("Read %L1 events from %2").arg(copy->events()).arg(serverAddressForDisplay(copy->address())));
    return true;
}

void MainWindow::showTeamTimelineFirst(const QString& address, std::shared_ptr<const TimelineData> timeline)
{
    m_files->stopWork();
    m_charts->stopWork();
    rememberTimelineWindow();
    if (m_timelineFirstAddress.isEmpty())
        m_shownBeforeTeam = collectionKey();
    // What was open goes as it would for the new collection; only the timeline has something to show.
    const std::unique_ptr<TeamSession> previous = std::move(m_teamSession);
    if (previous)
        previous->detach();
    m_collection->close();
    m_timelineFirstAddress = address;
    m_timeline->view()->setData(std::move(timeline));
    m_centralTabs->setCurrentWidget(m_timeline);
    restoreTimelineWindow();
    m_readOnlyLabel->hide();
    // The collection has cases; they are on their way.
    m_firstRunHint->hide();
    m_teamBanner->showCopying(address);
    updateWindowTitle();
    updateActions();
}

void MainWindow::showTeamCopyProgress(qint64 done, qint64 total)
{
    if (!m_timelineFirstAddress.isEmpty())
        m_teamBanner->showCopyProgress(done, total);
}

void MainWindow::abandonTeamTimelineFirst()
{
    if (m_timelineFirstAddress.isEmpty())
        return;
    m_timelineFirstAddress.clear();
    m_timeline->view()->setData(nullptr);
    m_teamBanner->hide();
    updateWindowTitle();
    updateActions();
    // Back to what the window had; a team collection reopens from the copy it keeps.
    const QString before = std::exchange(m_shownBeforeTeam, QString());
    QString error;
    if (!before.isEmpty() && !openCollection(before, &error))
        showMessage(tr("%1 could not be opened again: %2").arg(before, error));
}

QString MainWindow::teamAddress() const
{
    return m_teamSession ? m_teamSession->address() : QString();
}

void MainWindow::followTeamCollection()
{
    m_editing->setTeam(m_teamSession.get());
    m_teamBanner->setVisible(m_teamSession != nullptr);
    if (!m_teamSession)
        return;
    connect(m_teamSession.get(), &TeamSession::stateChanged, this, &MainWindow::updateTeamBanner);
    connect(m_teamSession.get(), &TeamSession::othersChanged, this, [this](int records, const QString& lastBy) {
        showMessage(tr("%n change(s) from the server, the last by %1", nullptr, records).arg(lastBy));
    });
    m_teamSession->attach(*store(), editor());
    updateTeamBanner();
}

void MainWindow::updateTeamBanner()
{
    if (!m_teamSession)
        return;
    TeamCollectionBanner::State state;
    state.address = m_teamSession->address();
    state.inStepAt = m_teamSession->inStepAt();
    state.live = m_teamSession->isLive();
    state.editable = m_teamSession->canEdit() && !store()->isReadOnly();
    state.readOnlyReason = m_teamSession->readOnlyReason();
    state.problem = m_teamSession->problem();
    m_teamBanner->showState(state);
}

} // namespace Spyline
