#pragma once

#include <QObject>

#include <functional>

class QSocketNotifier;

namespace Spyline {

// Turns SIGTERM, SIGINT and SIGHUP into a call on the event loop, so that a window asked to stop by
// the system closes as if a person closed it: settings saved, the collection folded into its file.
class UnixSignals : public QObject
{
    Q_OBJECT
public:
    explicit UnixSignals(std::function<void()> onStop, QObject* parent = nullptr);
    ~UnixSignals() override;

private:
    std::function<void()> m_onStop;
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace Spyline
