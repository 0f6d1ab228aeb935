#include "SessionGuard.h"

#include "store/ServerAddress.h"

#include <QFileInfo>
#include <QSettings>

namespace Spyline {

namespace {
const QString key = QStringLiteral("session/open");
} // namespace

void SessionGuard::opened(const QString& path)
{
    QSettings settings;
    settings.setValue(key, path);
    settings.sync();
}

void SessionGuard::closed()
{
    QSettings settings;
    settings.remove(key);
    settings.sync();
}

QString SessionGuard::unclosed()
{
    return QSettings().value(key).toString();
}

SessionGuard::Start SessionGuard::startCollection(const QString& defaultPath)
{
    const QString last = QSettings().value(QStringLiteral("collection/last")).toString();
    Start start;
    // A team collection's address is tried again too: the window says so when it cannot connect.
    start.path = !last.isEmpty() && (isServerAddress(last) || QFileInfo::exists(last)) ? last : defaultPath;
    start.askFirst = !unclosed().isEmpty() && QFileInfo(unclosed()) == QFileInfo(start.path);
    return start;
}

} // namespace Spyline
