#pragma once

#include <QCoreApplication>
#include <QString>

class QLineEdit;
class QTableView;
class QToolBar;
class QWidget;

namespace Spyline {

// Names for the small buttons Qt adds to controls and leaves unnamed, so that a screen reader
// says what they do rather than "button".
class AccessibleNames
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::AccessibleNames)

public:
    // The clear button of a line edit (QLineEdit::setClearButtonEnabled).
    static void nameClearButton(QLineEdit* edit);
    // The button in the corner of a table's headers, which selects every cell.
    static void nameCornerButton(QTableView* table);
    // The button that shows what a narrow window leaves off a toolbar.
    static void nameToolBarExtension(QToolBar* toolBar);
    // The text of the label whose buddy the widget is (a form's), without its mnemonic; empty when
    // none is.
    static QString buddyText(const QWidget* widget);
};

} // namespace Spyline
