# CPack: .deb and .tar.gz on Linux, NSIS installer on Windows, a DragNDrop .dmg on macOS.
# Included last from the top-level CMakeLists.txt (STYLE.md rule 24).

set(CPACK_PACKAGE_NAME "candela")
set(CPACK_PACKAGE_VENDOR "The Candela team")
# No address or homepage is published yet: none is invented (a .deb needs a Maintainer, so it
# names the team alone).
set(CPACK_PACKAGE_CONTACT "The Candela team")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Candela")
set(CPACK_PACKAGE_EXECUTABLES "candela" "Candela")
set(CPACK_PACKAGE_ICON "${PROJECT_SOURCE_DIR}/packaging/icons/candela-128.png")
set(CPACK_RESOURCE_FILE_README "${PROJECT_SOURCE_DIR}/README.md")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build/")

if(WIN32)
    set(CPACK_GENERATOR "NSIS;ZIP")
    set(CPACK_NSIS_DISPLAY_NAME "Candela")
    set(CPACK_NSIS_PACKAGE_NAME "Candela")
    set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/packaging/windows/candela.ico")
    set(CPACK_NSIS_MUI_UNIICON "${PROJECT_SOURCE_DIR}/packaging/windows/candela.ico")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\candela.exe")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_MODIFY_PATH OFF)
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "Candela")
    set(CPACK_PACKAGE_ICON "${PROJECT_SOURCE_DIR}/packaging/macos/candela.icns")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION "net")
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    # Plugins Qt loads at run time, which dpkg-shlibdeps cannot see.
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6, libqt6sql6-sqlite")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
endif()

include(CPack)
