#include "export/icalendar.hpp"

#include <gtest/gtest.h>
#include <libical/ical.h>

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace maillage::exports {
namespace {

struct ComponentFree {
  void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

core::Date day(int y, int m, int d) {
  return *core::Date::from_ymd(y, m, d);
}

CalendarMeeting copil() {
  CalendarMeeting meeting;
  meeting.uid = "reunion-42@maillage";
  meeting.sequence = 3;
  meeting.title = "COPIL CTG Nîmes Métropole";
  meeting.description = "Ordre du jour :\n1. Bilan\n2. Perspectives";
  meeting.location = "Caf du Gard, salle Camargue";
  meeting.date = day(2026, 12, 8);
  meeting.start_minutes = 14 * 60 + 30;
  meeting.duration_minutes = 90;
  meeting.organizer_name = "Claire Dupont";
  meeting.organizer_email = "claire.dupont@caf.fr";
  meeting.attendees = {{"Anne Martin", "anne.martin@nimes-metropole.fr"},
                       {"Martin, Paul", "paul.martin@ville-ales.fr"},
                       {"Élodie Roux", ""}};
  meeting.stamp_utc = "2026-12-06T10:15:00Z";
  return meeting;
}

// The calendar read back by libical, failing the test when it is not one.
Component parse(const std::string& text) {
  Component calendar(icalparser_parse_string(text.c_str()));
  EXPECT_NE(calendar, nullptr);
  if (calendar) {
    EXPECT_EQ(icalcomponent_isa(calendar.get()), ICAL_VCALENDAR_COMPONENT);
  }
  return calendar;
}

icalcomponent* event_of(const Component& calendar) {
  EXPECT_EQ(icalcomponent_count_components(calendar.get(), ICAL_VEVENT_COMPONENT), 1);
  return icalcomponent_get_first_component(calendar.get(), ICAL_VEVENT_COMPONENT);
}

std::vector<std::string> physical_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (std::size_t end; (end = text.find("\r\n", start)) != std::string::npos; start = end + 2) {
    lines.push_back(text.substr(start, end - start));
  }
  EXPECT_EQ(start, text.size()) << "text after the last CRLF";
  return lines;
}

icaltimetype in_utc(icaltimetype time) {
  return icaltime_convert_to_zone(time, icaltimezone_get_utc_timezone());
}

TEST(Icalendar, WritesATimedMeetingInParisTime) {
  const auto calendar = parse(meeting_calendar(copil()));
  ASSERT_TRUE(calendar);
  EXPECT_STREQ(icalproperty_get_prodid(
                   icalcomponent_get_first_property(calendar.get(), ICAL_PRODID_PROPERTY)),
               "-//Maillage//CTG//FR");
  EXPECT_STREQ(icalproperty_get_version(
                   icalcomponent_get_first_property(calendar.get(), ICAL_VERSION_PROPERTY)),
               "2.0");
  EXPECT_EQ(icalcomponent_get_method(calendar.get()), ICAL_METHOD_PUBLISH);
  icalcomponent* timezone =
      icalcomponent_get_first_component(calendar.get(), ICAL_VTIMEZONE_COMPONENT);
  ASSERT_NE(timezone, nullptr);
  EXPECT_STREQ(
      icalproperty_get_tzid(icalcomponent_get_first_property(timezone, ICAL_TZID_PROPERTY)),
      "Europe/Paris");

  icalcomponent* event = event_of(calendar);
  ASSERT_NE(event, nullptr);
  EXPECT_STREQ(icalcomponent_get_uid(event), "reunion-42@maillage");
  EXPECT_EQ(icalcomponent_get_sequence(event), 3);
  EXPECT_STREQ(icalcomponent_get_summary(event), "COPIL CTG Nîmes Métropole");
  EXPECT_STREQ(icalcomponent_get_location(event), "Caf du Gard, salle Camargue");

  const icaltimetype start = icalcomponent_get_dtstart(event);
  EXPECT_STREQ(icaltime_get_tzid(start), "Europe/Paris");
  EXPECT_EQ(start.year, 2026);
  EXPECT_EQ(start.month, 12);
  EXPECT_EQ(start.day, 8);
  EXPECT_EQ(start.hour, 14);
  EXPECT_EQ(start.minute, 30);
  EXPECT_EQ(in_utc(start).hour, 13);  // winter time: UTC+1

  const icaltimetype end = icalcomponent_get_dtend(event);
  EXPECT_STREQ(icaltime_get_tzid(end), "Europe/Paris");
  EXPECT_EQ(end.hour, 16);
  EXPECT_EQ(end.minute, 0);

  const icaltimetype stamp = icalcomponent_get_dtstamp(event);
  EXPECT_TRUE(icaltime_is_utc(stamp));
  EXPECT_EQ(icaltime_compare(stamp, icaltime_from_string("20261206T101500Z")), 0);
}

TEST(Icalendar, UsesSummerTimeAndCountsTheDurationInRealTime) {
  auto meeting = copil();
  meeting.date = day(2027, 6, 15);
  meeting.start_minutes = 9 * 60;
  meeting.duration_minutes = 120;
  auto calendar = parse(meeting_calendar(meeting));
  ASSERT_TRUE(calendar);
  EXPECT_EQ(in_utc(icalcomponent_get_dtstart(event_of(calendar))).hour, 7);  // UTC+2

  // Across midnight.
  meeting.start_minutes = 23 * 60;
  calendar = parse(meeting_calendar(meeting));
  icaltimetype end = icalcomponent_get_dtend(event_of(calendar));
  EXPECT_EQ(end.day, 16);
  EXPECT_EQ(end.hour, 1);

  // The night clocks go forward (28/03/2027, 2:00 -> 3:00): one hour from 1:30 ends at 3:30.
  meeting.date = day(2027, 3, 28);
  meeting.start_minutes = 90;
  meeting.duration_minutes = 60;
  calendar = parse(meeting_calendar(meeting));
  end = icalcomponent_get_dtend(event_of(calendar));
  EXPECT_EQ(end.hour, 3);
  EXPECT_EQ(end.minute, 30);
}

TEST(Icalendar, InvitesAttendeesWithAnAddressAndListsThemAll) {
  const auto text = meeting_calendar(copil());
  const auto calendar = parse(text);
  ASSERT_TRUE(calendar);
  icalcomponent* event = event_of(calendar);

  icalproperty* organizer = icalcomponent_get_first_property(event, ICAL_ORGANIZER_PROPERTY);
  ASSERT_NE(organizer, nullptr);
  EXPECT_STREQ(icalproperty_get_organizer(organizer), "mailto:claire.dupont@caf.fr");
  EXPECT_STREQ(icalproperty_get_parameter_as_string(organizer, "CN"), "Claire Dupont");

  std::vector<std::pair<std::string, std::string>> attendees;
  for (icalproperty* attendee = icalcomponent_get_first_property(event, ICAL_ATTENDEE_PROPERTY);
       attendee != nullptr;
       attendee = icalcomponent_get_next_property(event, ICAL_ATTENDEE_PROPERTY)) {
    attendees.emplace_back(icalproperty_get_attendee(attendee),
                           icalproperty_get_parameter_as_string(attendee, "CN"));
    icalparameter* role = icalproperty_get_first_parameter(attendee, ICAL_ROLE_PARAMETER);
    ASSERT_NE(role, nullptr);
    EXPECT_EQ(icalparameter_get_role(role), ICAL_ROLE_REQPARTICIPANT);
  }
  EXPECT_EQ(attendees, (std::vector<std::pair<std::string, std::string>>{
                           {"mailto:anne.martin@nimes-metropole.fr", "Anne Martin"},
                           {"mailto:paul.martin@ville-ales.fr", "Martin, Paul"}}));
  EXPECT_NE(text.find("CN=\"Martin, Paul\""), std::string::npos);  // quoted for its comma

  EXPECT_STREQ(icalcomponent_get_description(event),
               "Ordre du jour :\n1. Bilan\n2. Perspectives\n\nInvités :\n- Anne Martin\n"
               "- Martin, Paul\n- Élodie Roux");
}

TEST(Icalendar, WritesAnAllDayMeetingWithoutTimeZone) {
  auto meeting = copil();
  meeting.date = day(2026, 12, 31);
  meeting.start_minutes.reset();
  meeting.location.clear();
  meeting.organizer_email.clear();
  const auto text = meeting_calendar(meeting);
  EXPECT_NE(text.find("\r\nDTSTART;VALUE=DATE:20261231\r\n"), std::string::npos) << text;
  EXPECT_NE(text.find("\r\nDTEND;VALUE=DATE:20270101\r\n"), std::string::npos) << text;
  EXPECT_EQ(text.find("VTIMEZONE"), std::string::npos);
  EXPECT_EQ(text.find("LOCATION"), std::string::npos);
  EXPECT_EQ(text.find("ORGANIZER"), std::string::npos);

  const auto calendar = parse(text);
  ASSERT_TRUE(calendar);
  const icaltimetype start = icalcomponent_get_dtstart(event_of(calendar));
  EXPECT_TRUE(start.is_date);
  EXPECT_EQ(start.day, 31);
}

TEST(Icalendar, EscapesCommasSemicolonsAndLineBreaks) {
  auto meeting = copil();
  meeting.title = "Bilan, perspectives; suite\nligne 2";
  meeting.description = "Point 1\r\nPoint 2 ; fin\\";
  meeting.attendees.clear();
  const auto text = meeting_calendar(meeting);
  EXPECT_NE(text.find("\r\nSUMMARY:Bilan\\, perspectives\\; suite\\nligne 2\r\n"),
            std::string::npos)
      << text;

  const auto calendar = parse(text);
  ASSERT_TRUE(calendar);
  icalcomponent* event = event_of(calendar);
  EXPECT_STREQ(icalcomponent_get_summary(event), "Bilan, perspectives; suite\nligne 2");
  EXPECT_STREQ(icalcomponent_get_description(event), "Point 1\nPoint 2 ; fin\\");
}

TEST(Icalendar, FoldsLongLinesWithoutBreakingCharactersAndEndsThemWithCrlf) {
  auto meeting = copil();
  meeting.description.clear();
  for (int i = 0; i < 30; ++i) meeting.description += "Élaboration du diagnostic partagé — été ";
  const auto text = meeting_calendar(meeting);
  ASSERT_GE(text.size(), 2u);
  EXPECT_EQ(text.substr(text.size() - 2), "\r\n");
  const auto lines = physical_lines(text);
  int continuations = 0;
  for (const auto& line : lines) {
    EXPECT_LE(line.size(), 75u) << line;
    EXPECT_EQ(line.find('\n'), std::string::npos);
    if (!line.empty() && line[0] == ' ') {
      ++continuations;
      // A fold never falls inside a UTF-8 sequence.
      ASSERT_GE(line.size(), 2u);
      EXPECT_NE(static_cast<unsigned char>(line[1]) & 0xC0, 0x80) << line;
    }
  }
  EXPECT_GT(continuations, 10);

  const auto calendar = parse(text);
  ASSERT_TRUE(calendar);
  const std::string description = icalcomponent_get_description(event_of(calendar));
  EXPECT_EQ(description.substr(0, meeting.description.size()), meeting.description);
  EXPECT_STREQ(icalcomponent_get_summary(event_of(calendar)), "COPIL CTG Nîmes Métropole");
}

TEST(Icalendar, GivesTheSameBytesOnReexport) {
  EXPECT_EQ(meeting_calendar(copil()), meeting_calendar(copil()));
}

TEST(Icalendar, RefusesAMalformedMeeting) {
  auto meeting = copil();
  meeting.uid.clear();
  EXPECT_THROW(meeting_calendar(meeting), std::invalid_argument);
  for (const char* stamp : {"", "2026-12-06 10:15:00", "2026-12-06T10:15:00",
                            "2026-02-30T10:15:00Z", "2026-12-06T24:00:00Z"}) {
    meeting = copil();
    meeting.stamp_utc = stamp;
    EXPECT_THROW(meeting_calendar(meeting), std::invalid_argument) << stamp;
  }
  meeting = copil();
  meeting.start_minutes = 24 * 60;
  EXPECT_THROW(meeting_calendar(meeting), std::invalid_argument);
  meeting = copil();
  meeting.duration_minutes = 0;
  EXPECT_THROW(meeting_calendar(meeting), std::invalid_argument);
}

}  // namespace
}  // namespace maillage::exports
