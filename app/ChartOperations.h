#pragma once

#include <QObject>

namespace Spyline {

class MainWindow;

// Charts out of the window: File > Export Chart (with a live preview), Export Handout for the
// cases shown, and Edit > Copy Chart as a picture.
class ChartOperations : public QObject
{
    Q_OBJECT
public:
    explicit ChartOperations(MainWindow& window);

public Q_SLOTS:
    void exportChart();
    void exportHandout();
    void copyChart();

private:
    MainWindow& m_window;
};

} // namespace Spyline
