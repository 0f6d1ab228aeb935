#include "ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Spyline {

namespace {

// "&Open Collection…" as a person reads it in a list: "Open Collection".
QString commandText(const QAction& action)
{
    QString text = action.text();
    text.replace(QStringLiteral("&&"), QStringLiteral("\u0001"));
    text.remove(u'&');
    text.replace(u'\u0001', u'&');
    if (text.endsWith(u'\u2026'))
        text.chop(1);
    else if (text.endsWith(QStringLiteral("...")))
        text.chop(3);
    return text.trimmed();
}

QString keysOf(const QAction& action)
{
    QStringList keys;
    for (const QKeySequence& shortcut : action.shortcuts()) {
        if (!shortcut.isEmpty())
            keys.append(shortcut.toString(QKeySequence::NativeText));
    }
    return keys.join(QStringLiteral(", "));
}

void collect(const QMenu& menu, const QString& group, QList<ShortcutsDialog::Entry>& entries,
             QSet<const QAction*>& seen)
{
    for (const QAction* action : menu.actions()) {
        if (action->menu()) {
            collect(*action->menu(), group, entries, seen);
            continue;
        }
        if (action->isSeparator() || !action->isVisible() || seen.contains(action))
            continue;
        seen.insert(action);
        if (const QString keys = keysOf(*action); !keys.isEmpty())
            entries.append({group, commandText(*action), keys});
    }
}

// Actions of this window, not of another one it owns (the user guide has shortcuts of its own).
bool belongsTo(const QAction& action, const QMainWindow& window)
{
    for (const QObject* owner = action.parent(); owner; owner = owner->parent()) {
        if (const auto* widget = qobject_cast<const QWidget*>(owner))
            return widget->window() == &window;
    }
    return false;
}

} // namespace

QList<ShortcutsDialog::Entry> ShortcutsDialog::entriesOf(const QMainWindow& window)
{
    QList<Entry> entries;
    QSet<const QAction*> seen;
    if (const QMenuBar* bar = window.menuBar()) {
        for (const QAction* top : bar->actions()) {
            if (top->menu())
                collect(*top->menu(), commandText(*top), entries, seen);
        }
    }
    const QString elsewhere = tr("Elsewhere in the window");
    for (const QAction* action : window.findChildren<QAction*>()) {
        if (action->isSeparator() || action->menu() || seen.contains(action) || !belongsTo(*action, window))
            continue;
        seen.insert(action);
        if (const QString keys = keysOf(*action); !keys.isEmpty() && !commandText(*action).isEmpty())
            entries.append({elsewhere, commandText(*action), keys});
    }
    return entries;
}

ShortcutsDialog::ShortcutsDialog(const QMainWindow& window, QWidget* parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_filter->setObjectName(QStringLiteral("shortcutFilterLineEdit"));
    m_filter->setPlaceholderText(tr("Filter by command or key"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter shortcuts"));
    m_tree->setObjectName(QStringLiteral("shortcutsTreeWidget"));
    m_tree->setHeaderLabels({tr("Command"), tr("Shortcut")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);

    QTreeWidgetItem* group = nullptr;
    for (const Entry& entry : entriesOf(window)) {
        if (!group || group->text(0) != entry.group) {
            group = new QTreeWidgetItem(m_tree, {entry.group});
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
            group->setExpanded(true);
        }
        new QTreeWidgetItem(group, {entry.command, entry.keys});
    }

    auto* views = new QLabel(tr("Keys inside the timeline, the graph and the map (from item to item, zoom, pan, "
                                "fit) are described in the user guide, under Browsing cases."),
                             this);
    views->setObjectName(QStringLiteral("viewKeysLabel"));
    views->setTextFormat(Qt::PlainText);
    views->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree);
    layout->addWidget(views);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::filter);
    resize(520, 600);
}

ShortcutsDialog::~ShortcutsDialog() = default;

void ShortcutsDialog::filter(const QString& text)
{
    const QString wanted = text.trimmed();
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = m_tree->topLevelItem(g);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem* item = group->child(i);
            const bool match = wanted.isEmpty() || item->text(0).contains(wanted, Qt::CaseInsensitive)
                || item->text(1).contains(wanted, Qt::CaseInsensitive)
                || group->text(0).contains(wanted, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
}

} // namespace Spyline
