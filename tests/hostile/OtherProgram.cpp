#include "OtherProgram.h"

#include "store/SearchTokenizer.h"

#include <sqlite3.h>

namespace Spyline::Hostile {

OtherProgram::OtherProgram(const QString& path)
{
    if (sqlite3_open(path.toUtf8().constData(), &m_db) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_close(m_db);
        m_db = nullptr;
        return;
    }
    // The collection's search index runs Spyline's tokenizer in its triggers, as any tool that
    // writes to it must provide.
    if (!registerSearchTokenizer(m_db, &m_error)) {
        sqlite3_close(m_db);
        m_db = nullptr;
    }
}

OtherProgram::~OtherProgram()
{
    sqlite3_close(m_db);
}

bool OtherProgram::execute(const char* sql)
{
    if (!m_db)
        return false;
    char* message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    m_error = QString::fromUtf8(message ? message : sqlite3_errmsg(m_db));
    sqlite3_free(message);
    return false;
}

} // namespace Spyline::Hostile
