#!/usr/bin/env python3
"""Converts Natural Earth's 1:110m countries and populated places into resources/map/world-110m.bin.

Run once when the source data changes; the output is committed. Standard library only.

    python3 scripts/convert-natural-earth.py COUNTRIES PLACES ISO3166 OUT

COUNTRIES  countries-110m.json of the npm package world-atlas 2.0.2 (Natural Earth 4.1.0 admin-0
           countries as TopoJSON; get it with `npm pack world-atlas@2.0.2`)
PLACES     ne_110m_populated_places_simple.geojson of Natural Earth (nvkelso/natural-earth-vector,
           geojson/ folder)
ISO3166    iso_3166-1.json of Debian's iso-codes package (/usr/share/iso-codes/json/), which maps
           the numeric country ids of the TopoJSON to alpha-2 codes
OUT        the resource to write

The format (little-endian, read by views/map/WorldMap.cpp):
    "SPYMAP" uint16 version=1
    uint16 countries; each: char[4] code (alpha-2, NUL-padded; empty for land that has no ISO
        code), int16 anchor lon, int16 anchor lat, uint16 rings; each ring: uint16 points, then
        points x (int16 lon, int16 lat)
    uint16 former states; each: char[4] code, int16 anchor lon, int16 anchor lat, uint8
        successors, successors x char[2]
    uint16 places; each: char[2] country, int16 lon, int16 lat, uint8 names; each: uint8 length,
        UTF-8 bytes (the first name is the one shown)
Coordinates are degrees times 150 (a resolution of 0.0067 degrees, finer than 1:110m).
"""
import json
import struct
import sys

SCALE = 150

# Former states Spyline knows (model/CountryCatalog): drawn over their successors' outlines. East
# and West Germany share Germany's outline; their anchors sit in their own halves.
FORMER_STATES = [
    ("SUHH", None, ["RU", "UA", "BY", "MD", "EE", "LV", "LT", "GE", "AM", "AZ", "KZ", "UZ", "TM", "KG", "TJ"]),
    ("DDDE", (12.7, 52.3), ["DE"]),
    ("DEDE", (8.6, 50.6), ["DE"]),
    ("CSHH", None, ["CZ", "SK"]),
    ("YUCS", None, ["SI", "HR", "BA", "RS", "ME", "MK", "XK"]),
]

# Land in the countries file without an ISO 3166 code of its own.
UNCODED = {"Kosovo": "XK"}

# Names people write that Natural Earth spells otherwise.
EXTRA_NAMES = {
    "Washington, D.C.": ["Washington"],
    "Tel Aviv-Yafo": ["Tel Aviv"],
    "Rangoon": ["Yangon"],
    "Kolkata": ["Calcutta"],
    "Mumbai": ["Bombay"],
    "Bangalore": ["Bengaluru"],
    "Kiev": ["Kyiv"],
    "København": ["Copenhagen"],
}


def q(value):
    return max(-32767, min(32767, int(round(value * SCALE))))


def decode_arcs(topology):
    sx, sy = topology["transform"]["scale"]
    tx, ty = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring_points(arcs, indices):
    points = []
    for index in indices:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        # Consecutive arcs share their end points.
        points.extend(arc if not points else arc[1:])
    return points


def area_and_centroid(ring):
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(area) < 1e-12:
        xs, ys = zip(*ring)
        return 0.0, (sum(xs) / len(xs), sum(ys) / len(ys))
    return area / 2, (cx / (3 * area), cy / (3 * area))


def inside(point, ring):
    x, y = point
    crossings = False
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
            crossings = not crossings
    return crossings


