#include "CollectionFile.h"
#include "CommandLine.h"
#include "MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Spyline"));
    QCoreApplication::setApplicationName(QStringLiteral("Spyline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SPYLINE_VERSION));
}

// Commands speak for themselves on stderr: one line for a user error. Qt's own notices about the
// platform (a missing runtime folder, say) would only confuse scripts.
void quietQtNotices(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        QTextStream(stderr) << message << Qt::endl;
}

QStringList argumentsOf(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

} // namespace

int main(int argc, char** argv)
{
    const QStringList arguments = argumentsOf(argc, argv);
    if (Spyline::CommandLine::isCommand(arguments)) {
        qInstallMessageHandler(quietQtNotices);
        // Exports paint text, which needs a GUI application; without a display it draws offscreen.
        if (arguments.value(1) == QStringLiteral("export")) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
                && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
                qputenv("QT_QPA_PLATFORM", "offscreen");
            }
            QGuiApplication app(argc, argv);
            describeApplication();
            return Spyline::CommandLine::run(arguments);
        }
        QCoreApplication app(argc, argv);
        describeApplication();
        return Spyline::CommandLine::run(arguments);
    }

    QString path;
    if (!Spyline::CommandLine::windowOptions(arguments, &path))
        return 1;
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Spyline"));
    // Ties the window to its menu entry and icon on the desktop (Wayland asks for it).
    QGuiApplication::setDesktopFileName(QStringLiteral(SPYLINE_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/spyline/icons/spyline.svg")));

    if (path.isEmpty()) {
        // The collection open last time, else the default one, made from the sample on first run.
        const QString last = QSettings().value(QStringLiteral("collection/last")).toString();
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        path = !last.isEmpty() && QFileInfo::exists(last) ? last
                                                          : QDir(folder).filePath(QStringLiteral("collection.spyline"));
        if (!QFileInfo::exists(path)) {
            if (Spyline::Status s = Spyline::createCollectionFile(path, true); !s) {
                QTextStream(stderr) << QStringLiteral("spyline: ") << s.error() << Qt::endl;
                return 1;
            }
        }
    }

    Spyline::MainWindow window;
    QString error;
    if (!window.openCollection(path, &error)) {
        QTextStream(stderr) << QStringLiteral("spyline: ") << error << Qt::endl;
        QMessageBox box(QMessageBox::Warning, QStringLiteral("Spyline"), error, QMessageBox::Ok);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return 1;
    }
    window.show();
    return app.exec();
}
