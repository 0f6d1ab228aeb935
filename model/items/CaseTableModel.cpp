#include "items/CaseTableModel.h"

#include "items/CaseTitles.h"
#include "records/CountryCatalog.h"
#include "store/CaseSearch.h"
#include "store/SqliteStatement.h"
#include "store/Store.h"

#include <QDate>

namespace Spyline {

namespace {

constexpr int PageSize = 128;
constexpr int MaxPages = 64;

QString dayText(DayNumber day)
{
    if (day == 0)
        return {};
    return PartialDate::fromDay(day).displayText();
}

// A long title as the list shows it: against the titles next to it in alphabetical order, which
// share the longest beginning with it, so that cases whose titles start alike stay apart.
QString listedTitle(const Store& store, Id id, const QString& title)
{
    if (title.size() <= CaseTitles::DefaultBudget)
        return title;
    qsizetype shared = 0;
    for (const char* sql : {"SELECT title FROM cases WHERE title < ?1 COLLATE NOCASE AND id <> ?2 "
                            "ORDER BY title COLLATE NOCASE DESC LIMIT 1",
                            "SELECT title FROM cases WHERE title >= ?1 COLLATE NOCASE AND id <> ?2 "
                            "ORDER BY title COLLATE NOCASE LIMIT 1"}) {
        auto query = runQuery(store, QString::fromLatin1(sql), {title, id});
        if (query && query->next())
            shared = std::max(shared, CaseTitles::sharedPrefixLength(title, query->value(0).toString()));
    }
    return CaseTitles::distinguishing(title, shared);
}

} // namespace

struct CaseTableModel::Row
{
    Id id = 0;
    QString title;
    QString shownTitle; // what tells it apart from titles that begin alike
    QString status;
    DayNumber day = 0;
    QString dateText;
    QString suspects;
    QString agencies;
    QString target;
    QString accused;
    QString sector;
};

CaseTableModel::CaseTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

CaseTableModel::~CaseTableModel() = default;

void CaseTableModel::setStore(Store* store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store)
        connect(m_store, &Store::changed, this, &CaseTableModel::onStoreChanged);
    refresh();
}

void CaseTableModel::setFilter(const CaseFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    refresh();
}

void CaseTableModel::onStoreChanged(Changes what)
{
    if (what & (Change::Cases | Change::Events | Change::Actors | Change::Sources))
        refresh();
}

void CaseTableModel::refresh()
{
    QList<Id> ids;
    int total = 0;
    m_lastError.clear();
    if (m_store && m_store->isOpen()) {
        CaseSearch search(*m_store);
        auto found = search.caseIds(m_filter, m_sortKey, m_descending);
        auto all = search.count({});
        if (found && all) {
            ids = std::move(*found);
            total = *all;
        } else {
            m_lastError = found ? all.error() : found.error();
        }
    }
    beginResetModel();
    m_ids = std::move(ids);
    m_total = total;
    m_pages.clear();
    m_pageOrder.clear();
    endResetModel();
    if (!m_lastError.isEmpty())
        Q_EMIT failed(m_lastError);
    Q_EMIT countsChanged(static_cast<int>(m_ids.size()), m_total);
}

int CaseTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

int CaseTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Id CaseTableModel::caseIdAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int CaseTableModel::rowOf(Id caseId) const
{
    return static_cast<int>(m_ids.indexOf(caseId));
}

void CaseTableModel::loadPage(int page) const
{
    auto rows = std::make_shared<QList<Row>>();
    const qsizetype first = qsizetype(page) * PageSize;
    const qsizetype count = std::min<qsizetype>(PageSize, m_ids.size() - first);
    QVariantList values;
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i) {
        values << m_ids.at(first + i);
        marks << QStringLiteral("?");
    }
    QHash<Id, Row> byId;
    if (m_store && count > 0) {
        auto query = runQuery(
            *m_store,
            QStringLiteral("SELECT c.id, c.title, c.status, coalesce(c.disclosed_day, c.first_day), "
                           "coalesce((SELECT date FROM events WHERE case_id = c.id AND kind = 'announcement' "
                           "AND date_from IS NOT NULL ORDER BY date_from, date_to LIMIT 1), (SELECT date FROM events "
                           "WHERE case_id = c.id AND date_from IS NOT NULL ORDER BY date_from, date_to LIMIT 1)), "
                           "(SELECT group_concat(a.name, ', ') FROM roles r JOIN actors a ON a.id = r.actor_id "
                           " WHERE r.case_id = c.id AND r.role = 'suspect'), "
                           "(SELECT group_concat(a.name, ', ') FROM roles r JOIN actors a ON a.id = r.actor_id "
                           " WHERE r.case_id = c.id AND r.role = 'sponsoring_agency'), "
                           "c.target_country, c.accused_country, c.sector FROM cases c WHERE c.id IN (%1)")
                .arg(marks.join(QStringLiteral(", "))),
            values);
        if (query) {
            while (query->next()) {
                Row row;
                row.id = query->value(0).toLongLong();
                row.title = query->value(1).toString();
                row.shownTitle = listedTitle(*m_store, row.id, row.title);
                row.status = query->value(2).toString();
                row.day = query->value(3).toInt();
                const QString announced = query->value(4).toString();
                // A case with no dated event says so: "date unknown".
                row.dateText = announced.isEmpty() && row.day != 0
                    ? dayText(row.day)
                    : PartialDate::parse(announced).value_or(PartialDate()).displayText();
                row.suspects = query->value(5).toString();
                row.agencies = query->value(6).toString();
                row.target = query->value(7).toString();
                row.accused = query->value(8).toString();
                row.sector = query->value(9).toString();
                byId.insert(row.id, row);
            }
        }
    }
    for (qsizetype i = 0; i < count; ++i)
        rows->append(byId.value(m_ids.at(first + i)));
    m_pages.insert(page, rows);
    m_pageOrder.append(page);
    if (m_pageOrder.size() > MaxPages)
        m_pages.remove(m_pageOrder.takeFirst());
}

