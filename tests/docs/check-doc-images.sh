#!/bin/sh
# Every picture a document of the repository shows is in the repository: README.md, docs/*.md and
# the user guide name images by relative path, and a missing one shows as a broken link.
# Usage: check-doc-images.sh SOURCE_DIR
set -eu
root=$1
missing=0
checked=0
for doc in "$root"/README.md "$root"/docs/*.md "$root"/resources/help/*/*.md "$root"/resources/help/*/*.html; do
    [ -f "$doc" ] || continue
    dir=$(dirname "$doc")
    # ![alt](path) in Markdown, src="path" in HTML; web addresses are not ours to check.
    for image in $( (grep -o '!\[[^]]*\]([^)]*)' "$doc" | sed 's/.*](\([^) ]*\).*/\1/'; \
                     grep -o 'src="[^"]*"' "$doc" | sed 's/src="\([^"]*\)"/\1/') | grep -v '^[a-z]*:' || true); do
        checked=$((checked + 1))
        if [ ! -f "$dir/$image" ]; then
            echo "${doc#"$root"/}: $image: no such file" >&2
            missing=$((missing + 1))
        fi
    done
done
echo "$checked pictures named, $missing missing"
[ "$checked" -gt 0 ] && [ "$missing" -eq 0 ]
