#pragma once

#include "records/Changes.h"
#include "records/Records.h"
#include "store/SqliteStatement.h"

#include <functional>
#include <memory>

#include <QCoreApplication>

namespace Spyline {

class Store;

// Inserts records with statements prepared once and reused: the one write path for new records,
// used by the repositories for a single record and by import and generation for millions.
// It validates each record but runs no transaction of its own; the caller holds one.
class RecordWriter
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::RecordWriter)

public:
    explicit RecordWriter(Store& store);
    ~RecordWriter();

    // A record with its id set is stored under that id.
    Result<Id> insertActor(const Actor& actor);
    Result<Id> insertCase(const Case& record);
    Result<Id> insertRole(const Role& role);
    Result<Id> insertEvent(const Event& event);
    Result<Id> insertSource(const Source& source);
    Result<Id> insertCitation(const Citation& citation);
    Result<Id> insertLink(const Link& link);
    Status setPartOf(Id actorId, Id partOf);

    // Same name (case-insensitive) and country: the same actor. 0 when there is none.
    Result<Id> findActor(const QString& name, const QString& country);
    Result<Id> findSource(const QString& url);

private:
    enum Statement
    {
        InsertActor,
        InsertCase,
        InsertRole,
        InsertEvent,
        InsertSource,
        InsertCitation,
        InsertLink,
        SetPartOf,
        FindActor,
        FindSource,
        StatementCount,
    };
    static const char* sqlOf(Statement which);
    Result<SqliteStatement*> statement(Statement which);
    Result<Id> finish(SqliteStatement& statement, const QString& what);
    // Binds the record's id (NULL when new) and its columns to the statement that inserts it, and runs it.
    template<typename Record>
    Result<Id> insertRecord(Statement which, const Record& record);

    Store& m_store;
    std::unique_ptr<SqliteStatement[]> m_statements;
};

// Runs one insertion in a transaction of its own and announces what changed.
Result<Id> insertOne(Store& store, Changes changes, const std::function<Result<Id>(RecordWriter&)>& insert);

} // namespace Spyline
