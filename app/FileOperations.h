#pragma once

#include <QObject>

namespace Spyline {

class MainWindow;

// The File menu's work on whole collections: new, open, save a copy, import and export data.
// Long work runs on a worker thread with progress and cancel; every failure says why.
class FileOperations : public QObject
{
    Q_OBJECT
public:
    explicit FileOperations(MainWindow& window);

public Q_SLOTS:
    void newCollection();
    void openCollectionDialog();
    void saveCopyAs();
    void importData();
    void exportData();

private:
    MainWindow& m_window;
};

} // namespace Spyline
