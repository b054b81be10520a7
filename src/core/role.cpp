#include "core/role.hpp"

#include "core/code_table.hpp"

namespace maillage::core {

namespace {

constexpr CodeTable<Role, 5> kRoles{{
    {Role::kAdminCaf, "admin_caf"},
    {Role::kAgentCaf, "agent_caf"},
    {Role::kEmployeur, "employeur"},
    {Role::kChargeCooperation, "charge_cooperation"},
    {Role::kElu, "elu"},
}};

}  // namespace

std::string_view code_of(Role role) {
  return code_in(kRoles, role);
}

std::optional<Role> parse_role(std::string_view code) {
  return value_in(kRoles, code);
}

bool is_caf_side(Role role) {
  return role == Role::kAdminCaf || role == Role::kAgentCaf;
}

}  // namespace maillage::core
