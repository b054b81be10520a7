#include "export/icalendar.hpp"

#include <libical/ical.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <stdexcept>
#include <string_view>

#include "core/text.hpp"

namespace maillage::exports {

namespace {

namespace messages {
constexpr std::string_view kInvitees = "Invités :";
}  // namespace messages

constexpr const char* kProductId = "-//Maillage//CTG//FR";
constexpr const char* kParis = "Europe/Paris";

// Used only when libical finds no time zone data on the machine (no tzdata): the EU rules France
// has followed since 1996 (last Sunday of March and of October), right as long as they hold.
constexpr const char* kParisRules =
    "BEGIN:VTIMEZONE\r\n"
    "TZID:Europe/Paris\r\n"
    "BEGIN:DAYLIGHT\r\n"
    "TZNAME:CEST\r\n"
    "TZOFFSETFROM:+0100\r\n"
    "TZOFFSETTO:+0200\r\n"
    "DTSTART:19810329T020000\r\n"
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
    "END:DAYLIGHT\r\n"
    "BEGIN:STANDARD\r\n"
    "TZNAME:CET\r\n"
    "TZOFFSETFROM:+0200\r\n"
    "TZOFFSETTO:+0100\r\n"
    "DTSTART:19961027T030000\r\n"
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
    "END:STANDARD\r\n"
    "END:VTIMEZONE\r\n";

struct ComponentFree {
  void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

struct BufferFree {
  void operator()(char* buffer) const { icalmemory_free_buffer(buffer); }
};

// Paris time: libical's zone built from the system's tzdata, else one built from kParisRules.
class ParisZone {
 public:
  ParisZone() {
    zone_ = icaltimezone_get_builtin_timezone(kParis);
    if (zone_ != nullptr && icaltimezone_get_component(zone_) != nullptr) return;
    owned_ = icaltimezone_new();
    icalcomponent* rules = icalcomponent_new_from_string(kParisRules);
    // The zone owns the rules once they are set.
    if (owned_ == nullptr || rules == nullptr || icaltimezone_set_component(owned_, rules) == 0) {
      if (rules != nullptr) icalcomponent_free(rules);
      if (owned_ != nullptr) icaltimezone_free(owned_, 1);
      throw std::runtime_error("iCalendar: no Europe/Paris time zone");
    }
    zone_ = owned_;
  }
  ~ParisZone() {
    if (owned_ != nullptr) icaltimezone_free(owned_, 1);
  }
  ParisZone(const ParisZone&) = delete;
  ParisZone& operator=(const ParisZone&) = delete;

  icaltimezone* get() const { return zone_; }

  // The VTIMEZONE to ship, with TZID "Europe/Paris" (libical prefixes the ids of the zones it
  // builds) and without the observances over before `from_utc`: the tzdata history back to 1891
  // would add some 190 lines.
  Component vtimezone(icaltimetype from_utc) const {
    Component out(icalcomponent_new_clone(icaltimezone_get_component(zone_)));
    icaltimezone_truncate_vtimezone(out.get(), from_utc, icaltime_null_time(), 1);
    icalproperty* id = icalcomponent_get_first_property(out.get(), ICAL_TZID_PROPERTY);
    if (id == nullptr) {
      icalcomponent_add_property(out.get(), icalproperty_new_tzid(kParis));
    } else {
      icalproperty_set_tzid(id, kParis);
    }
    return out;
  }

