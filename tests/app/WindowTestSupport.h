#pragma once

#include "MainWindow.h"
#include "TestSupport.h"
#include "store/CollectionFile.h"

#include <QAction>
#include <QSettings>
#include <QSize>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace Spyline::Testing {

// A main window on a collection file of its own (the bundled sample unless a test asks for an
// empty one), shown and exposed, with settings cleared so that no test inherits another's.
class WindowTest : public ::testing::Test
{
protected:
    Fixtures::ScratchFolder scratch;
    QString path = scratch.path(QStringLiteral("cases.spyline"));
    std::unique_ptr<MainWindow> window;

    void SetUp() override
    {
        QSettings().clear();
    }

    // Creates the collection (with the sample, or empty) and opens it in a new window.
    void openWindow(bool withSample = true, QSize size = {})
    {
        ASSERT_OK(createCollectionFile(path, withSample));
        reopenWindow(size);
    }
    // A new window on the collection as it is.
    void reopenWindow(QSize size = {})
    {
        window = std::make_unique<MainWindow>();
        if (size.isValid())
            window->resize(size);
        QString error;
        ASSERT_TRUE(window->openCollection(path, &error)) << error.toStdString();
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }
    QAction* action(const char* name)
    {
        return window->findChild<QAction*>(QString::fromLatin1(name));
    }
};

} // namespace Spyline::Testing