def interior_anchor(ring):
    """The ring's centroid when it lies inside, else the middle of the widest stretch of land on the
    parallel through it (a concave outline such as Russia's has its centroid outside)."""
    centroid = area_and_centroid(ring)[1]
    if inside(centroid, ring):
        return centroid
    best = None
    ys = [y for _, y in ring]
    for step in range(0, 21):
        # The centroid's parallel first, then others towards the ring's middle latitudes.
        y = centroid[1] + (step // 2) * (1 if step % 2 else -1) * (max(ys) - min(ys)) / 40
        xs = sorted(x0 + (y - y0) * (x1 - x0) / (y1 - y0)
                    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]) if (y0 > y) != (y1 > y))
        for a, b in zip(xs[0::2], xs[1::2]):
            if best is None or b - a > best[0]:
                best = (b - a, ((a + b) / 2, y))
        if best is not None:
            return best[1]
    return centroid


def main(countries_path, places_path, iso_path, out_path):
    topology = json.load(open(countries_path, encoding="utf-8"))
    iso = json.load(open(iso_path, encoding="utf-8"))["3166-1"]
    alpha2 = {entry["numeric"]: entry["alpha_2"] for entry in iso}
    arcs = decode_arcs(topology)

    countries = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        name = geometry["properties"]["name"]
        code = alpha2.get(geometry.get("id"), UNCODED.get(name, ""))
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        rings = [ring_points(arcs, ring) for polygon in polygons for ring in polygon]
        outer = [ring_points(arcs, polygon[0]) for polygon in polygons]
        largest = max(outer, key=lambda ring: abs(area_and_centroid(ring)[0]))
        countries.append((code, interior_anchor(largest), rings))
    countries.sort(key=lambda c: (c[0] == "", c[0]))

    anchors = {code: anchor for code, anchor, _ in countries if code}
    places = json.load(open(places_path, encoding="utf-8"))["features"]

    out = bytearray(b"SPYMAP")
    out += struct.pack("<H", 1)
    out += struct.pack("<H", len(countries))
    points_written = 0
    for code, anchor, rings in countries:
        out += code.encode("ascii").ljust(4, b"\0")
        out += struct.pack("<hhH", q(anchor[0]), q(anchor[1]), len(rings))
        for ring in rings:
            # Quantising merges neighbours; repeated points carry nothing.
            packed = []
            for x, y in ring:
                point = (q(x), q(y))
                if not packed or packed[-1] != point:
                    packed.append(point)
            out += struct.pack("<H", len(packed))
            for x, y in packed:
                out += struct.pack("<hh", x, y)
            points_written += len(packed)

    out += struct.pack("<H", len(FORMER_STATES))
    for code, anchor, successors in FORMER_STATES:
        if anchor is None:
            # Weighted by each successor's outline, roughly: the mean of their anchors.
            xs = [anchors[s][0] for s in successors if s in anchors]
            ys = [anchors[s][1] for s in successors if s in anchors]
            anchor = (sum(xs) / len(xs), sum(ys) / len(ys))
        out += code.encode("ascii")
        out += struct.pack("<hhB", q(anchor[0]), q(anchor[1]), len(successors))
        for successor in successors:
            out += successor.encode("ascii")

    kept = []
    for feature in places:
        properties = feature["properties"]
        country = properties.get("iso_a2") or ""
        if len(country) != 2 or not country.isalpha():
            continue
        names = [properties["name"]]
        for key in ("nameascii", "namepar", "namealt"):
            for value in (properties.get(key) or "").split("|"):
                if value and value not in names:
                    names.append(value)
        names += [n for n in EXTRA_NAMES.get(properties["name"], []) if n not in names]
        lon, lat = feature["geometry"]["coordinates"]
        kept.append((country, lon, lat, names))
    out += struct.pack("<H", len(kept))
    for country, lon, lat, names in kept:
        out += country.encode("ascii")
        out += struct.pack("<hhB", q(lon), q(lat), len(names))
        for name in names:
            encoded = name.encode("utf-8")[:255]
            out += struct.pack("<B", len(encoded)) + encoded

    with open(out_path, "wb") as f:
        f.write(out)
    print(f"{out_path}: {len(countries)} countries, {points_written} outline points, "
          f"{len(FORMER_STATES)} former states, {len(kept)} places, {len(out)} bytes")


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    main(*sys.argv[1:])
