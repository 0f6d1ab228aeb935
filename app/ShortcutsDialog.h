#pragma once

#include <QDialog>

class QLineEdit;
class QMainWindow;
class QTreeWidget;

namespace Spyline {

// Help → Keyboard Shortcuts: every shortcut of a window, read from its actions when the dialog
// opens, so that a new action with a shortcut is listed without anyone writing it down.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Entry
    {
        QString group; // the menu the action is in, or "Elsewhere in the window"
        QString command;
        QString keys;
    };

    explicit ShortcutsDialog(const QMainWindow& window, QWidget* parent = nullptr);
    ~ShortcutsDialog() override;

    // The window's actions that have a shortcut, menu by menu in the menus' order, then the rest.
    static QList<Entry> entriesOf(const QMainWindow& window);

private:
    void filter(const QString& text);

    QLineEdit* m_filter;
    QTreeWidget* m_tree;
};

} // namespace Spyline