 private:
  icaltimezone* zone_ = nullptr;
  icaltimezone* owned_ = nullptr;
};

// A floating date-time: the TZID parameter next to it says the zone.
icaltimetype local_time(core::Date date, int minutes) {
  icaltimetype time = icaltime_null_time();
  time.year = date.year();
  time.month = date.month();
  time.day = date.day();
  time.hour = minutes / 60;
  time.minute = minutes % 60;
  return time;
}

icaltimetype whole_day(core::Date date) {
  icaltimetype day = icaltime_null_date();
  day.year = date.year();
  day.month = date.month();
  day.day = date.day();
  return day;
}

// "2026-12-06T10:15:00Z".
icaltimetype utc_stamp(std::string_view text) {
  constexpr std::string_view kPattern = "0000-00-00T00:00:00Z";
  bool valid = text.size() == kPattern.size();
  for (std::size_t i = 0; valid && i < text.size(); ++i) {
    valid = kPattern[i] == '0' ? std::isdigit(static_cast<unsigned char>(text[i])) != 0
                               : text[i] == kPattern[i];
  }
  const auto number = [&](std::size_t position, std::size_t length) {
    int value = 0;
    for (std::size_t i = position; i < position + length; ++i) value = value * 10 + text[i] - '0';
    return value;
  };
  if (valid) {
    icaltimetype time = icaltime_null_time();
    time.year = number(0, 4);
    time.month = number(5, 2);
    time.day = number(8, 2);
    time.hour = number(11, 2);
    time.minute = number(14, 2);
    time.second = number(17, 2);
    if (core::Date::from_ymd(time.year, time.month, time.day) && time.hour < 24 &&
        time.minute < 60 && time.second < 60) {
      time.zone = icaltimezone_get_utc_timezone();
      return time;
    }
  }
  throw std::invalid_argument("iCalendar: DTSTAMP must read 2026-12-06T10:15:00Z, not \"" +
                              std::string(text) + "\"");
}

// Web forms send CRLF line breaks; iCalendar text has only escaped LF.
std::string text_value(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\r') {
      out.push_back(text[i]);
    } else if (i + 1 >= text.size() || text[i + 1] != '\n') {
      out.push_back('\n');
    }
  }
  return out;
}

// An address that a mailto: URI can carry as is.
bool usable_email(std::string_view email) {
  return email.find('@') != std::string_view::npos &&
         std::none_of(email.begin(), email.end(),
                      [](char c) { return static_cast<unsigned char>(c) <= ' ' || c == 0x7F; });
}

// ORGANIZER or ATTENDEE: the address, with the name as CN when there is one.
icalproperty* with_name(icalproperty* address, std::string_view name) {
  const std::string common_name = text_value(core::trim(name));
  if (!common_name.empty()) {
    icalproperty_add_parameter(address, icalparameter_new_cn(common_name.c_str()));
  }
  return address;
}

// The agenda, then every invitee by name (or address), those without an address too.
std::string description(const CalendarMeeting& meeting) {
  std::string text = text_value(meeting.description);
  std::string invitees;
  for (const auto& attendee : meeting.attendees) {
    std::string_view shown = core::trim(attendee.name);
    if (shown.empty()) shown = core::trim(attendee.email);
    if (!shown.empty()) invitees += "\n- " + text_value(shown);
  }
  if (invitees.empty()) return text;
  if (!text.empty()) text += "\n\n";
  return text + std::string(messages::kInvitees) + invitees;
}

void add_times(icalcomponent* calendar, icalcomponent* event, const CalendarMeeting& meeting) {
  if (!meeting.start_minutes) {
    icalcomponent_add_property(event, icalproperty_new_dtstart(whole_day(meeting.date)));
    icalcomponent_add_property(event, icalproperty_new_dtend(whole_day(meeting.date.plus_days(1))));
    return;
  }
  const ParisZone paris;
  icaltimezone* utc = icaltimezone_get_utc_timezone();
  icaltimetype start = local_time(meeting.date, *meeting.start_minutes);
  start.zone = paris.get();
  // The duration runs in real time, across a change to or from summer time too.
  icaltimetype end = icaltime_convert_to_zone(start, utc);
  icaltime_adjust(&end, 0, 0, meeting.duration_minutes, 0);
  end = icaltime_convert_to_zone(end, paris.get());

  icaltimetype day_start = local_time(meeting.date, 0);
  day_start.zone = utc;
  icalcomponent_add_component(calendar, paris.vtimezone(day_start).release());
  const auto add = [&](icalproperty* (*make)(icaltimetype), icaltimetype time) {
    time.zone = nullptr;
    icalproperty* property = make(time);
    icalproperty_add_parameter(property, icalparameter_new_tzid(kParis));
    icalcomponent_add_property(event, property);
  };
  add(&icalproperty_new_dtstart, start);
  add(&icalproperty_new_dtend, end);
}

void check(const CalendarMeeting& meeting) {
  if (meeting.uid.empty()) throw std::invalid_argument("iCalendar: a meeting needs a uid");
  if (meeting.start_minutes && (*meeting.start_minutes < 0 || *meeting.start_minutes >= 24 * 60)) {
    throw std::invalid_argument("iCalendar: start_minutes outside the day");
  }
  if (meeting.start_minutes && meeting.duration_minutes < 1) {
    throw std::invalid_argument("iCalendar: a meeting lasts at least one minute");
  }
}

}  // namespace

std::string meeting_calendar(const CalendarMeeting& meeting) {
  check(meeting);
  const icaltimetype stamp = utc_stamp(meeting.stamp_utc);

  Component calendar(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
  icalcomponent_add_property(calendar.get(), icalproperty_new_prodid(kProductId));
  icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
  icalcomponent_add_property(calendar.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));

  // A component owns what is added to it: the event is the calendar's once added, after the
  // time zone.
  Component owned_event(icalcomponent_new(ICAL_VEVENT_COMPONENT));
  add_times(calendar.get(), owned_event.get(), meeting);
  icalcomponent* event = owned_event.release();
  icalcomponent_add_component(calendar.get(), event);
  icalcomponent_add_property(event, icalproperty_new_uid(meeting.uid.c_str()));
  icalcomponent_add_property(event, icalproperty_new_sequence(meeting.sequence));
  icalcomponent_add_property(event, icalproperty_new_dtstamp(stamp));
  icalcomponent_add_property(event, icalproperty_new_summary(text_value(meeting.title).c_str()));
  if (const std::string text = description(meeting); !text.empty()) {
    icalcomponent_add_property(event, icalproperty_new_description(text.c_str()));
  }
  if (const std::string place = text_value(core::trim(meeting.location)); !place.empty()) {
    icalcomponent_add_property(event, icalproperty_new_location(place.c_str()));
  }
  if (const auto email = core::trim(meeting.organizer_email); usable_email(email)) {
    const std::string uri = "mailto:" + std::string(email);
    icalcomponent_add_property(
        event, with_name(icalproperty_new_organizer(uri.c_str()), meeting.organizer_name));
  }
  for (const auto& attendee : meeting.attendees) {
    const auto email = core::trim(attendee.email);
    if (!usable_email(email)) continue;
    const std::string uri = "mailto:" + std::string(email);
    icalproperty* property = with_name(icalproperty_new_attendee(uri.c_str()), attendee.name);
    icalproperty_add_parameter(property, icalparameter_new_role(ICAL_ROLE_REQPARTICIPANT));
    icalcomponent_add_property(event, property);
  }

  const std::unique_ptr<char, BufferFree> text(icalcomponent_as_ical_string_r(calendar.get()));
  if (!text) throw std::runtime_error("iCalendar: libical could not write the calendar");
  return std::string(text.get());
}

}  // namespace maillage::exports
