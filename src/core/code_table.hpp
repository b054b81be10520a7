#pragma once
#include <array>
#include <optional>
#include <string_view>
#include <utility>

namespace maillage::core {

// A fixed table between an enum and the codes that files and APIs use for it.
template <typename Enum, std::size_t N>
using CodeTable = std::array<std::pair<Enum, std::string_view>, N>;

template <typename Enum, std::size_t N>
constexpr std::string_view code_in(const CodeTable<Enum, N>& table, Enum value) {
  for (const auto& [candidate, code] : table) {
    if (candidate == value) return code;
  }
  return {};
}

template <typename Enum, std::size_t N>
constexpr std::optional<Enum> value_in(const CodeTable<Enum, N>& table, std::string_view code) {
  for (const auto& [candidate, candidate_code] : table) {
    if (candidate_code == code) return candidate;
  }
  return std::nullopt;
}

}  // namespace maillage::core
