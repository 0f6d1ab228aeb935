// Renders the application icon's SVG to PNG files of the sizes an icon theme asks for, at build time,
// so that the SVG stays the one source of the icon.
// Usage: spyline_render_icons ICON.svg SIZE OUT.png [SIZE OUT.png ...]

#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    QTextStream err(stderr);
    if (arguments.size() < 4 || arguments.size() % 2 != 0) {
        err << "usage: spyline_render_icons ICON.svg SIZE OUT.png [SIZE OUT.png ...]" << Qt::endl;
        return 1;
    }
    QSvgRenderer renderer(arguments.at(1));
    if (!renderer.isValid()) {
        err << arguments.at(1) << ": not a valid SVG file" << Qt::endl;
        return 1;
    }
    for (qsizetype i = 2; i + 1 < arguments.size(); i += 2) {
        bool ok = false;
        const int size = arguments.at(i).toInt(&ok);
        if (!ok || size < 1 || size > 4096) {
            err << arguments.at(i) << ": not an icon size" << Qt::endl;
            return 1;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter, QRectF(0, 0, size, size));
        painter.end();
        if (!image.save(arguments.at(i + 1), "PNG")) {
            err << arguments.at(i + 1) << ": cannot be written" << Qt::endl;
            return 1;
        }
    }
    return 0;
}
