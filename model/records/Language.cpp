#include "records/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>
#include <vector>

namespace Spyline {

namespace {

// The translators installed for the language in use; replaced as a whole when it changes.
struct Installed
{
    QString code = Language::english();
    std::vector<std::unique_ptr<QTranslator>> translators;
};

Installed& installed()
{
    static Installed state;
    return state;
}

std::unique_ptr<QTranslator> loaded(const QString& name, const QString& folder)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(name, folder))
        return nullptr;
    return translator;
}

// The locale of numbers and of Qt's own dates: the system's when it is of the same language, else
// the language's usual one.
QLocale localeFor(const QString& code)
{
    const QLocale system = QLocale::system();
    if (code == Language::simplifiedChinese()) {
        const bool same = system.language() == QLocale::Chinese && system.script() == QLocale::SimplifiedHanScript;
        return same ? system : QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China);
    }
    return system.language() == QLocale::English ? system : QLocale(QLocale::English, QLocale::UnitedStates);
}

} // namespace

QString Language::english()
{
    return QStringLiteral("en");
}

QString Language::simplifiedChinese()
{
    return QStringLiteral("zh_CN");
}

QStringList Language::codes()
{
    return {english(), simplifiedChinese()};
}

QString Language::fromCode(QStringView code)
{
    const QString text = code.trimmed().toString();
    if (text.isEmpty())
        return {};
    const QLocale locale(text);
    if (locale.language() == QLocale::English)
        return english();
    if (locale.language() == QLocale::Chinese && locale.script() == QLocale::SimplifiedHanScript)
        return simplifiedChinese();
    return {};
}

QString Language::system()
{
    for (const QString& wanted : QLocale::system().uiLanguages()) {
        if (const QString code = fromCode(wanted); !code.isEmpty())
            return code;
    }
    return english();
}

QString Language::nativeName(const QString& code)
{
    if (code == simplifiedChinese())
        return QStringLiteral("简体中文");
    if (code == english())
        return QStringLiteral("English");
    return code;
}

bool Language::apply(const QString& code)
{
    if (!codes().contains(code) || !QCoreApplication::instance())
        return false;
    const QString ours = QStringLiteral(":/spyline/translations");
    const QString qts = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    // English is the texts in the sources but for their plural forms ("1 case", "2 cases"): its
    // translation stays under any other, for what that one leaves out.
    std::vector<std::unique_ptr<QTranslator>> translators;
    for (const QString& each : code == english() ? QStringList {code} : QStringList {english(), code}) {
        auto translator = loaded(QStringLiteral("spyline_") + each, ours);
        if (!translator)
            return false;
        translators.push_back(std::move(translator));
    }
    // Qt's own texts, as standard dialogs show them: missing when Qt's translations are not
    // installed, and then Qt speaks English.
    if (auto qt = loaded(QStringLiteral("qtbase_") + code, qts))
        translators.push_back(std::move(qt));

    Installed& state = installed();
    for (const auto& translator : state.translators)
        QCoreApplication::removeTranslator(translator.get());
    state.translators = std::move(translators);
    for (const auto& translator : state.translators)
        QCoreApplication::installTranslator(translator.get());
    state.code = code;
    QLocale::setDefault(localeFor(code));
    return true;
}

QString Language::current()
{
    return installed().code;
}

Language::Scope::Scope(const QString& code)
    : m_before(current())
    , m_applied(apply(code))
{
}

Language::Scope::~Scope()
{
    if (m_applied)
        apply(m_before);
}

} // namespace Spyline
