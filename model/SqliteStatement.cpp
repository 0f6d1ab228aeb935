#include "SqliteStatement.h"

#include "Validation.h"

#include <sqlite3.h>

#include <utility>

namespace Spyline {

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_statement(std::exchange(other.m_statement, nullptr))
    , m_failed(other.m_failed)
{
}

SqliteStatement& SqliteStatement::operator=(SqliteStatement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_db = std::exchange(other.m_db, nullptr);
        m_statement = std::exchange(other.m_statement, nullptr);
        m_failed = other.m_failed;
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
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) != SQLITE_OK)
        return fail(QString::fromUtf8(sqlite3_errmsg(db)));
    return {};
}

void SqliteStatement::bind(int index, const QString& text)
{
    // The collection stores UTF-8, and Qt's converter is faster than SQLite's.
    const QByteArray utf8 = normaliseText(text).toUtf8();
    sqlite3_bind_text64(m_statement, index, utf8.constData(), static_cast<sqlite3_uint64>(utf8.size()),
                        SQLITE_TRANSIENT, SQLITE_UTF8);
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

bool SqliteStatement::step()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
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
    if (m_failed)
        return fail(message);
    return {};
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_failed = false;
}

QString SqliteStatement::error() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
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

qint64 SqliteStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqliteStatement::changes() const
{
    return sqlite3_changes(m_db);
}

} // namespace Spyline
