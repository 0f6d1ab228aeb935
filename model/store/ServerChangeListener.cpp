#include "store/ServerChangeListener.h"

#include "store/ChangeLog.h"
#include "store/PostgresConnection.h"
#include "store/ServerAddress.h"

#include <QSocketNotifier>

#include <libpq-fe.h>

#include <algorithm>

namespace Spyline {

namespace {

// The changes read at a time; a copy of a whole collection comes in several helpings, between which
// the window goes on.
constexpr int Batch = 2000;
// A connection that has not succeeded by then is given up and tried again.
constexpr int ConnectTimeoutMs = 15000;
// The first try again is soon (a server restarted is back at once), the later ones less often.
constexpr int FirstRetryMs = 200;
constexpr int LastRetryMs = 10000;

void ignoreNotice(void*, const char*) { }

QString lastError(const pg_conn* connection)
{
    const QString message = connection ? QString::fromUtf8(PQerrorMessage(connection)).trimmed() : QString();
    return message.isEmpty() ? ServerChangeListener::tr("the server gave no reason") : message;
}

} // namespace

ServerChangeListener::ServerChangeListener(QObject* parent)
    : QObject(parent)
{
    m_retry.setSingleShot(true);
    m_connectTimeout.setSingleShot(true);
    m_moreChanges.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &ServerChangeListener::connectToServer);
    connect(&m_connectTimeout, &QTimer::timeout, this,
            [this] { lose(tr("the server did not answer within %n second(s)", nullptr, ConnectTimeoutMs / 1000)); });
    connect(&m_moreChanges, &QTimer::timeout, this, &ServerChangeListener::readChanges);
}

ServerChangeListener::~ServerChangeListener()
{
    closeConnection();
    m_password.fill('\0');
}

void ServerChangeListener::setPassword(const QByteArray& password)
{
    m_password.fill('\0');
    // A copy of its own, so that overwriting it never touches the caller's.
    m_password = QByteArray(password.constData(), password.size());
}

Status ServerChangeListener::start(const QString& address, qint64 since)
{
    stop();
    if (Status s = checkServerAddress(address); !s)
        return s;
    m_address = address;
    m_last = std::max<qint64>(since, 0);
    m_retryDelay = FirstRetryMs;
    connectToServer();
    return {};
}

void ServerChangeListener::stop()
{
    closeConnection();
    m_retry.stop();
    m_state = State::Stopped;
    m_problem.clear();
}

void ServerChangeListener::closeConnection()
{
    m_connectTimeout.stop();
    m_moreChanges.stop();
    if (m_notifier) {
        m_notifier->setEnabled(false);
        m_notifier->deleteLater();
        m_notifier = nullptr;
    }
    if (m_connection)
        PQfinish(m_connection);
    m_connection = nullptr;
}

void ServerChangeListener::watchSocket(bool forWriting)
{
    const int socket = PQsocket(m_connection);
    const QSocketNotifier::Type type = forWriting ? QSocketNotifier::Write : QSocketNotifier::Read;
    if (m_notifier && m_notifier->socket() == socket && m_notifier->type() == type) {
        m_notifier->setEnabled(true);
        return;
    }
    if (m_notifier) {
        m_notifier->setEnabled(false);
        m_notifier->deleteLater();
    }
    m_notifier = new QSocketNotifier(socket, type, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        if (m_state == State::Connecting)
            continueConnecting();
        else if (m_state == State::Listening)
            onReadable();
    });
}

void ServerChangeListener::connectToServer()
{
    closeConnection();
    m_state = State::Connecting;
    const QByteArray address = m_address.toUtf8();
    const char* keywords[] = {"dbname", "client_encoding", "fallback_application_name", nullptr, nullptr};
    const char* values[] = {address.constData(), "UTF8", "spyline", nullptr, nullptr};
    if (!m_password.isEmpty()) {
        keywords[3] = "password";
        values[3] = m_password.constData();
    }
    m_connection = PQconnectStartParams(keywords, values, 1);
    if (!m_connection || PQstatus(m_connection) == CONNECTION_BAD || PQsocket(m_connection) < 0) {
        lose(lastError(m_connection));
        return;
    }
    m_connectTimeout.start(ConnectTimeoutMs);
    // libpq's rule: after PQconnectStart, wait as if PQconnectPoll had asked to write.
    watchSocket(true);
}

void ServerChangeListener::continueConnecting()
{
    switch (PQconnectPoll(m_connection)) {
    case PGRES_POLLING_READING:
        watchSocket(false);
        return;
    case PGRES_POLLING_WRITING:
        watchSocket(true);
        return;
    case PGRES_POLLING_OK:
        m_connectTimeout.stop();
        startListening();
        return;
    default:
        lose(lastError(m_connection));
        return;
    }
}

void ServerChangeListener::startListening()
{
    PQsetNoticeProcessor(m_connection, &ignoreNotice, nullptr);
    // LISTEN before reading: a change committed after it is heard, one committed before it is read.
    pg_result* result = PQexec(m_connection, "LISTEN spyline_changes");
    const bool listens = result && PQresultStatus(result) == PGRES_COMMAND_OK;
    const QString failure = listens ? QString() : PostgresConnection::describeFailure(m_connection, result);
    PQclear(result);
    if (!listens) {
        lose(failure);
        return;
    }
    auto first = Spyline::readChanges(m_connection, m_last, Batch);
    if (!first) {
        lose(first.error());
        return;
    }
    m_state = State::Listening;
    m_problem.clear();
    m_retryDelay = FirstRetryMs;
    watchSocket(false);
    // A notice that came in with the answers is in libpq's hands already: the socket will not say so.
    const bool more = first->size() == Batch || takeNotices();
    if (!first->isEmpty())
        m_last = first->last().sequence;
    if (more)
        m_moreChanges.start(0);
    emit listening();
    if (!first->isEmpty() && m_state == State::Listening)
        emit changed(*first);
}

bool ServerChangeListener::takeNotices()
{
    bool heard = false;
    while (PGnotify* notice = PQnotifies(m_connection)) {
        heard = true;
        PQfreemem(notice);
    }
    return heard;
}

void ServerChangeListener::onReadable()
{
    if (!PQconsumeInput(m_connection) || PQstatus(m_connection) == CONNECTION_BAD) {
        lose(tr("the connection to %1 was lost: %2").arg(m_address, lastError(m_connection)));
        return;
    }
    if (takeNotices())
        readChanges();
}

void ServerChangeListener::readChanges()
{
    if (m_state != State::Listening)
        return;
    auto changes = Spyline::readChanges(m_connection, m_last, Batch);
    if (!changes) {
        lose(tr("the changes to %1 cannot be read: %2").arg(m_address, changes.error()));
        return;
    }
    // Notices that arrived while the changes were read are answered by this reading, or by the next.
    const bool heardMeanwhile = takeNotices();
    if (!changes->isEmpty())
        m_last = changes->last().sequence;
    if (changes->size() == Batch || heardMeanwhile)
        m_moreChanges.start(0);
    if (!changes->isEmpty())
        emit changed(*changes);
}

void ServerChangeListener::lose(const QString& reason)
{
    closeConnection();
    if (m_state == State::Stopped)
        return;
    const QString problem = reason.contains(m_address) ? reason : tr("%1 cannot be heard: %2").arg(m_address, reason);
    const bool news = problem != m_problem || m_state == State::Listening;
    m_state = State::Waiting;
    m_problem = problem;
    m_retry.start(m_retryDelay);
    m_retryDelay = std::min(m_retryDelay * 2, LastRetryMs);
    if (news)
        emit interrupted(m_problem);
}

} // namespace Spyline
