#include "AccessibleNames.h"

#include <QAbstractButton>
#include <QAction>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>

namespace Spyline {

namespace {

} // namespace

void AccessibleNames::nameClearButton(QLineEdit* edit)
{
    // The button shows the action's text as its name; Qt gives the action none.
    if (auto* clear = edit->findChild<QAction*>(QStringLiteral("_q_qlineeditclearaction")))
        clear->setText(AccessibleNames::tr("Clear"));
    for (auto* button : edit->findChildren<QToolButton*>(Qt::FindDirectChildrenOnly)) {
        if (button->accessibleName().isEmpty())
            button->setAccessibleName(AccessibleNames::tr("Clear"));
    }
}

void AccessibleNames::nameCornerButton(QTableView* table)
{
    for (auto* button : table->findChildren<QAbstractButton*>(Qt::FindDirectChildrenOnly)) {
        if (button->accessibleName().isEmpty())
            button->setAccessibleName(AccessibleNames::tr("Select all"));
    }
}

void AccessibleNames::nameToolBarExtension(QToolBar* toolBar)
{
    if (auto* more = toolBar->findChild<QAbstractButton*>(QStringLiteral("qt_toolbar_ext_button")))
        more->setAccessibleName(AccessibleNames::tr("More tools"));
}

QString AccessibleNames::buddyText(const QWidget* widget)
{
    if (!widget || !widget->parentWidget())
        return {};
    for (const QLabel* label : widget->parentWidget()->findChildren<QLabel*>(Qt::FindDirectChildrenOnly)) {
        if (label->buddy() == widget) {
            QString text = label->text();
            // "&Date" reads "Date"; "&&" is a real ampersand.
            text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
            text.remove(u'&');
            text.replace(u'\x01', u'&');
            return text.trimmed();
        }
    }
    return {};
}

} // namespace Spyline
