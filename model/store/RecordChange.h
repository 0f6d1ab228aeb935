#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace Spyline {

// One committed change to one record of a collection on a server, as its change log keeps it (see
// model/sql/postgresql/server-1-change-log.sql): what changed, how, by whom and when.
struct RecordChange
{
    enum class Operation
    {
        Insert,
        Update,
        Delete,
        // The whole table was emptied at once (TRUNCATE); `key` is empty.
        Truncate,
    };

    // Numbers the changes in the order they were committed, one after the other.
    qint64 sequence = 0;
    // The record's table ("cases", "events"…) and its key: the id, or for the tables without one
    // the key's columns joined by '/' (a country's code, "layout/node" of a position).
    QString table;
    QString key;
    Operation operation = Operation::Update;
    // The role that logged in to make the change.
    QString changedBy;
    // When the transaction that made it began, in UTC.
    QDateTime changedAt;

    // The key as an id; 0 for the tables whose key is not one.
    qint64 id() const
    {
        bool number = false;
        const qint64 value = key.toLongLong(&number);
        return number ? value : 0;
    }
    bool removes() const
    {
        return operation == Operation::Delete || operation == Operation::Truncate;
    }
    bool operator==(const RecordChange&) const = default;
};

using RecordChanges = QList<RecordChange>;

} // namespace Spyline
