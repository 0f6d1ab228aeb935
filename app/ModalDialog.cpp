#include "ModalDialog.h"

#include <QApplication>
#include <QDialog>
#include <QPointer>

namespace Spyline {

int runModal(QDialog& dialog)
{
    const QPointer<QWidget> focus = QApplication::focusWidget();
    const QPointer<QWidget> window = dialog.parentWidget() ? dialog.parentWidget()->window() : nullptr;
    const int result = dialog.exec();
    if (window && window->isVisible()) {
        window->activateWindow();
        if (focus && focus->window() == window && focus->isVisible())
            focus->setFocus(Qt::ActiveWindowFocusReason);
        else
            window->setFocus(Qt::ActiveWindowFocusReason);
    }
    return result;
}

} // namespace Spyline
