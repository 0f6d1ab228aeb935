#include "TeamSession.h"

#include "editing/CollectionEditor.h"
#include "store/ServerChangeListener.h"
#include "store/ServerSync.h"
#include "store/Store.h"
#include "store/WorkingCopy.h"

#include <utility>

namespace Spyline {

TeamSession::TeamSession(std::shared_ptr<WorkingCopy> copy, std::shared_ptr<ServerSync> sync, const QString& problem,
                         QObject* parent)
    : QObject(parent)
    , m_copy(std::move(copy))
    , m_sync(std::move(sync))
    , m_problem(problem)
    , m_inStepAt(m_copy->takenAt())
{
}

TeamSession::~TeamSession()
{
    detach();
}

QString TeamSession::address() const
{
    return m_copy->address();
}

bool TeamSession::canEdit() const
{
    return m_sync && !m_sync->isReadOnly();
}

QString TeamSession::readOnlyReason() const
{
    if (!m_sync)
        return m_problem;
    return m_sync->isReadOnly() ? m_sync->readOnlyReason() : QString();
}

bool TeamSession::isLive() const
{
    return m_sync && m_listener && m_listener->isListening() && problem().isEmpty();
}

QString TeamSession::problem() const
{
    if (m_problem.isEmpty() && m_listener && !m_listener->isListening())
        return m_listener->problem();
    return m_problem;
}

qint64 TeamSession::syncedTo() const
{
    return m_sync ? m_sync->syncedTo() : m_copy->changeSequence();
}

void TeamSession::attach(Store& store, CollectionEditor* editor)
{
    detach();
    m_store = &store;
    m_editor = editor;
    if (!m_sync)
        return;
    if (canEdit()) {
        if (Status s = m_sync->track(store); !s) {
            m_problem = s.error();
            return;
        }
        if (m_editor) {
            ServerSync* sync = m_sync.get();
            m_editor->setBeforeReplay([sync] { sync->setNextChangeIsUndo(); });
        }
    }
    m_listener = new ServerChangeListener(this);
    // The notices only say that something was committed; pull() reads what from the log itself.
    connect(m_listener, &ServerChangeListener::changed, this, &TeamSession::pull);
    connect(m_listener, &ServerChangeListener::listening, this, [this] {
        m_problem.clear();
        pull();
    });
    connect(m_listener, &ServerChangeListener::interrupted, this, [this](const QString& reason) {
        m_problem = reason;
        Q_EMIT stateChanged();
    });
    if (Status s = m_sync->listen(*m_listener); !s) {
        m_problem = s.error();
        Q_EMIT stateChanged();
    }
    // What was committed since the copy was taken (or, for a kept copy, since it was last in step).
    pull();
}

void TeamSession::detach()
{
    if (m_listener) {
        m_listener->stop();
        delete m_listener;
        m_listener = nullptr;
    }
    if (m_editor)
        m_editor->setBeforeReplay({});
    if (m_sync)
        m_sync->untrack();
    m_store = nullptr;
    m_editor = nullptr;
}

void TeamSession::holdPulls()
{
    ++m_pullsHeld;
}

void TeamSession::releasePulls(const ServerSync* writer)
{
    if (writer && m_sync)
        m_sync->adoptOwnChanges(*writer);
    if (m_pullsHeld > 0 && --m_pullsHeld == 0 && std::exchange(m_pullWaiting, false))
        pull();
}

void TeamSession::pull()
{
    if (!m_sync || !m_store)
        return;
    if (m_pullsHeld > 0) {
        m_pullWaiting = true;
        return;
    }
    auto pulled = m_sync->pull();
    if (!pulled) {
        m_problem = pulled.error();
        Q_EMIT stateChanged();
        return;
    }
    m_problem.clear();
    m_inStepAt = QDateTime::currentDateTime();
    m_copy->noteInStep(m_sync->syncedTo());
    if (pulled->changes) {
        m_store->noteChange(pulled->changes);
        Q_EMIT othersChanged(pulled->count, pulled->lastBy);
    }
    Q_EMIT stateChanged();
}

} // namespace Spyline
