#include "MapAccessible.h"

#include "MapCanvas.h"
#include "WorldMap.h"
#include "records/CountryCatalog.h"

#include <QCoreApplication>

namespace Spyline {

namespace {

QAccessibleInterface* factory(const QString&, QObject* object)
{
    auto* canvas = qobject_cast<MapCanvas*>(object);
    if (!canvas)
        return nullptr;
    return new CanvasAccessible(canvas, [](const QWidget& widget) {
        return MapAccessible::focusedItem(static_cast<const MapCanvas&>(widget));
    });
}

} // namespace

void MapAccessible::install()
{
    CanvasAccessible::installFactory(&factory);
}

QString MapAccessible::countryName(const MapLayout& layout, const QString& code)
{
    const QString name = CountryCatalog::name(code);
    const CountryTally* tally = layout.figures().countries.find(code);
    QStringList counts;
    if (tally && tally->targeted > 0)
        counts.append(MapAccessible::tr("target of %Ln case(s)", nullptr, tally->targeted));
    if (tally && tally->accused > 0)
        counts.append(MapAccessible::tr("accused in %Ln case(s)", nullptr, tally->accused));
    if (const int venues = layout.venuesIn(code); venues > 0)
        counts.append(MapAccessible::tr("recruitment venue of %Ln case(s)", nullptr, venues));
    return MapAccessible::tr("%1: %2").arg(name.isEmpty() ? code : name, counts.join(QStringLiteral(", ")));
}

std::optional<CanvasItem> MapAccessible::focusedItem(const MapCanvas& canvas)
{
    const QString code = canvas.focusedCountry();
    if (code.isEmpty())
        return std::nullopt;
    const MapLayout& layout = canvas.currentLayout();
    const QStringList order = canvas.countriesWithData();
    CanvasItem item;
    item.key = code;
    item.name = countryName(layout, code);
    item.description = MapAccessible::tr("Country %1 of %2 with cases, from the most to the fewest")
                           .arg(order.indexOf(code) + 1)
                           .arg(order.size());
    item.rect = canvas.focusedCountryRect().toAlignedRect();
    for (const MapLayout::Shaded& shaded : layout.shaded()) {
        if (shaded.selected && layout.map().countries().at(shaded.country).code == code)
            item.selected = true;
    }
    return item;
}

} // namespace Spyline
