#include "PeopleDialog.h"

#include "ActorDialog.h"
#include "editing/CollectionEditor.h"
#include "records/CountryCatalog.h"
#include "store/ActorRepository.h"
#include "store/Store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Spyline {

namespace {

enum Column
{
    NameColumn,
    KindColumn,
    CountryColumn,
    AliasesColumn,
    RolesColumn,
    ColumnCount,
};

constexpr int IdRole = Qt::UserRole + 1;
constexpr int SearchTextRole = Qt::UserRole + 2;

// Sorts the roles column by number, not by text.
class NumberItem : public QTableWidgetItem
{
public:
    explicit NumberItem(int value)
        : QTableWidgetItem(QString::number(value))
    {
        setData(Qt::UserRole, value);
    }
    bool operator<(const QTableWidgetItem& other) const override
    {
        return data(Qt::UserRole).toInt() < other.data(Qt::UserRole).toInt();
    }
};

QString actorText(const QTableWidget* table, int row)
{
    const QString name = table->item(row, NameColumn)->text();
    const QString country = table->item(row, CountryColumn)->text();
    return country.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, country);
}

} // namespace

PeopleDialog::PeopleDialog(Store& store, CollectionEditor& editor, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_editor(editor)
    , m_search(new QLineEdit(this))
    , m_table(new QTableWidget(this))
    , m_countLabel(new QLabel(this))
    , m_messageLabel(new QLabel(this))
    , m_editButton(new QPushButton(tr("&Edit\u2026"), this))
    , m_keep(new QComboBox(this))
    , m_mergeButton(new QPushButton(tr("&Merge into It"), this))
    , m_undoButton(new QPushButton(tr("&Undo"), this))
{
    setObjectName(QStringLiteral("peopleDialog"));
    setWindowTitle(tr("People and Organisations"));
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setPlaceholderText(tr("Search names, aliases and countries"));
    m_search->setClearButtonEnabled(true);
    m_table->setObjectName(QStringLiteral("actorsTableWidget"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Kind"), tr("Country"), tr("Also known as"), tr("Roles")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(AliasesColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(NameColumn, 260);
    m_table->horizontalHeader()->setSortIndicator(NameColumn, Qt::AscendingOrder);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setWordWrap(true);
    m_editButton->setObjectName(QStringLiteral("editPushButton"));
    m_keep->setObjectName(QStringLiteral("keepComboBox"));
    m_keep->setToolTip(tr("The record that stays; the other's names become its aliases"));
    m_mergeButton->setObjectName(QStringLiteral("mergePushButton"));
    m_mergeButton->setToolTip(tr("Select two records of the same person or organisation to merge them"));
    m_undoButton->setObjectName(QStringLiteral("undoPushButton"));

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_editButton);
    actions->addSpacing(16);
    actions->addWidget(new QLabel(tr("Keep:"), this));
    actions->addWidget(m_keep, 1);
    actions->addWidget(m_mergeButton);
    actions->addSpacing(16);
    actions->addWidget(m_undoButton);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_countLabel);
    layout->addLayout(actions);
    layout->addWidget(m_messageLabel);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, &PeopleDialog::applySearch);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PeopleDialog::updateButtons);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, &PeopleDialog::editSelected);
    connect(m_editButton, &QPushButton::clicked, this, &PeopleDialog::editSelected);
    connect(m_mergeButton, &QPushButton::clicked, this, &PeopleDialog::mergeSelected);
    connect(m_undoButton, &QPushButton::clicked, m_editor.undoStack(), &QUndoStack::undo);
    connect(m_editor.undoStack(), &QUndoStack::canUndoChanged, m_undoButton, &QPushButton::setEnabled);
    connect(m_editor.undoStack(), &QUndoStack::undoTextChanged, m_undoButton, [this](const QString& text) {
        m_undoButton->setToolTip(text.isEmpty() ? QString() : tr("Undo %1").arg(text));
    });
    connect(&m_store, &Store::changed, this, [this](Changes what) {
        if (what & (Change::Actors | Change::Cases))
            reload();
    });
    auto* undo = new QShortcut(QKeySequence::Undo, this);
    connect(undo, &QShortcut::activated, m_editor.undoStack(), &QUndoStack::undo);
    m_undoButton->setEnabled(m_editor.undoStack()->canUndo());
    resize(860, 560);
    reload();
}

PeopleDialog::~PeopleDialog() = default;

