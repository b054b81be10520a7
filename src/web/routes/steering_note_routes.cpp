// GET /pilotage/note.pdf[?date=…&<simulator query>]: the note for the Commission d'Action Sociale
// of the user's Caf, as a PDF download. Same figures as the dashboard (the shared indicator
// cache); with the simulator's comparison when the query carries simulator changes.
#include <fmt/core.h>

#include "app/indicator_service.hpp"
#include "app/request_error.hpp"
#include "app/simulation_service.hpp"
#include "core/access_policy.hpp"
#include "export/content_disposition.hpp"
#include "export/pdf_document.hpp"
#include "export/steering_note.hpp"
#include "export/steering_note_messages_fr.hpp"
#include "web/page.hpp"
#include "web/routes/routes.hpp"
#include "web/views/simulator_view.hpp"
#include "web/views/territory_map.hpp"

namespace maillage::web::routes {

namespace {

namespace msg = exports::note_messages;

std::optional<exports::NoteMap> note_map(const app::Boundaries* boundaries,
                                         const core::DepartementIndicators& indicators) {
  if (boundaries == nullptr || boundaries->size() == 0) return std::nullopt;
  std::vector<views::MapArea> areas;
  for (const auto& row : indicators.territories) {
    views::MapArea area;
    area.code = row.code;
    area.name = row.name;
    areas.push_back(std::move(area));
  }
  return exports::NoteMap{views::territory_layout(*boundaries, areas),
                          std::string(msg::kBoundarySource)};
}

Response steering_note(RequestContext& context) {
  const core::Actor& user = context.user();
  if (!core::role_allows(user.role, core::Permission::kReadCafPortfolio) ||
      user.caf_departement.empty()) {
    return forbidden_page(context, std::string(msg::kRefused));
  }
  core::Date date = context.today;
  if (const std::string asked = context.request.query_value("date"); !asked.empty()) {
    const auto parsed = core::parse_date(asked);
    if (!parsed) throw app::RequestError(fmt::format(msg::kBadDate, asked));
    date = *parsed;
  }
  const auto snapshot = context.snapshot_on(date);
  const auto indicators = app::shared_indicator_cache().get(snapshot, user.caf_departement);

  exports::SteeringNoteInput input;
  input.caf = indicators->caf;
  input.indicators = &indicators->indicators;
  try {
    input.doctrine =
        &app::caf_doctrine(snapshot->facts(), context.services.doctrines, user.caf_departement);
  } catch (const app::RequestError&) {
    input.doctrine = nullptr;  // the note still lists the indicators' sources
  }
  input.map = note_map(context.services.boundaries, indicators->indicators);
  // The simulator's query string (p_<parameter>=…, regle_<rule>=…), when the link carries one.
  if (auto simulation = views::simulation_for_request(context)) {
    input.simulation = exports::NoteSimulation{std::move(simulation->simulated.applied),
                                               std::move(simulation->comparison)};
  }
  input.generated_on = context.today;
  const auto& theme = context.services.config.theme;
  input.primary = exports::parse_rgb(theme.primary_color).value_or(input.primary);
  input.accent = exports::parse_rgb(theme.accent_color).value_or(input.accent);

  Response response;
  response.content_type = std::string(exports::kPdfMediaType);
  response.body = exports::render_pdf(exports::steering_note(input));
  response.set_header("Content-Disposition",
                      exports::attachment_header(
                          exports::steering_note_filename(user.caf_departement, snapshot->date())));
  response.set_header("Cache-Control", "private, no-store");
  return response;
}

}  // namespace

void add_steering_note_routes(Router& router) {
  router.get("/pilotage/note.pdf", steering_note);
}

}  // namespace maillage::web::routes
