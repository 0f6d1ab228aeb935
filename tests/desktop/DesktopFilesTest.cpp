#include "TestSupport.h"
#include "store/CollectionFile.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QMimeDatabase>
#include <QProcess>
#include <QXmlStreamReader>

using namespace Spyline;
using Spyline::Fixtures::ScratchFolder;

namespace {

const QString AppId = QStringLiteral(SPYLINE_APP_ID);
const QString MimeType = QStringLiteral(SPYLINE_MIME_TYPE);

QString configured(const QString& name)
{
    return QStringLiteral(SPYLINE_DESKTOP_FILES_DIR) + u'/' + name;
}

// SQLite's own type as shared-mime-info defines it (freedesktop.org.xml): what Spyline's type must
// win against for a collection and lose against for any other SQLite file.
const char* const SqliteDefinition = R"(<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="application/vnd.sqlite3">
    <comment>SQLite3 database</comment>
    <glob pattern="*.sqlite3"/>
    <magic><match type="string" value="SQLite format 3" offset="0"/></magic>
  </mime-type>
</mime-info>
)";

// A collection is known by its name and, named anything, by its header: SQLite's, with Spyline's
// application id in it. The MIME database is built as a system builds it once the package is
// installed (update-mime-database over every definition), in a data folder of this test's own,
// and read by Qt.
TEST(DesktopFiles, TheMimeTypeKnowsCollectionsByNameAndByContent)
{
    ScratchFolder scratch;
    const QString share = scratch.path(QStringLiteral("share"));
    const QString packages = share + QStringLiteral("/mime/packages/");
    ASSERT_TRUE(QDir().mkpath(packages));
    ASSERT_TRUE(QFile::copy(configured(AppId + QStringLiteral(".xml")), packages + AppId + QStringLiteral(".xml")));
    QFile sqlite(packages + QStringLiteral("sqlite.xml"));
    ASSERT_TRUE(sqlite.open(QIODevice::WriteOnly));
    ASSERT_GT(sqlite.write(SqliteDefinition), 0);
    sqlite.close();
    qputenv("XDG_DATA_DIRS", share.toLocal8Bit());
    QProcess update;
    update.start(QStringLiteral("update-mime-database"), {share + QStringLiteral("/mime")});
    ASSERT_TRUE(update.waitForFinished(60000)) << update.errorString().toStdString();
    ASSERT_EQ(update.exitCode(), 0) << update.readAllStandardError().toStdString();
    ASSERT_TRUE(QFile::exists(share + QStringLiteral("/mime/mime.cache")));

    const QString named = scratch.path(QStringLiteral("cases.spyline"));
    const QString unnamed = scratch.path(QStringLiteral("cases"));
    ASSERT_OK(createCollectionFile(named, true));
    ASSERT_TRUE(QFile::copy(named, unnamed));

    QMimeDatabase mime;
    ASSERT_TRUE(mime.mimeTypeForName(MimeType).isValid());
    EXPECT_EQ(mime.mimeTypeForName(MimeType).comment(), QStringLiteral("Spyline collection"));
    EXPECT_TRUE(mime.mimeTypeForName(MimeType).inherits(QStringLiteral("application/vnd.sqlite3")));
    EXPECT_EQ(mime.mimeTypeForFile(QStringLiteral("/nowhere/teaching.spyline"), QMimeDatabase::MatchExtension).name(),
              MimeType);
    EXPECT_EQ(mime.mimeTypeForFile(unnamed, QMimeDatabase::MatchContent).name(), MimeType);
    EXPECT_EQ(mime.mimeTypeForFile(named).name(), MimeType);

    // Any other SQLite file stays an SQLite file.
    QFile header(unnamed);
    ASSERT_TRUE(header.open(QIODevice::ReadWrite));
    ASSERT_TRUE(header.seek(68));
    ASSERT_EQ(header.write(QByteArray(4, '\0')), 4);
    header.close();
    EXPECT_EQ(mime.mimeTypeForFile(unnamed, QMimeDatabase::MatchContent).name(),
              QStringLiteral("application/vnd.sqlite3"));
}

TEST(DesktopFiles, TheMenuEntryOpensCollectionsWithTheIcon)
{
    QFile file(configured(AppId + QStringLiteral(".desktop")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    QHash<QString, QString> entry;
    for (const QString& line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (const qsizetype equals = line.indexOf(u'='); equals > 0)
            entry.insert(line.left(equals), line.mid(equals + 1));
    }
    EXPECT_EQ(entry.value(QStringLiteral("Exec")), QStringLiteral("spyline %f"));
    EXPECT_EQ(entry.value(QStringLiteral("Icon")), AppId);
    EXPECT_TRUE(entry.value(QStringLiteral("MimeType")).split(u';').contains(MimeType));
}

// The metainfo's newest release is the project's version, the one --version and the package show.
TEST(DesktopFiles, TheMetainfoNamesThisVersionAndItsScreenshots)
{
    QFile file(configured(AppId + QStringLiteral(".metainfo.xml")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString id;
    QString newestRelease;
    int screenshots = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QStringLiteral("id"))
            id = xml.readElementText();
        else if (xml.name() == QStringLiteral("release") && newestRelease.isEmpty())
            newestRelease = xml.attributes().value(QStringLiteral("version")).toString();
        else if (xml.name() == QStringLiteral("screenshot"))
            ++screenshots;
    }
    ASSERT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_EQ(id, AppId);
    EXPECT_EQ(newestRelease, QStringLiteral(SPYLINE_VERSION));
    EXPECT_GE(screenshots, 3);
}

} // namespace
