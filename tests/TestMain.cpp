#include "records/Language.h"

#include <gtest/gtest.h>

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtGlobal>

#ifdef SPYLINE_TEST_WIDGETS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char** argv)
{
    // Widget tests run without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Each test process has a home of its own: ctest runs them side by side, and settings or a
    // default collection shared between them would make one test see another's.
    QTemporaryDir home;
    if (home.isValid())
        qputenv("HOME", home.path().toLocal8Bit());
    // Tests read English whatever the machine speaks, and so do the programs they start; a test of
    // another language asks for it.
    qputenv("LANGUAGE", "en");
    ::testing::InitGoogleTest(&argc, argv);
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("SpylineTests"));
    TestApplication::setApplicationName(QStringLiteral("SpylineTests"));
    // Settings and data go to a test location, never to a person's own.
    QStandardPaths::setTestModeEnabled(true);
    Spyline::Language::apply(Spyline::Language::english());
    return RUN_ALL_TESTS();
}
