#pragma once

#include "records/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace Spyline {

// The commands for scripts and headless machines: init, import, dump (and the window's --db).
// Exit status 0 on success, 1 on a user error with one line on stderr.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::CommandLine)

public:
    // True when the arguments ask for a command, --help or --version rather than the window.
    static bool isCommand(const QStringList& arguments);
    // Runs the command; returns the exit status.
    static int run(const QStringList& arguments);
    // The collection the window should open: --db FILE or the only file name, or empty for the default one. False when
    // the program should exit instead with `exitCode`: 1 with a message on stderr when the
    // arguments are wrong, 0 after printing --help or --version.
    static bool windowOptions(const QStringList& arguments, QString* database, int* exitCode);
    // Parses the arguments of a command without running it: what run() would refuse, or success.
    static Status check(const QStringList& arguments);
    static QString usage();
};

} // namespace Spyline
