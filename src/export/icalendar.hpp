#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"

namespace maillage::exports {

struct CalendarAttendee {
  std::string name;
  std::string email;  // may be empty: then no ATTENDEE line, the name is only in the description
};

// A meeting (COPIL, comité technique…) to send to the partners as an invitation.
struct CalendarMeeting {
  std::string uid;   // stable ("reunion-42@maillage"): a re-export updates the calendars' copy
  int sequence = 0;  // the record's version: calendars replace an older copy
  std::string title;
  std::string description;  // agenda…, may hold line breaks
  std::string location;     // may be empty
  core::Date date;
  std::optional<int> start_minutes;  // after midnight, Paris time; none: an all-day event
  int duration_minutes = 120;
  std::string organizer_name;
  std::string organizer_email;  // no ORGANIZER without it
  std::vector<CalendarAttendee> attendees;
  std::string stamp_utc;  // DTSTAMP, "2026-12-06T10:15:00Z": the export reads no clock
};

// The meeting as an iCalendar file (RFC 5545) for calendars to import: one VCALENDAR
// (METHOD:PUBLISH) with one VEVENT, CRLF line ends, lines folded at 75 octets. A timed meeting is
// in Europe/Paris time, the VTIMEZONE included; an all-day one spans its date. The description
// ends with the list of invitees, those without an email too. Throws std::invalid_argument for
// an empty uid, a malformed stamp_utc, a start outside the day or a duration under one minute.
std::string meeting_calendar(const CalendarMeeting& meeting);

}  // namespace maillage::exports
