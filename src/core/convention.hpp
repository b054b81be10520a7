#pragma once
#include <cstdint>
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

  bool in_force_on(Date date) const { return start <= date && date <= end; }
};

}  // namespace maillage::core
