#!/bin/sh
# Fails when a text in the sources is missing from the translations in the repository (lupdate,
# run over the sources, would change them) or when a Chinese text or an English plural is
# unfinished or empty.
# Usage: check-translations.sh LUPDATE SOURCES.lst TRANSLATIONS_DIR [LUPDATE_OPTION ...]
set -u
lupdate=$1
sources=$2
translations=$3
shift 3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0

for ts in spyline_zh_CN.ts spyline_en.ts; do
    cp "$translations/$ts" "$work/$ts"
    only=""
    [ "$ts" = spyline_en.ts ] && only=-pluralonly
    if ! "$lupdate" "$@" $only "@$sources" -ts "$work/$ts" >"$work/lupdate.log" 2>&1; then
        cat "$work/lupdate.log"
        echo "lupdate failed on $ts"
        exit 1
    fi
    if ! cmp -s "$translations/$ts" "$work/$ts"; then
        echo "$ts is behind the sources; bring it up to date with"
        echo "  cmake --build build --target update_translations"
        echo "and translate what it adds. The texts that differ:"
        diff "$translations/$ts" "$work/$ts" | grep -E '^[<>] *<(source|name|comment)>' | head -40
        status=1
    fi
done

# Every Chinese text translated, and every English plural: none unfinished, none empty.
for ts in spyline_zh_CN.ts spyline_en.ts; do
    file="$translations/$ts"
    unfinished=$(grep -c 'type="unfinished"' "$file")
    empty=$(grep -cE '<translation>\s*</translation>|<numerusform>\s*</numerusform>|<translation/>' "$file")
    if [ "$unfinished" -ne 0 ] || [ "$empty" -ne 0 ]; then
        echo "$ts has $unfinished unfinished and $empty empty translations, among them:"
        grep -B4 -E 'type="unfinished"|<translation>\s*</translation>|<numerusform>\s*</numerusform>' "$file" |
            grep '<source>' | head -20
        status=1
    fi
    if [ "$(grep -c '<message' "$file")" -eq 0 ]; then
        echo "$ts holds no message"
        status=1
    fi
done
exit $status
