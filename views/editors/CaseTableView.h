#pragma once

#include <QTableView>

namespace Spyline {

class CaseTableModel;

// The list of cases, readable as it opens: the case's id first (what the command line's --case
// takes), the title elided in the middle (titles that share a long start stay apart), then the
// date, the status and the disclosing country at widths that fit them. A right-click on the header
// chooses the columns; the layout a person makes is kept by saveLayout() and restoreLayout().
class CaseTableView : public QTableView
{
    Q_OBJECT
public:
    explicit CaseTableView(QWidget* parent = nullptr);

    void setCaseModel(CaseTableModel* model);
    CaseTableModel* caseModel() const
    {
        return m_model;
    }
    // Widths that show each column's usual content.
    void resetColumns();
    // Wide enough for the id, the title, the date, the status and the disclosing country.
    QSize sizeHint() const override;
    QByteArray saveLayout() const;
    // Restores a saved layout; a missing or outdated one leaves the readable defaults.
    bool restoreLayout(const QByteArray& state);

private:
    void chooseColumns(const QPoint& position);

    CaseTableModel* m_model = nullptr;
};

} // namespace Spyline
