#pragma once

#include <QString>

struct sqlite3;

namespace Spyline::Hostile {

// Another program on a collection file, as the sqlite3 shell or any SQLite tool would be: it holds
// the write lock or changes rows behind Spyline's back. Tests of the window and the command line
// use it to stand for that program; they themselves speak to the collection through the model.
class OtherProgram
{
public:
    explicit OtherProgram(const QString& path);
    ~OtherProgram();
    OtherProgram(const OtherProgram&) = delete;
    OtherProgram& operator=(const OtherProgram&) = delete;

    bool isOpen() const
    {
        return m_db != nullptr;
    }
    // Runs one or more statements; false, with error() saying why, when one fails.
    bool execute(const char* sql);
    QString error() const
    {
        return m_error;
    }

private:
    sqlite3* m_db = nullptr;
    QString m_error;
};

} // namespace Spyline::Hostile
