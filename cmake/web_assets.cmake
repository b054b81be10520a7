# Copies the pinned npm packages' files the pages use (Bootstrap, its icons, htmx) and Maillage's
# own assets/ into <build>/assets, the folder `maillage serve` serves under /assets/. No CDN.
set(MAILLAGE_NPM "${CMAKE_SOURCE_DIR}/node_modules")
set(MAILLAGE_ASSETS_OUT "${CMAKE_BINARY_DIR}/assets")
set(MAILLAGE_VENDOR_FILES
    "bootstrap/dist/css/bootstrap.min.css=vendor/bootstrap/bootstrap.min.css"
    "bootstrap/dist/js/bootstrap.bundle.min.js=vendor/bootstrap/bootstrap.bundle.min.js"
    "bootstrap-icons/font/bootstrap-icons.min.css=vendor/bootstrap-icons/bootstrap-icons.min.css"
    "bootstrap-icons/font/fonts/bootstrap-icons.woff2=vendor/bootstrap-icons/fonts/bootstrap-icons.woff2"
    "bootstrap-icons/font/fonts/bootstrap-icons.woff=vendor/bootstrap-icons/fonts/bootstrap-icons.woff"
    "htmx.org/dist/htmx.min.js=vendor/htmx/htmx.min.js")
set(MAILLAGE_ASSET_OUTPUTS)
set(MAILLAGE_ASSET_COMMANDS)
foreach(pair IN LISTS MAILLAGE_VENDOR_FILES)
  string(REPLACE "=" ";" parts "${pair}")
  list(GET parts 0 from)
  list(GET parts 1 to)
  if(NOT EXISTS "${MAILLAGE_NPM}/${from}")
    message(FATAL_ERROR "${MAILLAGE_NPM}/${from} manque : lancez scripts/install-deps (npm ci).")
  endif()
  list(APPEND MAILLAGE_ASSET_OUTPUTS "${MAILLAGE_ASSETS_OUT}/${to}")
  add_custom_command(
    OUTPUT "${MAILLAGE_ASSETS_OUT}/${to}"
    COMMAND ${CMAKE_COMMAND} -E copy "${MAILLAGE_NPM}/${from}" "${MAILLAGE_ASSETS_OUT}/${to}"
    DEPENDS "${MAILLAGE_NPM}/${from}")
endforeach()
file(GLOB_RECURSE MAILLAGE_OWN_ASSETS CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/assets/*")
foreach(file IN LISTS MAILLAGE_OWN_ASSETS)
  file(RELATIVE_PATH relative "${CMAKE_SOURCE_DIR}/assets" "${file}")
  list(APPEND MAILLAGE_ASSET_OUTPUTS "${MAILLAGE_ASSETS_OUT}/${relative}")
  add_custom_command(
    OUTPUT "${MAILLAGE_ASSETS_OUT}/${relative}"
    COMMAND ${CMAKE_COMMAND} -E copy "${file}" "${MAILLAGE_ASSETS_OUT}/${relative}"
    DEPENDS "${file}")
endforeach()
add_custom_target(maillage_web_assets ALL DEPENDS ${MAILLAGE_ASSET_OUTPUTS})