const CaseTableModel::Row* CaseTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    const int page = row / PageSize;
    if (!m_pages.contains(page))
        loadPage(page);
    const auto& rows = *m_pages.value(page);
    const int offset = row % PageSize;
    return offset < rows.size() ? &rows.at(offset) : nullptr;
}

QVariant CaseTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.column() >= ColumnCount)
        return {};
    if (role == CaseIdRole)
        return caseIdAt(index.row());
    const Row* row = rowAt(index.row());
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return row->shownTitle;
        case StatusColumn:
            return toLabel(fromKey<CaseStatus>(row->status).value_or(CaseStatus::Unknown));
        case DateColumn:
            return row->dateText;
        case SuspectColumn:
            return row->suspects;
        case AgencyColumn:
            return row->agencies;
        case TargetColumn:
            return row->target.isEmpty() ? QString() : CountryCatalog::name(row->target);
        case AccusedColumn:
            return row->accused.isEmpty() ? QString() : CountryCatalog::name(row->accused);
        case SectorColumn:
            return row->sector;
        case IdColumn:
            return row->id;
        }
        return {};
    case Qt::ToolTipRole:
        // The whole title, which the column may elide; escaped, so that it shows as typed.
        if (index.column() == TitleColumn)
            return QStringLiteral("<p>") + row->title.toHtmlEscaped() + QStringLiteral("</p>");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == IdColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case DayRole:
        return row->day;
    case StatusKeyRole:
        return row->status;
    case CountryCodeRole:
        if (index.column() == TargetColumn)
            return row->target;
        if (index.column() == AccusedColumn)
            return row->accused;
        return {};
    default:
        return {};
    }
}

QVariant CaseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == IdColumn)
        return tr("The case's id: what the command line's --case takes");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Case");
    case StatusColumn:
        return tr("Status");
    case DateColumn:
        return tr("Disclosed");
    case SuspectColumn:
        return tr("Suspect");
    case AgencyColumn:
        return tr("Accused agency");
    case TargetColumn:
        return tr("Target");
    case AccusedColumn:
        return tr("Accused country");
    case SectorColumn:
        return tr("Sector");
    case IdColumn:
        return tr("Id");
    }
    return {};
}

void CaseTableModel::sort(int column, Qt::SortOrder order)
{
    static const QHash<int, CaseSortKey> keys = {
        {TitleColumn, CaseSortKey::Title},
        {StatusColumn, CaseSortKey::Status},
        {DateColumn, CaseSortKey::Date},
        {SuspectColumn, CaseSortKey::Suspect},
        {AgencyColumn, CaseSortKey::Agency},
        {TargetColumn, CaseSortKey::TargetCountry},
        {AccusedColumn, CaseSortKey::AccusedCountry},
        {SectorColumn, CaseSortKey::Sector},
        {IdColumn, CaseSortKey::Created},
    };
    const CaseSortKey key = keys.value(column, CaseSortKey::Date);
    const bool descending = order == Qt::DescendingOrder;
    if (key == m_sortKey && descending == m_descending && column == m_sortColumn)
        return;
    m_sortKey = key;
    m_descending = descending;
    m_sortColumn = column;
    refresh();
}

QHash<int, QByteArray> CaseTableModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(CaseIdRole, "caseId");
    names.insert(DayRole, "day");
    names.insert(StatusKeyRole, "statusKey");
    names.insert(CountryCodeRole, "countryCode");
    return names;
}

} // namespace Spyline
