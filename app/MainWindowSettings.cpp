// MainWindow, continued: what it keeps between sessions (geometry, columns, the filter, recent
// collections and each collection's timeline window).
#include "MainWindow.h"

#include "CaseTableView.h"
#include "EditingController.h"
#include "FilterBar.h"
#include "TimelinePanel.h"
#include "TimelineView.h"
#include "store/ServerAddress.h"
#include "store/Store.h"

#include <QAction>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace Spyline {

namespace {

constexpr int MaxRecentCollections = 8;
constexpr int MaxTimelineWindows = 20;
const QString timelineWindowsKey = QStringLiteral("timeline/windows");
const QString timelineOrderKey = QStringLiteral("timeline/windowOrder");

} // namespace

void MainWindow::rememberRecent(const QString& path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("collection/recent")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue(QStringLiteral("collection/recent"), recent.mid(0, MaxRecentCollections));
    settings.setValue(QStringLiteral("collection/last"), path);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("collection/recent")).toStringList();
    for (const QString& path : recent) {
        // A team collection by its server's address (which never holds a password), a file by its name.
        QString label = isServerAddress(path) ? serverAddressForDisplay(path) : QFileInfo(path).fileName();
        label.replace(u'&', QStringLiteral("&&"));
        QAction* action = m_recentMenu->addAction(label);
        action->setToolTip(path);
        action->setStatusTip(path);
        connect(action, &QAction::triggered, this, [this, path] {
            QString error;
            if (!openCollection(path, &error))
                showError(tr("Open Collection"), error);
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_sizeDocksWhenShown = !restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_caseTable->restoreLayout(settings.value(QStringLiteral("window/caseTable")).toByteArray());
    m_editing->setStatementWindowDays(settings.value(QStringLiteral("preferences/statementWindowDays"), 60).toInt());
    CaseFilter filter;
    filter.text = settings.value(QStringLiteral("filter/text")).toString();
    if (const QString status = settings.value(QStringLiteral("filter/status")).toString(); !status.isEmpty()) {
        if (auto parsed = fromKey<CaseStatus>(status))
            filter.statuses = {*parsed};
    }
    if (const QString kind = settings.value(QStringLiteral("filter/eventKind")).toString(); !kind.isEmpty()) {
        if (auto parsed = fromKey<EventKind>(kind))
            filter.eventKinds = {*parsed};
    }
    if (const QString country = settings.value(QStringLiteral("filter/country")).toString(); !country.isEmpty())
        filter.countries = {country};
    if (settings.contains(QStringLiteral("filter/from")))
        filter.fromDay = settings.value(QStringLiteral("filter/from")).toInt();
    if (settings.contains(QStringLiteral("filter/to")))
        filter.toDay = settings.value(QStringLiteral("filter/to")).toInt();
    if (settings.contains(QStringLiteral("filter/knownOn")))
        filter.knownOn = settings.value(QStringLiteral("filter/knownOn")).toInt();
    m_filterBar->setFilter(filter);
    rebuildRecentMenu();
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/caseTable"), m_caseTable->saveLayout());
    const CaseFilter filter = m_filterBar->filter();
    settings.setValue(QStringLiteral("filter/text"), filter.text);
    settings.setValue(QStringLiteral("filter/status"),
                      filter.statuses.isEmpty() ? QString() : toKey(filter.statuses.first()));
    settings.setValue(QStringLiteral("filter/eventKind"),
                      filter.eventKinds.isEmpty() ? QString() : toKey(filter.eventKinds.first()));
    settings.setValue(QStringLiteral("filter/country"), filter.countries.value(0));
    for (const auto& [key, day] : {std::pair {QStringLiteral("filter/from"), filter.fromDay},
                                   std::pair {QStringLiteral("filter/to"), filter.toDay},
                                   std::pair {QStringLiteral("filter/knownOn"), filter.knownOn}}) {
        if (day)
            settings.setValue(key, *day);
        else
            settings.remove(key);
    }
}

void MainWindow::rememberTimelineWindow() const
{
    const QString path = collectionKey();
    if (path.isEmpty() || !m_timeline || !m_timeline->view()->lanes())
        return;
    // By collection: each reopens where it was left; the ones left longest ago are forgotten.
    QSettings settings;
    QVariantMap windows = settings.value(timelineWindowsKey).toMap();
    QStringList order = settings.value(timelineOrderKey).toStringList();
    const TimeWindow window = m_timeline->view()->window();
    windows.insert(path, QVariantList {window.first, window.last});
    order.removeAll(path);
    order.prepend(path);
    while (order.size() > MaxTimelineWindows)
        windows.remove(order.takeLast());
    settings.setValue(timelineWindowsKey, windows);
    settings.setValue(timelineOrderKey, order);
}

void MainWindow::restoreTimelineWindow()
{
    const QString path = collectionKey();
    if (path.isEmpty() || !m_timeline)
        return;
    const QVariantList saved = QSettings().value(timelineWindowsKey).toMap().value(path).toList();
    if (saved.size() < 2)
        return;
    const TimeWindow window {saved.at(0).toDouble(), saved.at(1).toDouble()};
    if (window.last > window.first)
        m_timeline->view()->setWindow(window);
}

} // namespace Spyline
