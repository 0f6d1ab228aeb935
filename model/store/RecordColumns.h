#pragma once

// How each kind of record is stored, private to the store (see StoreAccess.h).
#ifndef SPYLINE_STORE_INTERNALS
#error "RecordColumns.h is private to the store (model/): ask a repository or a model function instead"
#endif

#include "records/Records.h"

#include <QByteArray>
#include <QString>

#include <initializer_list>

namespace Spyline {

class SqliteStatement;

// One kind of record's table, described once: its name, the columns a record writes (in the order
// bindRecord binds them; the id is not among them) and those it is read back from (the id first,
// in the order readRecord reads them). The statements that insert, update, delete and select its
// records are made from it once; values always go in as bound parameters.
class RecordColumns
{
public:
    // Read back from the id and the columns written.
    RecordColumns(const char* name, std::initializer_list<const char*> written);
    RecordColumns(const char* name, std::initializer_list<const char*> written,
                  std::initializer_list<const char*> read);

    // INSERT INTO t (id, written...) VALUES (?, ...): the id, then the written columns.
    const QByteArray& insertSql() const
    {
        return m_insert;
    }
    // UPDATE t SET written = ?, ... WHERE id = ?: the written columns, then the id.
    const QByteArray& updateSql() const
    {
        return m_update;
    }
    // DELETE FROM t WHERE id = ?
    const QByteArray& removeSql() const
    {
        return m_remove;
    }
    // "SELECT read... FROM t ", for a WHERE or an ORDER BY to follow.
    const QString& selectSql() const
    {
        return m_select;
    }
    // The same, the table named `alias` and every column taken from it: "SELECT s.id, ... FROM sources s ".
    QString selectSql(QStringView alias) const;
    // selectSql() + "WHERE id = ?"
    const QString& selectByIdSql() const
    {
        return m_selectById;
    }

private:
    QString m_name;
    QList<QString> m_read;
    QByteArray m_insert;
    QByteArray m_update;
    QByteArray m_remove;
    QString m_select;
    QString m_selectById;
};

// Each kind's table.
template<typename Record>
const RecordColumns& tableOf();
template<>
const RecordColumns& tableOf<Actor>();
template<>
const RecordColumns& tableOf<Case>();
template<>
const RecordColumns& tableOf<Role>();
template<>
const RecordColumns& tableOf<Event>();
template<>
const RecordColumns& tableOf<Source>();
template<>
const RecordColumns& tableOf<Citation>();
template<>
const RecordColumns& tableOf<Link>();

// Binds a record's written columns to parameters `first`, `first` + 1, ...; returns the parameter
// after the last. Insert and update bind through these alike: an empty optional value (a country,
// an id, a date) is NULL, other empty text is ''.
int bindRecord(SqliteStatement& statement, int first, const Actor& actor);
int bindRecord(SqliteStatement& statement, int first, const Case& record);
int bindRecord(SqliteStatement& statement, int first, const Role& role);
int bindRecord(SqliteStatement& statement, int first, const Event& event);
int bindRecord(SqliteStatement& statement, int first, const Source& source);
int bindRecord(SqliteStatement& statement, int first, const Citation& citation);
int bindRecord(SqliteStatement& statement, int first, const Link& link);

// A record from the current row of a statement that selects its table's read columns.
template<typename Record>
Record readRecord(const SqliteStatement& row);
template<>
Actor readRecord<Actor>(const SqliteStatement& row);
template<>
Case readRecord<Case>(const SqliteStatement& row);
template<>
Role readRecord<Role>(const SqliteStatement& row);
template<>
Event readRecord<Event>(const SqliteStatement& row);
template<>
Source readRecord<Source>(const SqliteStatement& row);
template<>
Citation readRecord<Citation>(const SqliteStatement& row);
template<>
Link readRecord<Link>(const SqliteStatement& row);

} // namespace Spyline
