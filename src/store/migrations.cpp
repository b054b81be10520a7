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

// Accounts, sessions, throttling, API tokens, the audit trail and the cache generation counter;
// posts and CTGs can be closed. Timestamps are ISO-8601 UTC text ("2026-11-23T15:54:45Z").
std::vector<std::string> accounts_and_audit(Backend backend) {
  const std::string id = identity_primary_key(backend);
  return {
      "CREATE TABLE users ("
      " id " +
          id +
          ","
          " login TEXT NOT NULL UNIQUE,"
          " display_name TEXT NOT NULL,"
          " email TEXT NOT NULL DEFAULT '',"
          " role TEXT NOT NULL CHECK (role IN ('admin_caf', 'agent_caf', 'employeur',"
          " 'charge_cooperation', 'elu')),"
          " caf_departement TEXT NOT NULL,"
          " password_hash TEXT NOT NULL,"
          " disabled INTEGER NOT NULL DEFAULT 0,"
          " created_at TEXT NOT NULL,"
          " password_changed_at TEXT NOT NULL,"
          " version INTEGER NOT NULL DEFAULT 1)",
      "CREATE TABLE user_territories ("
      " user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,"
      " territory_code TEXT NOT NULL REFERENCES territories (code),"
      " PRIMARY KEY (user_id, territory_code))",

      "CREATE TABLE sessions ("
      " token_hash TEXT PRIMARY KEY,"
      " user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,"
      " csrf_token TEXT NOT NULL,"
      " created_at TEXT NOT NULL,"
      " last_seen_at TEXT NOT NULL,"
      " expires_at TEXT NOT NULL,"
      " remote_address TEXT NOT NULL DEFAULT '')",
      "CREATE INDEX sessions_by_user ON sessions (user_id)",

      "CREATE TABLE login_failures ("
      " throttle_key TEXT PRIMARY KEY,"
      " failures INTEGER NOT NULL,"
      " first_failure_at TEXT NOT NULL,"
      " locked_until TEXT)",

      "CREATE TABLE api_tokens ("
      " id " +
          id +
          ","
          " user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,"
          " token_hash TEXT NOT NULL UNIQUE,"
          " label TEXT NOT NULL,"
          " created_at TEXT NOT NULL,"
          " last_used_at TEXT,"
          " revoked INTEGER NOT NULL DEFAULT 0)",

      "CREATE TABLE audit_events ("
      " id " +
          id +
          ","
          " at TEXT NOT NULL,"
          " user_id BIGINT,"
          " user_login TEXT NOT NULL,"
          " entity TEXT NOT NULL,"
          " entity_id TEXT NOT NULL,"
          " action TEXT NOT NULL,"
          " version INTEGER NOT NULL,"
          " summary TEXT NOT NULL DEFAULT '',"
          " before_json TEXT,"
          " after_json TEXT)",
      "CREATE INDEX audit_events_by_entity ON audit_events (entity, entity_id, id)",

      // Bumped by every write, so caches (here and in other server instances) know to reload.
      "CREATE TABLE data_generation ("
      " id INTEGER PRIMARY KEY CHECK (id = 1),"
      " value BIGINT NOT NULL)",
      "INSERT INTO data_generation (id, value) VALUES (1, 0)",

      "ALTER TABLE posts ADD COLUMN closed_on TEXT",
      "ALTER TABLE ctgs ADD COLUMN closed_on TEXT",
  };
}

