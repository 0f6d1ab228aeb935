#pragma once

#include "records/Records.h"
#include "records/Result.h"
#include "store/Store.h"

#include <gtest/gtest.h>

#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <ostream>

// Lets GoogleTest print QStrings in failure messages.
QT_BEGIN_NAMESPACE
inline void PrintTo(const QString& text, std::ostream* out)
{
    *out << '"' << text.toStdString() << '"';
}
QT_END_NAMESPACE

// "text"_s: a QString from UTF-8 (Qt 6.4 has no Qt::StringLiterals yet).
inline QString operator""_s(const char* text, size_t size)
{
    return QString::fromUtf8(text, static_cast<qsizetype>(size));
}

namespace Spyline::Fixtures {

// A new empty collection in memory, with a unique connection.
std::unique_ptr<Store> memoryStore();
// A new collection holding the bundled sample.
std::unique_ptr<Store> sampleStore();

// A scratch folder removed after the test.
class ScratchFolder
{
public:
    ScratchFolder();
    QString path(const QString& name) const;

private:
    QTemporaryDir m_dir;
};

QByteArray readAll(const QString& path);

// The first case (lowest id) whose title starts with `prefix`, or 0: asked through the
// repositories, so that tests of the views and the window need no SQL.
Id caseTitled(Store& store, const QString& prefix);
// The first event (lowest id) whose title starts with `prefix`, or 0.
Id eventTitled(Store& store, const QString& prefix);

// For ASSERT_OK and EXPECT_OK: a Status or Result, with its message when it failed.
template<typename Outcome>
::testing::AssertionResult isOk(const char* expression, const Outcome& outcome)
{
    if (outcome.ok())
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << expression << " failed: " << outcome.error().toStdString();
}

} // namespace Spyline::Fixtures

#define ASSERT_OK(expression) ASSERT_PRED_FORMAT1(::Spyline::Fixtures::isOk, expression)
#define EXPECT_OK(expression) EXPECT_PRED_FORMAT1(::Spyline::Fixtures::isOk, expression)
