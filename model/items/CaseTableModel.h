#pragma once

#include "records/CaseFilter.h"
#include "records/Changes.h"

#include <QAbstractTableModel>
#include <QHash>

#include <memory>

namespace Spyline {

class Store;

// The cases that pass a filter, as a table. Filtering and sorting run in SQL; the model holds only
// the sorted ids and fetches the rows a view asks for, a page at a time, so a million cases
// cost a few megabytes and a scroll touches only what is on screen.
class CaseTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TitleColumn,
        StatusColumn,
        DateColumn,
        SuspectColumn,
        AgencyColumn,
        TargetColumn,
        AccusedColumn,
        SectorColumn,
        IdColumn, // the id the command line's --case takes; shown first
        ColumnCount,
    };
    enum Role
    {
        CaseIdRole = Qt::UserRole + 1,
        // Julian day of the case's date (disclosure, else first event), for sorting and drawing.
        DayRole,
        StatusKeyRole,
        CountryCodeRole, // the code behind a country column
    };

    explicit CaseTableModel(QObject* parent = nullptr);
    ~CaseTableModel() override;

    void setStore(Store* store);
    Store* store() const
    {
        return m_store;
    }
    void setFilter(const CaseFilter& filter);
    const CaseFilter& filter() const
    {
        return m_filter;
    }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QHash<int, QByteArray> roleNames() const override;

    Id caseIdAt(int row) const;
    // The row of a case, or -1 when the filter hides it.
    int rowOf(Id caseId) const;
    // Every case in the collection, whatever the filter: for "N of M cases".
    int totalCount() const
    {
        return m_total;
    }
    QString lastError() const
    {
        return m_lastError;
    }

public Q_SLOTS:
    // Re-runs the query and keeps what is shown where it can.
    void refresh();

Q_SIGNALS:
    void countsChanged(int shown, int total);
    void failed(const QString& message);

private:
    struct Row;
    const Row* rowAt(int row) const;
    void loadPage(int page) const;
    void onStoreChanged(Spyline::Changes what);

    Store* m_store = nullptr;
    CaseFilter m_filter;
    CaseSortKey m_sortKey = CaseSortKey::Date;
    bool m_descending = true;
    int m_sortColumn = DateColumn;
    QList<Id> m_ids;
    int m_total = 0;
    QString m_lastError;
    mutable QHash<int, std::shared_ptr<QList<Row>>> m_pages;
    mutable QList<int> m_pageOrder; // least recently loaded first
};

} // namespace Spyline
