#pragma once

#include "merge/CollectionMerge.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QLabel;
class QRadioButton;
class QTableWidget;

namespace Spyline {

// The review before another collection is merged in: what it adds, what matches, and for each
// record that differs or matches closely its fields side by side, with the choice to keep mine,
// take theirs or keep both. Merge applies the plan with the choices made.
class MergeReviewDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MergeReviewDialog(MergePlan plan, QWidget* parent = nullptr);
    ~MergeReviewDialog() override;

    // The plan with the choices made.
    const MergePlan& plan() const
    {
        return m_plan;
    }
    // Selects the listed record (a row of the items table), as a click does.
    void showItem(int row);
    // The row of the first record listed of this kind and id in the other collection, or -1.
    int rowOf(MergeItem::Kind kind, Id theirs) const;

private:
    enum class Listed
    {
        Review,
        Changes,
        Everything,
    };
    void fillItems();
    void showCurrent();
    void choose(MergeItem::Choice choice);
    void updateSummary();
    MergeItem* currentItem();

    MergePlan m_plan;
    QList<int> m_rows; // item index of each row
    QLabel* m_summary;
    QComboBox* m_listed;
    QTableWidget* m_items;
    QLabel* m_reason;
    QTableWidget* m_fields;
    QRadioButton* m_keepMine;
    QRadioButton* m_takeTheirs;
    QRadioButton* m_keepBoth;
    QButtonGroup* m_choices;
};

} // namespace Spyline
