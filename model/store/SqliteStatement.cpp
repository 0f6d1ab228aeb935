#include "store/SqliteStatement.h"

#include "records/Validation.h"
#include "store/StoreAccess.h"

#include <QCoreApplication>

#include <sqlite3.h>
#include <utility>

namespace Spyline {

namespace {

struct SqlQuery
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::SqlQuery)
};

// Said of the collection as a whole, as the store says it.
struct StoreMessages
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::Store)
};

} // namespace

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_statement(std::exchange(other.m_statement, nullptr))
    , m_failed(other.m_failed)
    , m_state(std::exchange(other.m_state, State::Ready))
    , m_rowsAffected(other.m_rowsAffected)
{
}

SqliteStatement& SqliteStatement::operator=(SqliteStatement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_db = std::exchange(other.m_db, nullptr);
        m_statement = std::exchange(other.m_statement, nullptr);
        m_failed = other.m_failed;
        m_state = std::exchange(other.m_state, State::Ready);
        m_rowsAffected = other.m_rowsAffected;
    }
    return *this;
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

Status SqliteStatement::prepare(sqlite3* db, const char* sql)
{
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    m_db = db;
    m_failed = false;
    m_state = State::Ready;
    if (!db)
        return fail(SqlQuery::tr("no collection is open"));
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) != SQLITE_OK)
        return fail(QString::fromUtf8(sqlite3_errmsg(db)));
    return {};
}

Status SqliteStatement::prepare(sqlite3* db, const QString& sql)
{
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    m_db = db;
    m_failed = false;
    m_state = State::Ready;
    if (!db)
        return fail(SqlQuery::tr("no collection is open"));
    const QByteArray utf8 = sql.toUtf8();
    const char* tail = nullptr;
    if (sqlite3_prepare_v3(db, utf8.constData(), int(utf8.size()), 0, &m_statement, &tail) != SQLITE_OK)
        return fail(QString::fromUtf8(sqlite3_errmsg(db)));
    // One statement at a time: what follows the first may only be spaces.
    for (; tail && tail < utf8.constData() + utf8.size(); ++tail) {
        if (*tail != ' ' && *tail != '\n' && *tail != '\t' && *tail != '\r' && *tail != ';') {
            sqlite3_finalize(m_statement);
            m_statement = nullptr;
            return fail(SqlQuery::tr("Unable to execute multiple statements at a time"));
        }
    }
    if (!m_statement)
        return fail(SqlQuery::tr("the statement is empty"));
    return {};
}

void SqliteStatement::bind(int index, const QString& text)
{
    // The collection stores UTF-8, and Qt's converter is faster than SQLite's.
    const QByteArray utf8 = normaliseText(text).toUtf8();
    sqlite3_bind_text64(m_statement, index, utf8.constData(), static_cast<sqlite3_uint64>(utf8.size()),
                        SQLITE_TRANSIENT, SQLITE_UTF8);
}

void SqliteStatement::bindVerbatim(int index, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text64(m_statement, index, utf8.constData(), static_cast<sqlite3_uint64>(utf8.size()),
                        SQLITE_TRANSIENT, SQLITE_UTF8);
}

void SqliteStatement::bindUtf8(int index, QByteArrayView utf8)
{
    sqlite3_bind_text64(m_statement, index, utf8.data(), static_cast<sqlite3_uint64>(utf8.size()), SQLITE_TRANSIENT,
                        SQLITE_UTF8);
}

void SqliteStatement::bindReal(int index, double value)
{
    sqlite3_bind_double(m_statement, index, value);
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

void SqliteStatement::bindOptional(int index, const QString& text)
{
    if (text.isEmpty())
        bindNull(index);
    else
        bind(index, text);
}

void SqliteStatement::bindOptional(int index, qint64 id)
{
    if (id == 0)
        bindNull(index);
    else
        bind(index, id);
}

void SqliteStatement::bindValue(int index, const QVariant& value)
{
    // Text columns say "nothing" with '', and NULL is asked for explicitly (nullableText), so a
    // null QString that is not itself a NULL marker binds as ''.
    if (value.isNull()) {
        bindNull(index);
        return;
    }
    switch (value.metaType().id()) {
    case QMetaType::QString:
        bind(index, value.toString());
        return;
    case QMetaType::Bool:
        bind(index, value.toBool() ? 1 : 0);
        return;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
        bind(index, value.toLongLong());
        return;
    case QMetaType::Double:
    case QMetaType::Float:
        sqlite3_bind_double(m_statement, index, value.toDouble());
        return;
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        if (bytes.isNull())
            bindNull(index);
        else
            sqlite3_bind_blob64(m_statement, index, bytes.constData(), static_cast<sqlite3_uint64>(bytes.size()),
                                SQLITE_TRANSIENT);
        return;
    }
    default:
        bind(index, value.toString());
        return;
    }
}

bool SqliteStatement::step()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW) {
        m_state = State::OnRow;
        return true;
    }
    m_state = State::Done;
    m_failed = rc != SQLITE_DONE;
    return false;
}

Status SqliteStatement::run()
{
    const int rc = sqlite3_step(m_statement);
    m_failed = rc != SQLITE_DONE && rc != SQLITE_ROW;
    const QString message = m_failed ? error() : QString();
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_state = State::Ready;
    if (m_failed)
        return fail(message);
    return {};
}

