#include "core/post.hpp"

#include "core/code_table.hpp"

namespace maillage::core {

namespace {

constexpr CodeTable<EmployerKind, 5> kEmployers{{
    {EmployerKind::kEpci, "epci"},
    {EmployerKind::kCommune, "commune"},
    {EmployerKind::kSyndicat, "syndicat"},
    {EmployerKind::kAssociation, "association"},
    {EmployerKind::kPrestataire, "prestataire"},
}};

constexpr CodeTable<PostFunction, 4> kFunctions{{
    {PostFunction::kCooperation, "cooperation"},
    {PostFunction::kAssistantAdministratif, "assistant_administratif"},
    {PostFunction::kDirection, "direction"},
    {PostFunction::kResponsableEquipement, "responsable_equipement"},
}};

constexpr CodeTable<PostStatus, 2> kStatuses{{
    {PostStatus::kExistant, "existant"},
    {PostStatus::kCreation, "creation"},
}};

}  // namespace

std::string_view code_of(EmployerKind kind) {
  return code_in(kEmployers, kind);
}
std::string_view code_of(PostFunction function) {
  return code_in(kFunctions, function);
}
std::string_view code_of(PostStatus status) {
  return code_in(kStatuses, status);
}
std::optional<EmployerKind> parse_employer_kind(std::string_view code) {
  return value_in(kEmployers, code);
}
std::optional<PostFunction> parse_post_function(std::string_view code) {
  return value_in(kFunctions, code);
}
std::optional<PostStatus> parse_post_status(std::string_view code) {
  return value_in(kStatuses, code);
}

}  // namespace maillage::core
