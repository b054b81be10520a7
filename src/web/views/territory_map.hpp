#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <mstch/mstch.hpp>

#include "app/boundaries.hpp"
#include "core/choropleth.hpp"
#include "core/geometry.hpp"

namespace maillage::web::views {

// One territory of the map.
struct MapArea {
  std::string code;  // EPCI SIREN (or commune INSEE) code, as in the boundary files
  std::string name;
  std::optional<std::int64_t> value;  // already scaled (basis points, cents…); none: "no data"
  std::string value_label;  // French, e.g. "12,5 %" or "+3,2 points"; empty: "non renseigné"
  std::vector<std::string> details;  // lines of the details panel (CTG, posts, Caf contact…)
  std::string href;                  // the territory's page
};

struct MapSpec {
  std::string id = "carte";  // DOM id (unique on the page)
  std::string caption;       // the figure's caption, e.g. "Part des ETP … par EPCI"
  std::string legend_title;  // e.g. "Écart ETP − population (points)"
  core::ColourScale scale = core::ColourScale::kSequential;
  // Formats a class bound in the legend ("12,5 %"); required.
  std::function<std::string(std::int64_t)> format_value;
  std::vector<MapArea> areas;
  double width = 640;  // SVG width in px (viewBox); the height follows the shapes
};

// View model of templates/components/territory_map.mustache: a <figure> with the SVG (each
// territory a keyboard-reachable link with aria-label "name : value" and a <title>), the legend,
// a details panel that maillage.js fills on hover/focus, and the list of territories without an
// outline ("Contours non disponibles : …"). `boundaries` may be null (files missing): the map
// then says so and lists every territory. Use in a page as
//   {{#map}}{{> components/territory_map}}{{/map}}
mstch::map territory_map(const app::Boundaries* boundaries, const MapSpec& spec);

// The same shapes, projected and fitted in a unit-width box (y down), for drawing elsewhere (the
// PDF note): one PlanarShape per area that has a boundary, in the order of `areas`.
core::PlanarLayout territory_layout(const app::Boundaries& boundaries,
                                    const std::vector<MapArea>& areas);

}  // namespace maillage::web::views
