#include "MainWindow.h"

#include "CaseTableModel.h"
#include "Store.h"

#include <QApplication>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTableView>

namespace Spyline {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_caseModel(new CaseTableModel(this))
    , m_caseTable(new QTableView(this))
    , m_countLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_caseTable->setObjectName(QStringLiteral("caseTableView"));
    m_caseTable->setModel(m_caseModel);
    m_caseTable->setSortingEnabled(true);
    m_caseTable->sortByColumn(CaseTableModel::DateColumn, Qt::DescendingOrder);
    m_caseTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_caseTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_caseTable->verticalHeader()->hide();
    m_caseTable->horizontalHeader()->setStretchLastSection(true);
    m_caseTable->setWordWrap(false);
    setCentralWidget(m_caseTable);

    m_countLabel->setObjectName(QStringLiteral("caseCountLabel"));
    statusBar()->addPermanentWidget(m_countLabel);
    connect(m_caseModel, &CaseTableModel::countsChanged, this, &MainWindow::updateCounts);

    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
    resize(1100, 700);
}

MainWindow::~MainWindow() = default;

bool MainWindow::openCollection(const QString& path, QString* error)
{
    auto store = std::make_unique<Store>();
    if (Status s = store->open(path); !s) {
        if (error)
            *error = s.error();
        return false;
    }
    m_caseModel->setStore(nullptr);
    m_store = std::move(store);
    m_caseModel->setStore(m_store.get());
    m_caseTable->resizeColumnsToContents();
    setWindowTitle(tr("%1 – Spyline").arg(QFileInfo(path).fileName()));
    return true;
}

void MainWindow::updateCounts(int shown, int total)
{
    m_countLabel->setText(tr("%1 of %2 cases").arg(shown).arg(total));
}

} // namespace Spyline
