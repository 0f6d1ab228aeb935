#include "CommandLine.h"
#include "LanguageSetting.h"
#include "MainWindow.h"
#include "SessionGuard.h"
#include "UnixSignals.h"
#include "WindowPalette.h"
#include "records/Language.h"
#include "store/CollectionFile.h"
#include "store/ServerAddress.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <QMessageBox>
#include <QPushButton>
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

// The last session with this collection never closed properly: it may be what crashed it.
bool askToReopen(QString* path, const QString& defaultPath)
{
    QMessageBox box(QMessageBox::Warning, QStringLiteral("Spyline"),
                    QCoreApplication::translate("main",
                                                "Spyline did not close properly the last time it had %1 open; "
                                                "that collection may have made it stop. Open it again?")
                        .arg(QDir::toNativeSeparators(*path)));
    box.setTextFormat(Qt::PlainText);
    QPushButton* again = box.addButton(QCoreApplication::translate("main", "Open It Again"), QMessageBox::AcceptRole);
    QPushButton* fallback = nullptr;
    if (QFileInfo(*path) != QFileInfo(defaultPath))
        fallback =
            box.addButton(QCoreApplication::translate("main", "Open the Default Collection"), QMessageBox::ActionRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(fallback ? fallback : again);
    box.exec();
    if (box.clickedButton() == again)
        return true;
    if (fallback && box.clickedButton() == fallback) {
        *path = defaultPath;
        return true;
    }
    return false;
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
            Spyline::Language::apply(Spyline::LanguageSetting::atStart());
            return Spyline::CommandLine::run(arguments);
        }
        QCoreApplication app(argc, argv);
        describeApplication();
        Spyline::Language::apply(Spyline::LanguageSetting::atStart());
        return Spyline::CommandLine::run(arguments);
    }

    describeApplication();
    QString path;
    {
        // Wrong options are said in the person's language before the window needs a display.
        QCoreApplication parsing(argc, argv);
        Spyline::Language::apply(Spyline::LanguageSetting::atStart());
        int exitCode = 0;
        if (!Spyline::CommandLine::windowOptions(arguments, &path, &exitCode))
            return exitCode;
    }
    QApplication app(argc, argv);
    describeApplication();
    Spyline::Language::apply(Spyline::LanguageSetting::atStart());
    QApplication::setApplicationDisplayName(QStringLiteral("Spyline"));
    // Ties the window to its menu entry and icon on the desktop (Wayland asks for it).
    QGuiApplication::setDesktopFileName(QStringLiteral(SPYLINE_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/spyline/icons/spyline.svg")));
    Spyline::WindowPalette::applyAtStart();

    if (path.isEmpty()) {
        // The collection open last time, else the default one, made from the sample on first run.
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        const QString defaultPath = QDir(folder).filePath(QStringLiteral("collection.spyline"));
        const Spyline::SessionGuard::Start start = Spyline::SessionGuard::startCollection(defaultPath);
        path = start.path;
        if (start.askFirst && !askToReopen(&path, defaultPath))
            return 0;
        if (!Spyline::isServerAddress(path) && !QFileInfo::exists(path)) {
            if (Spyline::Status s = Spyline::createCollectionFile(path, true); !s) {
                QTextStream(stderr) << QStringLiteral("spyline: ") << s.error() << Qt::endl;
                return 1;
            }
        }
    }

    Spyline::MainWindow window;
    // Asked to stop by the system: close as a person would, folding the collection into its file.
    Spyline::UnixSignals stopSignals([&window] { window.close(); });
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
