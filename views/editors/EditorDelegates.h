#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

namespace Spyline {

// Edits a cell by picking one of a few values; the cell keeps the key as Qt::UserRole and shows
// the label.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    ChoiceDelegate(QList<std::pair<QString, QString>> choices, QObject* parent);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    QList<std::pair<QString, QString>> m_choices; // label, key
};

// Edits a cell as text with completion from a list (actor names, publishers, countries).
class CompletingDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    CompletingDelegate(QStringList completions, QObject* parent);
    void setCompletions(const QStringList& completions)
    {
        m_completions = completions;
    }
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    QStringList m_completions;
};

// Every country name, for completing country cells.
QStringList countryNames();

} // namespace Spyline
