#include "CollectionFile.h"
#include "CommandLine.h"
#include "MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
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
