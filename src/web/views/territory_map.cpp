#include "web/views/territory_map.hpp"

#include <cmath>
#include <string>

namespace maillage::web::views {

namespace {

// The map's French texts that are not in templates/components/territory_map.mustache.
constexpr const char* kNoValue = "non renseigné";
constexpr const char* kNoData = "Pas de donnée";
constexpr const char* kRange = "de {lower} à {upper}";

// Points drawn closer than this (px) are merged: a département map stays small.
constexpr double kMinStep = 0.8;

std::string replace_all(std::string text, const std::string& key, const std::string& value) {
  for (auto at = text.find(key); at != std::string::npos; at = text.find(key, at + value.size())) {
    text.replace(at, key.size(), value);
  }
  return text;
}

std::string join(const std::vector<std::string>& items, const std::string& separator) {
  std::string joined;
  for (const auto& item : items) {
    if (!joined.empty()) joined += separator;
    joined += item;
  }
  return joined;
}

// Tenths of a pixel for the viewBox, without a float formatter.
std::string tenths(double value) {
  const long long rounded = std::llround(value * 10.0);
  std::string text = std::to_string(rounded / 10);
  if (rounded % 10 != 0) text += "." + std::to_string(rounded % 10);
  return text;
}

mstch::array legend(const core::ClassBreaks& breaks, const MapSpec& spec) {
  mstch::array items;
  for (const auto& item : breaks.classes) {
    const std::string lower = spec.format_value(item.lower);
    const std::string upper = spec.format_value(item.upper);
    const std::string label =
        item.lower == item.upper
            ? lower
            : replace_all(replace_all(kRange, "{lower}", lower), "{upper}", upper);
    items.push_back(mstch::map{{"colour", item.colour}, {"label", label}});
  }
  return items;
}

}  // namespace

core::PlanarLayout territory_layout(const app::Boundaries& boundaries,
                                    const std::vector<MapArea>& areas) {
  std::vector<core::NamedShape> shapes;
  for (const auto& area : areas) {
    if (const auto* boundary = boundaries.find(area.code)) {
      shapes.push_back({area.code, &boundary->shape});
    }
  }
  return core::fit_shapes(shapes);
}

mstch::map territory_map(const app::Boundaries* boundaries, const MapSpec& spec) {
  std::vector<std::int64_t> values;
  for (const auto& area : spec.areas) {
    if (area.value) values.push_back(*area.value);
  }
  const core::ClassBreaks breaks = core::classify(values, spec.scale);
  const core::PlanarLayout layout =
      boundaries ? territory_layout(*boundaries, spec.areas) : core::PlanarLayout{};

  mstch::array drawn;
  std::vector<std::string> missing;
  bool has_no_data = false;
  std::size_t next_shape = 0;
  for (const auto& area : spec.areas) {
    const bool has_shape =
        next_shape < layout.shapes.size() && layout.shapes[next_shape].code == area.code;
    if (!has_shape) {
      missing.push_back(area.name);
      continue;
    }
    const auto& shape = layout.shapes[next_shape++];
    const std::string value_label = area.value_label.empty() ? kNoValue : area.value_label;
    std::string fill = "url(#" + spec.id + "-hachures)";
    if (area.value) {
      fill = breaks.classes[static_cast<std::size_t>(breaks.class_of(*area.value))].colour;
    } else {
      has_no_data = true;
    }
    drawn.push_back(mstch::map{
        {"code", area.code},
        {"name", area.name},
        {"href", area.href},
        {"label", area.name + " : " + value_label},
        {"value_label", value_label},
        {"details", join(area.details, "\n")},
        {"fill", fill},
        {"path", core::svg_path(shape, spec.width, kMinStep)},
    });
  }

  return mstch::map{
      {"id", spec.id},
      {"caption", spec.caption},
      {"legend_title", spec.legend_title},
      {"has_shapes", !drawn.empty()},
      {"boundaries_missing", boundaries == nullptr || boundaries->size() == 0},
      {"width", tenths(spec.width)},
      {"height", tenths(layout.height * spec.width)},
      {"areas", drawn},
      {"legend", legend(breaks, spec)},
      {"has_no_data", has_no_data},
      {"no_data_label", std::string(kNoData)},
      {"has_missing", !missing.empty()},
      {"missing", join(missing, ", ")},
  };
}

}  // namespace maillage::web::views
