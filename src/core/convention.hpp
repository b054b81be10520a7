#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"

namespace maillage::core {

// A Convention Territoriale Globale between the Caf and a territory, for a period.
struct Ctg {
  std::int64_t id = 0;
  std::string territory_code;
  Date start;
  Date end;
  bool renewal = false;  // signed as the renewal of an earlier CTG
  std::vector<std::string> signatories;
  std::vector<std::string> themes;
  std::optional<Date> closed_on;  // ended early (terminated): its last day
  int version = 1;

  // The last day it applies: its end date, or the day it was closed if earlier.
  Date last_day() const { return closed_on && *closed_on < end ? *closed_on : end; }
  bool in_force_on(Date date) const { return start <= date && date <= last_day(); }
};

}  // namespace maillage::core
