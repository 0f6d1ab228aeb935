#include "CaseTableView.h"

#include "AccessibleNames.h"
#include "items/CaseTableModel.h"

#include <QDataStream>
#include <QHeaderView>
#include <QIODevice>
#include <QMenu>
#include <QScrollBar>

#include <iterator>

namespace Spyline {

namespace {

// Saved layouts carry this mark: one from before the id column is not applied.
constexpr quint32 LayoutVersion = 2;

} // namespace

CaseTableView::CaseTableView(QWidget* parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("caseTableView"));
    setAccessibleName(tr("Cases"));
    AccessibleNames::nameCornerButton(this);
    setSortingEnabled(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    setAlternatingRowColors(true);
    // "Cyberattack on the Wuhan … Monitoring Center": the end tells titles with one start apart.
    setTextElideMode(Qt::ElideMiddle);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(horizontalHeader(), &QHeaderView::customContextMenuRequested, this, &CaseTableView::chooseColumns);
}

void CaseTableView::setCaseModel(CaseTableModel* model)
{
    m_model = model;
    setModel(model);
    horizontalHeader()->setSortIndicator(CaseTableModel::DateColumn, Qt::DescendingOrder);
    resetColumns();
}

void CaseTableView::resetColumns()
{
    if (!m_model)
        return;
    QHeaderView* header = horizontalHeader();
    // What tells cases apart first: the id, the title, the date, the status and who disclosed it.
    const int order[] = {CaseTableModel::IdColumn,      CaseTableModel::TitleColumn,  CaseTableModel::DateColumn,
                         CaseTableModel::StatusColumn,  CaseTableModel::TargetColumn, CaseTableModel::AccusedColumn,
                         CaseTableModel::SuspectColumn, CaseTableModel::AgencyColumn, CaseTableModel::SectorColumn};
    for (int place = 0; place < int(std::size(order)); ++place)
        header->moveSection(header->visualIndex(order[place]), place);
    const QFontMetrics metrics = fontMetrics();
    const auto fit = [&](const QString& sample) { return metrics.horizontalAdvance(sample) + 18; };
    const auto headerFit = [&](int column) {
        return fit(m_model->headerData(column, Qt::Horizontal).toString()) + 12; // room for the sort arrow
    };
    int statusWidth = 0;
    for (CaseStatus status : allValues<CaseStatus>())
        statusWidth = std::max(statusWidth, fit(toLabel(status)));
    const QList<std::pair<int, int>> widths = {
        {CaseTableModel::IdColumn, std::max(fit(QStringLiteral("00000")), headerFit(CaseTableModel::IdColumn))},
        {CaseTableModel::TitleColumn, metrics.averageCharWidth() * 30},
        {CaseTableModel::DateColumn,
         std::max(fit(QStringLiteral("~30 Sep 2023")), headerFit(CaseTableModel::DateColumn))},
        {CaseTableModel::StatusColumn, std::max(statusWidth, headerFit(CaseTableModel::StatusColumn))},
        {CaseTableModel::AccusedColumn,
         std::max(fit(QStringLiteral("United States")), headerFit(CaseTableModel::AccusedColumn))},
        {CaseTableModel::TargetColumn,
         std::max(fit(QStringLiteral("United States")), headerFit(CaseTableModel::TargetColumn))},
        {CaseTableModel::SuspectColumn, metrics.averageCharWidth() * 18},
        {CaseTableModel::AgencyColumn, metrics.averageCharWidth() * 18},
    };
    for (const auto& [column, width] : widths)
        header->resizeSection(column, width);
}

QSize CaseTableView::sizeHint() const
{
    // Room for the columns up to the disclosing country, as the list opens.
    QSize hint = QTableView::sizeHint();
    if (!m_model)
        return hint;
    const QHeaderView* header = horizontalHeader();
    int width = 2 * frameWidth() + verticalScrollBar()->sizeHint().width();
    for (int place = 0; place < header->count(); ++place) {
        const int column = header->logicalIndex(place);
        if (!header->isSectionHidden(column))
            width += header->sectionSize(column);
        if (column == CaseTableModel::TargetColumn)
            break;
    }
    hint.setWidth(width);
    return hint;
}

QByteArray CaseTableView::saveLayout() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << LayoutVersion << horizontalHeader()->saveState();
    return state;
}

bool CaseTableView::restoreLayout(const QByteArray& state)
{
    QDataStream in(state);
    quint32 version = 0;
    QByteArray header;
    in >> version >> header;
    if (in.status() != QDataStream::Ok || version != LayoutVersion)
        return false;
    return horizontalHeader()->restoreState(header);
}

void CaseTableView::chooseColumns(const QPoint& position)
{
    if (!m_model)
        return;
    QMenu menu(this);
    QHeaderView* header = horizontalHeader();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction* action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The case title always stays.
        action->setEnabled(column != CaseTableModel::TitleColumn);
        connect(action, &QAction::toggled, header,
                [header, column](bool on) { header->setSectionHidden(column, !on); });
    }
    menu.addSeparator();
    menu.addAction(tr("Reset Columns"), this, [this] {
        for (int column = 0; column < m_model->columnCount(); ++column)
            horizontalHeader()->setSectionHidden(column, false);
        resetColumns();
    });
    menu.exec(header->mapToGlobal(position));
}

} // namespace Spyline
