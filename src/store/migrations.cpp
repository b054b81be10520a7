#include "store/migrations.hpp"

#include <string>

#include "store/dialect.hpp"

namespace maillage::store {

namespace {

struct Migration {
  int version;
  const char* name;
  std::vector<std::string> (*statements)(Backend);
};

std::vector<std::string> initial_schema(Backend backend) {
  const std::string id = identity_primary_key(backend);
  return {
      "CREATE TABLE cafs ("
      " departement TEXT PRIMARY KEY,"
      " name TEXT NOT NULL,"
      " doctrine_id TEXT NOT NULL)",

      "CREATE TABLE territories ("
      " code TEXT PRIMARY KEY,"
      " kind TEXT NOT NULL CHECK (kind IN ('epci', 'commune')),"
      " name TEXT NOT NULL,"
      " departement TEXT NOT NULL,"
      " epci_type TEXT,"
      " epci_code TEXT,"
      " population BIGINT NOT NULL DEFAULT 0)",
      "CREATE INDEX territories_by_departement ON territories (departement)",
      "CREATE INDEX territories_by_epci ON territories (epci_code)",

      "CREATE TABLE ctgs ("
      " id " +
          id +
          ","
          " territory_code TEXT NOT NULL REFERENCES territories (code),"
          " start_date TEXT NOT NULL,"
          " end_date TEXT NOT NULL,"
          " renewal INTEGER NOT NULL,"
          " version INTEGER NOT NULL DEFAULT 1,"
          " CHECK (start_date <= end_date),"
          " UNIQUE (territory_code, start_date))",
      "CREATE TABLE ctg_signatories ("
      " ctg_id BIGINT NOT NULL REFERENCES ctgs (id) ON DELETE CASCADE,"
      " position INTEGER NOT NULL,"
      " name TEXT NOT NULL,"
      " PRIMARY KEY (ctg_id, position))",
      "CREATE TABLE ctg_themes ("
      " ctg_id BIGINT NOT NULL REFERENCES ctgs (id) ON DELETE CASCADE,"
      " position INTEGER NOT NULL,"
      " theme TEXT NOT NULL,"
      " PRIMARY KEY (ctg_id, position))",

      "CREATE TABLE posts ("
      " id TEXT PRIMARY KEY,"
      " territory_code TEXT NOT NULL REFERENCES territories (code),"
      " employer_kind TEXT NOT NULL,"
      " holder_fte_hundredths INTEGER NOT NULL,"
      " mission_fte_hundredths INTEGER NOT NULL,"
      " annual_cost_cents BIGINT NOT NULL,"
      " function TEXT NOT NULL,"
      " qualification_level INTEGER NOT NULL,"
      " status TEXT NOT NULL,"
      " hiring_date TEXT,"
      " vacant_since TEXT,"
      " caf_associated_to_recruitment INTEGER NOT NULL,"
      " takes_part_in_network INTEGER NOT NULL,"
      " annual_report_sent INTEGER NOT NULL,"
      " version INTEGER NOT NULL DEFAULT 1,"
      " CHECK (mission_fte_hundredths <= holder_fte_hundredths))",
      "CREATE INDEX posts_by_territory ON posts (territory_code)",
  };
}

const std::vector<Migration>& all_migrations() {
  static const std::vector<Migration> kMigrations{
      {1, "schéma initial : Caf, territoires, CTG, postes", &initial_schema},
  };
  return kMigrations;
}

void ensure_migration_table(soci::session& sql) {
  sql << "CREATE TABLE IF NOT EXISTS schema_migrations ("
         " version INTEGER PRIMARY KEY,"
         " name TEXT NOT NULL,"
         " applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)";
}

int current_version(soci::session& sql) {
  int version = 0;
  soci::indicator indicator = soci::i_ok;
  sql << "SELECT MAX(version) FROM schema_migrations", soci::into(version, indicator);
  return indicator == soci::i_ok ? version : 0;
}

}  // namespace

std::vector<int> migrate(Database& database) {
  auto& sql = database.session();
  ensure_migration_table(sql);
  std::vector<int> applied;
  const int from = current_version(sql);
  for (const auto& migration : all_migrations()) {
    if (migration.version <= from) continue;
    in_transaction(database, [&] {
      for (const auto& statement : migration.statements(database.backend())) sql << statement;
      const std::string name = migration.name;
      sql << "INSERT INTO schema_migrations (version, name) VALUES (:version, :name)",
          soci::use(migration.version), soci::use(name);
    });
    applied.push_back(migration.version);
  }
  return applied;
}

MigrationStatus migration_status(Database& database) {
  ensure_migration_table(database.session());
  return {current_version(database.session()), all_migrations().back().version};
}

}  // namespace maillage::store