// Steering (issue 4): family-service structures, what the Caf records about each territory
// (area, specifics), and saved redeployment scenarios.
std::vector<std::string> steering(Backend backend) {
  const std::string id = identity_primary_key(backend);
  return {
      "CREATE TABLE structures ("
      " id " +
          id +
          ","
          " territory_code TEXT NOT NULL REFERENCES territories (code),"
          " kind TEXT NOT NULL CHECK (kind IN ('eaje', 'rpe', 'alsh', 'centre_social', 'evs',"
          " 'autre')),"
          " name TEXT NOT NULL,"
          " reference TEXT,"
          " closed_on TEXT,"
          " version INTEGER NOT NULL DEFAULT 1)",
      "CREATE INDEX structures_by_territory ON structures (territory_code)",
      // One structure per external reference (a gestionnaire's file number), so re-importing the
      // same file updates instead of duplicating.
      "CREATE UNIQUE INDEX structures_by_reference ON structures (reference)",

      "CREATE TABLE territory_profiles ("
      " territory_code TEXT PRIMARY KEY REFERENCES territories (code),"
      " area_hectares BIGINT,"
      " area_source TEXT NOT NULL DEFAULT 'none' CHECK (area_source IN ('none',"
      " 'boundaries', 'entered')),"
      " specifics TEXT NOT NULL DEFAULT '',"
      " version INTEGER NOT NULL DEFAULT 1)",

      "CREATE TABLE scenarios ("
      " id " +
          id +
          ","
          " caf_departement TEXT NOT NULL,"
          " name TEXT NOT NULL,"
          " kind TEXT NOT NULL CHECK (kind IN ('redeploiement', 'simulation')),"
          " on_date TEXT NOT NULL,"
          " parameters_json TEXT NOT NULL,"
          " created_at TEXT NOT NULL,"
          " created_by BIGINT,"
          " version INTEGER NOT NULL DEFAULT 1)",
      "CREATE TABLE scenario_allocations ("
      " scenario_id BIGINT NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,"
      " territory_code TEXT NOT NULL REFERENCES territories (code),"
      " fte_hundredths INTEGER NOT NULL,"
      " PRIMARY KEY (scenario_id, territory_code))",
  };
}

// The CTG workspace (issue 5): every record kind of core/workspace_kind.hpp in one table, its
// values a JSON object of canonical texts checked by the kind's spec on every write
// (docs/decisions/007-workspace.md).
std::vector<std::string> workspace(Backend backend) {
  const std::string id = identity_primary_key(backend);
  return {
      "CREATE TABLE workspace_records ("
      " id " +
          id +
          ","
          " scope TEXT NOT NULL,"
          " ctg_id BIGINT REFERENCES ctgs (id),"
          " caf_departement TEXT NOT NULL,"
          " kind TEXT NOT NULL,"
          " reference TEXT NOT NULL,"
          " values_json TEXT NOT NULL,"
          " version INTEGER NOT NULL DEFAULT 1,"
          " updated_at TEXT NOT NULL,"
          " updated_by TEXT NOT NULL DEFAULT '',"
          " UNIQUE (scope, kind, reference))",
      "CREATE INDEX workspace_by_caf ON workspace_records (caf_departement, kind)",
  };
}

const std::vector<Migration>& all_migrations() {
  static const std::vector<Migration> kMigrations{
      {1, "schéma initial : Caf, territoires, CTG, postes", &initial_schema},
      {2, "comptes, sessions, journal des modifications", &accounts_and_audit},
      {3, "pilotage : structures, profils de territoire, scénarios", &steering},
      {4, "espace CTG : plan d'actions, instances, diagnostics, partenaires, participation",
       &workspace},
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
  return migrate_to(database, all_migrations().back().version);
}

std::vector<int> migrate_to(Database& database, int version) {
  auto& sql = database.session();
  // Several server instances may start together on one PostgreSQL: each migration runs under a
  // lock and re-reads the version inside its transaction, so it is applied exactly once.
  in_transaction(database, [&] {
    lock_schema(database);
    ensure_migration_table(sql);
  });
  std::vector<int> applied;
  for (const auto& migration : all_migrations()) {
    if (migration.version > version) break;
    const bool done = in_transaction(database, [&] {
      lock_schema(database);
      if (current_version(sql) >= migration.version) return false;
      for (const auto& statement : migration.statements(database.backend())) sql << statement;
      const std::string name = migration.name;
      sql << "INSERT INTO schema_migrations (version, name) VALUES (:version, :name)",
          soci::use(migration.version), soci::use(name);
      return true;
    });
    if (done) applied.push_back(migration.version);
  }
  return applied;
}

MigrationStatus migration_status(Database& database) {
  ensure_migration_table(database.session());
  return {current_version(database.session()), all_migrations().back().version};
}

}  // namespace maillage::store
