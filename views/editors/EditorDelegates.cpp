#include "EditorDelegates.h"

#include "CountryCatalog.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>

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

CompletingDelegate::CompletingDelegate(QStringList completions, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_completions(std::move(completions))
{
}

QWidget* CompletingDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* edit = new QLineEdit(parent);
    auto* completer = new QCompleter(m_completions, edit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    edit->setCompleter(completer);
    return edit;
}

QStringList countryNames()
{
    QStringList names;
    for (const Country& country : CountryCatalog::all())
        names.append(country.name);
    names.sort(Qt::CaseInsensitive);
    return names;
}

} // namespace Spyline