Status SqliteStatement::exec(const QVariantList& values)
{
    if (!m_statement)
        return fail(SqlQuery::tr("no statement is prepared"));
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_failed = false;
    m_rowsAffected = 0;
    for (int i = 0; i < values.size(); ++i)
        bindValue(i + 1, values.at(i));
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW) {
        m_state = State::RowWaiting;
        return {};
    }
    if (rc != SQLITE_DONE) {
        m_failed = true;
        const QString message = describeSqlError(error());
        sqlite3_reset(m_statement);
        m_state = State::Done;
        return fail(message);
    }
    // Done at once (a change): counted now, and reset so that it holds no lock.
    m_rowsAffected = sqlite3_changes(m_db);
    sqlite3_reset(m_statement);
    m_state = State::Done;
    return {};
}

bool SqliteStatement::next()
{
    switch (m_state) {
    case State::RowWaiting:
        m_state = State::OnRow;
        return true;
    case State::OnRow:
        if (step())
            return true;
        // At the end the statement lets go of what it read, as Qt SQL's does.
        sqlite3_reset(m_statement);
        return false;
    case State::Ready:
    case State::Done:
        return false;
    }
    return false;
}

void SqliteStatement::finish()
{
    sqlite3_reset(m_statement);
    m_state = State::Done;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_failed = false;
    m_state = State::Ready;
}

QString SqliteStatement::error() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : SqlQuery::tr("no collection is open");
}

int SqliteStatement::errorCode() const
{
    return m_db ? sqlite3_extended_errcode(m_db) : SQLITE_MISUSE;
}

qint64 SqliteStatement::columnInt(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

bool SqliteStatement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QString SqliteStatement::columnText(int column) const
{
    const auto* text = static_cast<const char16_t*>(sqlite3_column_text16(m_statement, column));
    const int bytes = sqlite3_column_bytes16(m_statement, column);
    return QString::fromUtf16(text, bytes / 2);
}

QByteArrayView SqliteStatement::columnBytes(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return text ? QByteArrayView(text, sqlite3_column_bytes(m_statement, column)) : QByteArrayView();
}

QVariant SqliteStatement::value(int column) const
{
    if (m_state != State::OnRow || column < 0 || column >= sqlite3_column_count(m_statement))
        return {};
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(m_statement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_statement, column));
    case SQLITE_NULL:
        return QVariant(QMetaType::fromType<QString>());
    case SQLITE_BLOB: {
        const auto* bytes = static_cast<const char*>(sqlite3_column_blob(m_statement, column));
        return QVariant(QByteArray(bytes, sqlite3_column_bytes(m_statement, column)));
    }
    default:
        return QVariant(columnText(column));
    }
}

int SqliteStatement::columnCount() const
{
    return sqlite3_column_count(m_statement);
}

qint64 SqliteStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqliteStatement::changes() const
{
    return sqlite3_changes(m_db);
}

Result<SqliteStatement> runQuery(const Store& store, const QString& sql, const QVariantList& values)
{
    SqliteStatement statement;
    if (Status s = statement.prepare(connectionOf(store), sql); !s)
        return fail(describeSqlError(s.error()));
    if (Status s = statement.exec(values); !s)
        return fail(s.error());
    return statement;
}

Status rerun(SqliteStatement& statement, const QVariantList& values)
{
    return statement.exec(values);
}

QVariant nullableId(Id id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id);
}

QVariant nullableText(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

Id idFrom(const QVariant& value)
{
    return value.isNull() ? 0 : value.toLongLong();
}

QString describeSqlError(const QString& databaseText)
{
    if (databaseText.contains(QStringLiteral("database is locked"))
        || databaseText.contains(QStringLiteral("database is busy")))
        return SqlQuery::tr("the collection is busy: another program is writing to it; try again");
    if (databaseText.contains(QStringLiteral("FOREIGN KEY constraint failed")))
        return SqlQuery::tr("it refers to a record that does not exist, or it is still used by other records");
    if (databaseText.contains(QStringLiteral("readonly database")))
        return SqlQuery::tr("the collection is read-only");
    return databaseText;
}

QString describeSqliteFailure(int code, const QString& message)
{
    switch (code & 0xFF) {
    case SQLITE_FULL:
        return StoreMessages::tr("the disk is full");
    case SQLITE_IOERR:
        return StoreMessages::tr("the disk could not be read or written (%1)").arg(message);
    case SQLITE_READONLY:
        return StoreMessages::tr("the file cannot be written (%1)").arg(message);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return StoreMessages::tr("the collection is busy: another program is writing to it (%1); try again")
            .arg(message);
    case SQLITE_CANTOPEN:
        return StoreMessages::tr("the file cannot be opened (%1)").arg(message);
    case SQLITE_NOMEM:
        return StoreMessages::tr("there is not enough memory");
    default:
        return message;
    }
}

Status runScript(sqlite3* db, const QString& script)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(db, script.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return {};
    const QString text = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_free(message);
    return fail(describeSqliteFailure(sqlite3_extended_errcode(db), text));
}

} // namespace Spyline