void PeopleDialog::reload()
{
    const QList<Id> selected = selectedActors();
    auto actors = ActorRepository(m_store).all();
    const QHash<Id, int> roles = ActorRepository(m_store).roleCounts().value_or({});
    m_table->setSortingEnabled(false);
    m_table->clearContents();
    m_table->setRowCount(0);
    if (!actors) {
        m_messageLabel->setText(tr("The people and organisations could not be read: %1").arg(actors.error()));
        return;
    }
    m_table->setRowCount(int(actors->size()));
    int row = 0;
    for (const Actor& actor : std::as_const(*actors)) {
        const QString country = actor.country.isEmpty() ? QString() : CountryCatalog::name(actor.country);
        QString names = actor.aliases.join(QStringLiteral("; "));
        if (!actor.nativeName.isEmpty())
            names = names.isEmpty() ? actor.nativeName : actor.nativeName + QStringLiteral("; ") + names;
        auto* name = new QTableWidgetItem(actor.name);
        name->setData(IdRole, actor.id);
        name->setData(SearchTextRole, QStringList {actor.name, names, actor.country, country}.join(u'\n'));
        name->setToolTip(actor.notes.toHtmlEscaped());
        m_table->setItem(row, NameColumn, name);
        m_table->setItem(row, KindColumn, new QTableWidgetItem(toLabel(actor.kind)));
        m_table->setItem(row, CountryColumn, new QTableWidgetItem(country));
        m_table->setItem(row, AliasesColumn, new QTableWidgetItem(names));
        m_table->setItem(row, RolesColumn, new NumberItem(roles.value(actor.id)));
        ++row;
    }
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(m_table->horizontalHeader()->sortIndicatorSection(),
                          m_table->horizontalHeader()->sortIndicatorOrder());
    applySearch();
    selectActors(selected);
}

void PeopleDialog::applySearch()
{
    const QStringList words = m_search->text().simplified().split(u' ', Qt::SkipEmptyParts);
    int shown = 0;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString text = m_table->item(row, NameColumn)->data(SearchTextRole).toString();
        const bool match = std::all_of(words.cbegin(), words.cend(),
                                       [&](const QString& word) { return text.contains(word, Qt::CaseInsensitive); });
        m_table->setRowHidden(row, !match);
        shown += match ? 1 : 0;
    }
    m_countLabel->setText(shown == m_table->rowCount()
                              ? tr("%Ln people and organisations", nullptr, shown)
                              : tr("%1 of %2 people and organisations").arg(shown).arg(m_table->rowCount()));
    updateButtons();
}

QList<Id> PeopleDialog::shownActors() const
{
    QList<Id> ids;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (!m_table->isRowHidden(row))
            ids.append(m_table->item(row, NameColumn)->data(IdRole).toLongLong());
    }
    return ids;
}

QList<Id> PeopleDialog::selectedActors() const
{
    QList<Id> ids;
    const auto rows = m_table->selectionModel()->selectedRows(NameColumn);
    for (const QModelIndex& index : rows) {
        if (!m_table->isRowHidden(index.row()))
            ids.append(index.data(IdRole).toLongLong());
    }
    return ids;
}

void PeopleDialog::selectActors(const QList<Id>& actorIds)
{
    m_table->clearSelection();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (actorIds.contains(m_table->item(row, NameColumn)->data(IdRole).toLongLong())) {
            m_table->selectionModel()->select(m_table->model()->index(row, 0),
                                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }
    updateButtons();
}

void PeopleDialog::updateButtons()
{
    const QList<Id> selected = selectedActors();
    m_editButton->setEnabled(selected.size() == 1);
    const QVariant kept = m_keep->currentData();
    m_keep->clear();
    if (selected.size() == 2) {
        for (Id id : selected) {
            for (int row = 0; row < m_table->rowCount(); ++row) {
                if (m_table->item(row, NameColumn)->data(IdRole).toLongLong() == id)
                    m_keep->addItem(actorText(m_table, row), id);
            }
        }
        const int again = m_keep->findData(kept);
        m_keep->setCurrentIndex(again >= 0 ? again : 0);
    }
    m_keep->setEnabled(selected.size() == 2);
    m_mergeButton->setEnabled(selected.size() == 2);
}

void PeopleDialog::editSelected()
{
    const QList<Id> selected = selectedActors();
    if (selected.size() != 1)
        return;
    ActorDialog dialog(
        m_store,
        [this](const RecordSet& before, const RecordSet& after) {
            return m_editor.change(tr("Edit person or organisation"), before, after);
        },
        this);
    if (Status loaded = dialog.loadActor(selected.first()); !loaded) {
        m_messageLabel->setText(loaded.error());
        return;
    }
    dialog.exec();
}

void PeopleDialog::mergeSelected()
{
    const QList<Id> selected = selectedActors();
    if (selected.size() != 2)
        return;
    const Id keep = m_keep->currentData().toLongLong();
    const Id other = selected.first() == keep ? selected.last() : selected.first();
    const QString keptName = m_keep->currentText();
    const QString otherName = m_keep->itemText(m_keep->findData(other));
    if (Status merged = m_editor.mergeActors(keep, other); !merged) {
        m_messageLabel->setText(tr("Not merged: %1").arg(merged.error()));
        return;
    }
    selectActors({keep});
    m_messageLabel->setText(tr("%1 merged into %2; its names are now aliases. Undo with Ctrl+Z or the Undo button.")
                                .arg(otherName, keptName));
}

} // namespace Spyline
