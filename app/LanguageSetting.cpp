#include "LanguageSetting.h"

#include "records/Language.h"

#include <QSettings>

namespace Spyline {

namespace {
const QString key = QStringLiteral("preferences/language");
} // namespace

QString LanguageSetting::chosen()
{
    // A settings file edited by hand may hold any text: only a language Spyline speaks counts.
    const QString stored = QSettings().value(key).toString();
    return Language::codes().contains(stored) ? stored : QString();
}

void LanguageSetting::choose(const QString& code)
{
    if (code.isEmpty())
        QSettings().remove(key);
    else
        QSettings().setValue(key, code);
}

QString LanguageSetting::atStart()
{
    const QString code = chosen();
    return code.isEmpty() ? Language::system() : code;
}

} // namespace Spyline
