// Arbitrary command lines: parsed without a crash, and an option's value is always taken as that
// value, whatever it looks like ("--title -v" titles the chart "-v").

#include "CommandLine.h"
#include "ExportCommand.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdlib>
#include <cstring>

using namespace Spyline;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    static int argc = 1;
    static char name[] = "option-parser-fuzzer";
    static char* argv[] = {name, nullptr};
    new QCoreApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QStringList arguments {QStringLiteral("spyline")};
    for (const QByteArray& part : QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)).split('\0'))
        arguments.append(QString::fromUtf8(part));
    (void)CommandLine::check(arguments);

    const QString value = arguments.value(1);
    for (const char* option : {"--title", "--subtitle"}) {
        const QStringList exportArguments {QStringLiteral("spyline"),
                                           QStringLiteral("--db"),
                                           QStringLiteral("c.spyline"),
                                           QStringLiteral("--out"),
                                           QStringLiteral("c.png"),
                                           QStringLiteral("--view"),
                                           QStringLiteral("timeline"),
                                           QStringLiteral("--format"),
                                           QStringLiteral("png"),
                                           QString::fromLatin1(option),
                                           value};
        auto request = parseExportArguments(exportArguments);
        if (!request || request->help || request->version)
            abort();
        const QString taken = std::strcmp(option, "--title") == 0 ? request->options.title : request->options.subtitle;
        if (taken != value)
            abort();
    }
    return 0;
}
