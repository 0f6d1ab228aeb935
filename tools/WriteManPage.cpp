// Writes the manual page spyline(1) at build time from what `spyline --help` prints, so that the
// page and the program never disagree. The page's fixed parts come from a template whose
// @SYNOPSIS@, @COMMANDS@, @NOTES@, @VERSION@ and @DATE@ are filled in here.
// Usage: spyline_write_man_page SPYLINE TEMPLATE VERSION DATE OUT
//
// The help text is read as: lines indented by two spaces start an entry ("spyline init --db FILE
// [--sample]", then two or more spaces, then what it does), deeper lines continue the entry, and
// other text (but a heading such as "Usage:") is a note.

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

struct Entry
{
    QString synopsis;
    QString description;
    QStringList continuation;
};

QString escaped(QString text)
{
    text.replace(u'\\', QStringLiteral("\\e"));
    text.replace(u'-', QStringLiteral("\\-"));
    if (text.startsWith(u'.') || text.startsWith(u'\''))
        text.prepend(QStringLiteral("\\&"));
    return text;
}

// "spyline init --db FILE": the program and command in bold, the options in roman.
QString synopsisLine(const QString& synopsis)
{
    static const QRegularExpression words(QStringLiteral("^((?:[a-z]+ ?)+)(.*)$"));
    const QRegularExpressionMatch match = words.match(synopsis);
    if (!match.hasMatch())
        return escaped(synopsis);
    const QString command = match.captured(1).trimmed();
    const QString rest = match.captured(2);
    const QString gap = match.captured(1).endsWith(u' ') ? QStringLiteral(" ") : QString();
    return QStringLiteral("\\fB%1\\fR%2%3").arg(escaped(command), gap, escaped(rest));
}

bool parse(const QString& help, QList<Entry>* entries, QStringList* notes)
{
    static const QRegularExpression entryLine(QStringLiteral("^  (\\S.*?)(?:\\s{2,}(\\S.*))?$"));
    static const QRegularExpression heading(QStringLiteral("^\\S[^.]*:$"));
    QString paragraph;
    const auto endParagraph = [&] {
        if (!paragraph.isEmpty())
            notes->append(paragraph);
        paragraph.clear();
    };
    for (const QString& line : help.split(u'\n')) {
        if (line.trimmed().isEmpty()) {
            endParagraph();
        } else if (line.startsWith(QStringLiteral("   ")) && !entries->isEmpty()) {
            entries->last().continuation.append(
                line.trimmed().replace(QRegularExpression(QStringLiteral("\\s{2,}")), QStringLiteral("  ")));
        } else if (const QRegularExpressionMatch match = entryLine.match(line); match.hasMatch()) {
            entries->append({match.captured(1), match.captured(2), {}});
        } else if (heading.match(line).hasMatch()) {
            endParagraph();
        } else {
            paragraph += (paragraph.isEmpty() ? QString() : QStringLiteral(" ")) + line.trimmed();
        }
    }
    endParagraph();
    return !entries->isEmpty();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    QTextStream err(stderr);
    if (arguments.size() != 6) {
        err << "usage: spyline_write_man_page SPYLINE TEMPLATE VERSION DATE OUT" << Qt::endl;
        return 1;
    }
    // The page is English, whatever the machine speaks or its user chose in Preferences.
    QTemporaryDir settings;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), settings.path());
    QProcess program;
    program.setProcessEnvironment(environment);
    program.start(arguments.at(1), {QStringLiteral("--help")});
    if (!program.waitForFinished(60000) || program.exitStatus() != QProcess::NormalExit || program.exitCode() != 0) {
        err << arguments.at(1) << " --help failed: " << program.errorString() << Qt::endl;
        return 1;
    }
    const QString help = QString::fromUtf8(program.readAllStandardOutput());
    QList<Entry> entries;
    QStringList notes;
    if (!parse(help, &entries, &notes)) {
        err << arguments.at(1) << " --help printed no usage lines to make a manual page of" << Qt::endl;
        return 1;
    }

    QStringList synopsis {QStringLiteral(".nf")};
    QStringList commands;
    for (const Entry& entry : std::as_const(entries)) {
        synopsis.append(synopsisLine(entry.synopsis));
        commands.append(QStringLiteral(".TP"));
        commands.append(synopsisLine(entry.synopsis));
        if (!entry.continuation.isEmpty()) {
            commands.append(QStringLiteral(".nf"));
            for (const QString& line : entry.continuation)
                commands.append(escaped(line));
            commands.append(QStringLiteral(".fi"));
        }
        if (!entry.description.isEmpty()) {
            QString description = entry.description;
            description[0] = description[0].toUpper();
            commands.append(escaped(description.endsWith(u'.') ? description : description + u'.'));
        }
    }
    synopsis.append(QStringLiteral(".fi"));
    QStringList noteLines;
    for (const QString& note : std::as_const(notes)) {
        if (!noteLines.isEmpty())
            noteLines.append(QStringLiteral(".PP"));
        noteLines.append(escaped(note));
    }

    QFile templateFile(arguments.at(2));
    if (!templateFile.open(QIODevice::ReadOnly)) {
        err << arguments.at(2) << ": " << templateFile.errorString() << Qt::endl;
        return 1;
    }
    QString page = QString::fromUtf8(templateFile.readAll());
    page.replace(QStringLiteral("@SYNOPSIS@"), synopsis.join(u'\n'));
    page.replace(QStringLiteral("@COMMANDS@"), commands.join(u'\n'));
    page.replace(QStringLiteral("@NOTES@"), noteLines.join(u'\n'));
    page.replace(QStringLiteral("@VERSION@"), arguments.at(3));
    page.replace(QStringLiteral("@DATE@"), arguments.at(4));

    QSaveFile out(arguments.at(5));
    if (!out.open(QIODevice::WriteOnly) || out.write(page.toUtf8()) < 0 || !out.commit()) {
        err << arguments.at(5) << ": " << out.errorString() << Qt::endl;
        return 1;
    }
    return 0;
}
