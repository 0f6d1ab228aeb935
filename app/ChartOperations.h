#pragma once

#include <QObject>

#include <memory>
#include <optional>

class QPushButton;

namespace Spyline {

class BackgroundJob;
class MainWindow;
class Handout;

// Charts out of the window: File > Export Chart (with a live preview), Export Handout for the
// cases shown, Print and Print Handout with a print preview, and Edit > Copy Chart as a picture.
// After an export the status bar names the file, with a button that opens its folder. A handout is
// written in the background, behind a progress dialog with Cancel; a cancelled one leaves no file.
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

public:
    // A handout still being written: stops it (no file is left) and waits until it has ended.
    void stopWork();
    bool isWorking() const;

private:
    // What a handout holds, as the person asked for it.
    struct HandoutRequest;
    // The handout's title, subtitle and summary asked for; none when the person cancelled.
    std::optional<HandoutRequest> prepareHandout(const QString& title);
    void announceWritten(const QString& message, const QString& path);

    MainWindow& m_window;
    BackgroundJob* m_job;
    QPushButton* m_openFolder = nullptr;
    QString m_writtenFolder;
};

} // namespace Spyline
