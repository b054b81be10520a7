#pragma once
#include "export/table.hpp"

namespace maillage::exports::testing {

inline core::Date day(int y, int m, int d) {
  return *core::Date::from_ymd(y, m, d);
}

// Two posts of a portfolio, with every column type, a totals row and a note.
inline Table sample_table() {
  Table table;
  table.title = "Portefeuille au 23/11/2026";
  table.columns = {
      {"identifiant", "Identifiant", ColumnType::kText},
      {"porteur", "Porteur", ColumnType::kText},
      {"postes", "Postes", ColumnType::kInteger},
      {"cout_annuel", "Coût annuel (€)", ColumnType::kMoneyCents},
      {"etp", "ETP", ColumnType::kFteHundredths},
      {"taux", "Taux (%)", ColumnType::kPercentBasisPoints},
      {"date_embauche", "Date d'embauche", ColumnType::kDate},
      {"rapport_transmis", "Rapport transmis", ColumnType::kBoolean},
  };
  table.rows = {
      {"GARD-001", "CA Nîmes Métropole", std::int64_t{1}, core::Money::from_cents(123456),
       core::Fte::from_hundredths(75), core::Percent::from_basis_points(1250), day(2027, 1, 31),
       true},
      {"GARD-002", "Communauté \"Cévennes\"; Causses", std::int64_t{2},
       core::Money::from_euros(48000), core::Fte::full_time(),
       core::Percent::from_basis_points(5000), std::monostate{}, false},
  };
  table.totals = {"Total",
                  std::monostate{},
                  std::int64_t{3},
                  core::Money::from_cents(4923456),
                  core::Fte::from_hundredths(175),
                  std::monostate{},
                  std::monostate{},
                  std::monostate{}};
  table.notes = {"Source : Maillage, doctrine de la Caf du Gard 2024.", "Calculé le 23/11/2026."};
  return table;
}

}  // namespace maillage::exports::testing
