// A meeting of the workspace (COPIL, comité technique…, or a network meeting of the Caf) as an
// iCalendar invitation, its invitees drawn from the partner directory.
#include <fmt/core.h>

#include "app/timestamp.hpp"
#include "export/content_disposition.hpp"
#include "export/icalendar.hpp"
#include "web/routes/routes.hpp"
#include "web/routes/workspace_place.hpp"

namespace maillage::web::routes {

namespace {

using namespace workspace;

exports::CalendarMeeting meeting_of(RequestContext& context, const Place& place,
                                    const core::WorkspaceRecord& record) {
  exports::CalendarMeeting meeting;
  meeting.uid = fmt::format("fiche-{}@maillage", record.id);
  meeting.sequence = record.version;
  meeting.title = record.value("intitule");
  meeting.description = record.value("ordre_du_jour");
  meeting.location = record.value("lieu");
  meeting.date = record.date("date").value_or(context.today);
  const auto& time = record.value("heure");
  if (time.size() == 5) {
    meeting.start_minutes = std::stoi(time.substr(0, 2)) * 60 + std::stoi(time.substr(3, 2));
  }
  meeting.duration_minutes = static_cast<int>(record.integer("duree_minutes").value_or(120));
  if (meeting.duration_minutes < 1) meeting.duration_minutes = 120;
  meeting.organizer_name = context.user().display_name;
  meeting.stamp_utc = app::iso_timestamp(context.now);
  std::map<std::string, const core::WorkspaceRecord*> partners;
  const auto all = app::list_records(context.database, place.scope, "partenaire");
  for (const auto& partner : all) partners.emplace(partner.reference, &partner);
  for (const auto& reference : record.references("invites")) {
    const auto found = partners.find(reference);
    if (found == partners.end()) continue;
    const auto* partner = found->second;
    const auto& organisation = partner->value("organisme");
    meeting.attendees.push_back({organisation.empty()
                                     ? partner->value("nom")
                                     : fmt::format("{} ({})", partner->value("nom"), organisation),
                                 partner->value("courriel")});
  }
  return meeting;
}

Response invitation(RequestContext& context) {
  const auto record = routed_record(context);
  const auto place = record ? place_of(context, record->scope) : std::nullopt;
  if (!record || !place || (record->kind != "reunion" && record->kind != "reunion_reseau")) {
    return not_found_page(context);
  }
  Response response;
  response.content_type = "text/calendar; charset=utf-8";
  response.body = exports::meeting_calendar(meeting_of(context, *place, *record));
  response.set_header("Content-Disposition",
                      exports::attachment_header(fmt::format("{}.ics", record->reference)));
  response.set_header("Cache-Control", "private, no-store");
  return response;
}

}  // namespace

void add_workspace_invitation_routes(Router& router) {
  router.get("/fiches/{id}/invitation.ics", invitation);
}

}  // namespace maillage::web::routes
