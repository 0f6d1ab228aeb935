#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

class QLineEdit;

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

// Edits a cell as text and says what is typed, as it is typed, so that the cell can be checked
// before it is left.
class TypingDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

Q_SIGNALS:
    void typed(QWidget* editor, const QModelIndex& index, const QString& text) const;

protected:
    void watch(QLineEdit* editor, const QModelIndex& index) const;
};

// Edits a cell as text with completion from a list (actor names, publishers), or none.
class CompletingDelegate : public TypingDelegate
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

// Picks an Admiralty grade, each of the 36 with what its letter and digit mean ("B2 — usually
// reliable source, report probably true"); the cell shows the grade with its meaning as tooltip.
class GradeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};

// Edits a country cell with a CountryEdit: codes, short forms and native names find their country.
class CountryDelegate : public TypingDelegate
{
    Q_OBJECT
public:
    using TypingDelegate::TypingDelegate;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace Spyline
