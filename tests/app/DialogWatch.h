#pragma once

#include <QApplication>
#include <QTimer>

#include <functional>

namespace Spyline::Fixtures {

// Acts on a modal dialog once it is shown (exec() blocks the test until it closes).
template<typename Dialog>
void whenShown(std::function<void(Dialog*)> act)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, act] {
        if (auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            act(dialog);
        }
    });
    timer->start();
}

} // namespace Spyline::Fixtures
