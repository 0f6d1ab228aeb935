#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QTableView;

namespace Spyline {

class CaseTableModel;
class Store;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a collection; on failure the window stays on the one it had.
    bool openCollection(const QString& path, QString* error = nullptr);
    Store* store() const
    {
        return m_store.get();
    }
    CaseTableModel* caseModel() const
    {
        return m_caseModel;
    }

private:
    void updateCounts(int shown, int total);

    std::unique_ptr<Store> m_store;
    CaseTableModel* m_caseModel = nullptr;
    QTableView* m_caseTable = nullptr;
    QLabel* m_countLabel = nullptr;
};

} // namespace Spyline
