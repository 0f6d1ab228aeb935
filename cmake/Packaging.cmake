# `make package`: a Debian package of what `cmake --install` lays out, its dependencies computed by
# dpkg-shlibdeps from the libraries the program links.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME spyline)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The Spyline authors")
set(CPACK_PACKAGE_CONTACT "${SPYLINE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "publicly disclosed espionage cases as timeline and graph")
set(CPACK_PACKAGE_HOMEPAGE_URL "${SPYLINE_HOMEPAGE}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${SPYLINE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so dpkg-shlibdeps cannot see it: the font that charts are drawn in, so that
# they measure the same on every machine. (SQLite is linked, not loaded as Qt's driver plugin.)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-dejavu-core")
# Native-script names (曾) and the Chinese interface in the window and in charts; Qt's own
# translations for the buttons of standard dialogs.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-wqy-microhei | fonts-noto-cjk, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Spyline is a desktop application for studying publicly disclosed espionage
cases: who was accused, who recruited them, where and when, who disclosed the
case, and which public statement of the other side came just before the
disclosure. Every fact is kept with its source, graded on the Admiralty scale;
an accusation is recorded as a claim, with who made it and its status.

Cases live in an SQLite collection and are shown as a searchable case table,
an interactive timeline and a relationship graph laid out by Graphviz. Charts
export as PNG, SVG or PDF with legend, caption and sources, for teaching.")

include(CPack)
