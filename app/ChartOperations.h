#pragma once

#include <QObject>

#include <memory>

class QPushButton;

namespace Spyline {

class MainWindow;
class Handout;

// Charts out of the window: File > Export Chart (with a live preview), Export Handout for the
// cases shown, Print and Print Handout with a print preview, and Edit > Copy Chart as a picture.
// After an export the status bar names the file, with a button that opens its folder.
class ChartOperations : public QObject
{
    Q_OBJECT
public:
    explicit ChartOperations(MainWindow& window);

public Q_SLOTS:
    void exportChart();
    void exportHandout();
    void copyChart();
    void printChart();
    void printHandout();

private:
    // The handout's title, subtitle and summary asked for; null when the person cancelled.
    std::unique_ptr<Handout> prepareHandout(const QString& title);
    void announceWritten(const QString& message, const QString& path);

    MainWindow& m_window;
    QPushButton* m_openFolder = nullptr;
    QString m_writtenFolder;
};

} // namespace Spyline
