#include "app/database_copy.hpp"

#include <fmt/core.h>

#include <algorithm>

#include "app/request_error.hpp"
#include "store/migrations.hpp"
#include "store/schema_tables.hpp"

namespace maillage::app {

namespace {

// data_generation holds one counter row from the start: a target with only that is empty.
bool holds_data(store::Database& database, const std::string& table) {
  long long rows = 0;
  database.session() << "SELECT COUNT(*) FROM " + table, soci::into(rows);
  return table == "data_generation" ? rows > 1 : rows > 0;
}

}  // namespace

bool CopyReport::verified() const {
  return std::all_of(tables.begin(), tables.end(),
                     [](const CopiedTable& table) { return table.matches(); });
}

std::vector<store::TableDigest> digest_database(store::Database& database) {
  std::vector<store::TableDigest> digests;
  for (const auto& table : store::data_tables()) {
    digests.push_back(store::digest_table(database, table.name));
  }
  return digests;
}

CopyReport copy_database(store::Database& from, store::Database& to) {
  store::migrate(from);
  store::migrate(to);
  for (const auto& table : store::data_tables()) {
    if (holds_data(to, table.name)) {
      throw RequestError(
          fmt::format("La base de destination {} contient déjà des données (table {}) : la copie "
                      "n'écrase rien. Utilisez une base vide.",
                      store::describe_target(to.target()), table.name));
    }
  }
  CopyReport report;
  store::in_transaction(to, [&] {
    to.session() << "DELETE FROM data_generation";
    for (const auto& table : store::data_tables()) {
      store::copy_table(from, to, table.name);
      if (table.identity_id) store::move_identity_past_rows(to, table.name);
    }
    for (const auto& table : store::data_tables()) {
      report.tables.push_back(
          {store::digest_table(from, table.name), store::digest_table(to, table.name)});
    }
    if (!report.verified()) {
      // Thrown inside the transaction: the target is left as it was.
      throw RequestError(
          "La copie ne correspond pas à la source (nombre de lignes ou somme de contrôle) : "
          "rien n'a été écrit.");
    }
  });
  return report;
}

}  // namespace maillage::app
