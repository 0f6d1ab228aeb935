#include "EditorDelegates.h"

#include "CountryEdit.h"
#include "GradeBadge.h"
#include "GradePicker.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QPersistentModelIndex>

namespace Spyline {

ChoiceDelegate::ChoiceDelegate(QList<std::pair<QString, QString>> choices, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_choices(std::move(choices))
{
}

QWidget* ChoiceDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* combo = new QComboBox(parent);
    for (const auto& [label, key] : m_choices)
        combo->addItem(label, key);
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::UserRole))));
}

void ChoiceDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    model->setData(index, combo->currentData(), Qt::UserRole);
    model->setData(index, combo->currentText(), Qt::DisplayRole);
}

void TypingDelegate::watch(QLineEdit* editor, const QModelIndex& index) const
{
    const QPersistentModelIndex cell(index);
    connect(editor, &QLineEdit::textEdited, this, [this, editor, cell](const QString& text) {
        if (cell.isValid())
            Q_EMIT typed(editor, cell, text);
    });
}

CompletingDelegate::CompletingDelegate(QStringList completions, QObject* parent)
    : TypingDelegate(parent)
    , m_completions(std::move(completions))
{
}

QWidget* CompletingDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex& index) const
{
    auto* edit = new QLineEdit(parent);
    if (!m_completions.isEmpty()) {
        auto* completer = new QCompleter(m_completions, edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        edit->setCompleter(completer);
    }
    watch(edit, index);
    return edit;
}

QWidget* GradeDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* combo = new QComboBox(parent);
    for (char r = 'A'; r <= 'F'; ++r) {
        for (int c = 1; c <= 6; ++c) {
            const Grade grade {r, c};
            combo->addItem(tr("%1 \u2014 %2 source, report %3")
                               .arg(grade.text(), grade.reliabilityLabel(), grade.credibilityLabel()),
                           grade.text());
            combo->setItemData(combo->count() - 1, GradeBadge::description(grade), Qt::ToolTipRole);
        }
    }
    combo->setToolTip(GradePicker::explanation());
    return combo;
}

void GradeDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::UserRole))));
}

void GradeDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    const QString text = combo->currentData().toString();
    model->setData(index, text, Qt::UserRole);
    model->setData(index, text, Qt::DisplayRole);
    if (auto grade = Grade::parse(text.left(1), text.mid(1)))
        model->setData(index, GradeBadge::description(*grade), Qt::ToolTipRole);
}

QWidget* CountryDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex& index) const
{
    auto* edit = new CountryEdit(parent);
    edit->setFrame(false);
    watch(edit, index);
    return edit;
}

} // namespace Spyline
