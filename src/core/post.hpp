#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "core/date.hpp"
#include "core/fte.hpp"
#include "core/money.hpp"

namespace maillage::core {

// Who employs the holder ("porteur").
enum class EmployerKind { kEpci, kCommune, kSyndicat, kAssociation, kPrestataire };
// The holder's function besides the cooperation mission ("fonction").
enum class PostFunction {
  kCooperation,
  kAssistantAdministratif,
  kDirection,
  kResponsableEquipement
};
// "statut": an existing post or a new one ("création", a développement in the Gard doctrine).
enum class PostStatus { kExistant, kCreation };

// A chargé de coopération post co-funded by the Caf.
struct Post {
  std::string id;
  std::string territory_code;
  EmployerKind employer = EmployerKind::kEpci;
  Fte holder_fte;   // the holder's total working time, all functions together
  Fte mission_fte;  // the part of it spent on the cooperation mission
  Money annual_cost;
  PostFunction function = PostFunction::kCooperation;
  int qualification_level = 5;  // national certification level, 3 to 8 (5 = bac+2)
  PostStatus status = PostStatus::kExistant;
  std::optional<Date> hiring_date;
  std::optional<Date> vacant_since;
  bool caf_associated_to_recruitment = true;
  bool takes_part_in_network = true;
  bool annual_report_sent = true;
  std::optional<Date> closed_on;  // the post ended (removed from the CTG) on this day
  int version = 1;

  bool open_on(Date date) const { return !closed_on || date <= *closed_on; }
};

// Codes as written in import files and the JSON output ("epci", "assistant_administratif"…).
std::string_view code_of(EmployerKind kind);
std::string_view code_of(PostFunction function);
std::string_view code_of(PostStatus status);
std::optional<EmployerKind> parse_employer_kind(std::string_view code);
std::optional<PostFunction> parse_post_function(std::string_view code);
std::optional<PostStatus> parse_post_status(std::string_view code);

}  // namespace maillage::core
