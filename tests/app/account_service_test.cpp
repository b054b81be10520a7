#include "app/account_service.hpp"

#include <gtest/gtest.h>

#include "app/account_fixtures.hpp"
#include "store/audit_repository.hpp"
#include "store/generation_repository.hpp"

namespace maillage::app {
namespace {

using namespace std::chrono_literals;
using testing::at;
using testing::kPassword;

NewUser valid_agent() {
  return {"agent.nimes",
          "Julien Roux",
          "julien.roux@caf30.fr",
          core::Role::kAgentCaf,
          "30",
          {"243000643", "200034379"},
          kPassword};
}

// The messages check_new_user gives, field by field.
std::vector<std::string> problems(store::Database& database, const NewUser& user) {
  std::vector<std::string> messages;
  for (const auto& error : check_new_user(database, user)) {
    messages.push_back(error.field + " | " + error.message);
  }
  return messages;
}

TEST(CreateUser, CreatesTheAccountWithItsTerritoriesAndAnAuditEvent) {
  auto database = testing::accounts_database();
  const auto id = create_user(*database, valid_agent(), at("2026-11-23T08:00:00Z"));
  const auto actor = actor_for_user(*database, id);
  ASSERT_TRUE(actor);
  EXPECT_EQ(actor->login, "agent.nimes");
  EXPECT_EQ(actor->display_name, "Julien Roux");
  EXPECT_EQ(actor->role, core::Role::kAgentCaf);
  EXPECT_EQ(actor->caf_departement, "30");
  EXPECT_EQ(actor->territory_codes, (std::vector<std::string>{"200034379", "243000643"}));

  const auto events = store::AuditRepository(*database).list_for("user", std::to_string(id));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].action, "create");
  EXPECT_EQ(events[0].user_login, "ligne-de-commande");
  EXPECT_FALSE(events[0].user_id);
  ASSERT_TRUE(events[0].after_json);
  EXPECT_NE(events[0].after_json->find("agent.nimes"), std::string::npos);
  EXPECT_EQ(events[0].after_json->find("argon2"), std::string::npos);  // never the hash
  EXPECT_EQ(store::GenerationRepository(*database).current(), 1);
  EXPECT_EQ(list_users(*database).size(), 1u);
  EXPECT_EQ(find_user(*database, "Agent.Nimes")->id, id);
}

TEST(CreateUser, NamesEveryFieldThatIsWrong) {
  auto database = testing::accounts_database();
  create_user(*database, valid_agent(), at("2026-11-23T08:00:00Z"));
  NewUser user = valid_agent();
  user.display_name = "  ";
  user.email = "julien.roux";
  user.caf_departement = "99";
  user.territory_codes = {"243000643", "000000000"};
  user.password = "court";
  EXPECT_EQ(problems(*database, user),
            (std::vector<std::string>{
                "login | Identifiant « agent.nimes » : déjà utilisé.",
                "display_name | Nom : obligatoire.",
                "email | Adresse électronique « julien.roux » : invalide (exemple : "
                "prenom.nom@caf.fr).",
                "caf_departement | Caf « 99 » : inconnue dans cette base.",
                "territory_codes | Territoire « 000000000 » : inconnu.",
                "password | Mot de passe : 12 caractères au moins (5 saisis).",
            }));
  try {
    create_user(*database, user, at("2026-11-23T08:00:00Z"));
    FAIL() << "refus attendu";
  } catch (const RequestError& error) {
    EXPECT_NE(std::string(error.what()).find("Identifiant « agent.nimes » : déjà utilisé.\nNom"),
              std::string::npos)
        << error.what();
  }
  EXPECT_EQ(list_users(*database).size(), 1u);
}

TEST(CreateUser, ChecksLoginShapeAndTerritoriesByRole) {
  auto database = testing::accounts_database();
  NewUser user = valid_agent();
  user.login = "Agent Nîmes";
  user.territory_codes.clear();
  EXPECT_EQ(problems(*database, user),
            (std::vector<std::string>{
                "login | Identifiant « Agent Nîmes » : de 3 à 64 caractères parmi a à z, 0 à 9, "
                "le point, le tiret et le tiret bas (minuscules, sans espace ni accent).",
                "territory_codes | Territoires : au moins un pour un compte « agent Caf ».",
            }));
  user.login = "ab";
  user.role = core::Role::kAdminCaf;
  user.territory_codes = {"243000643"};
  const auto admin = problems(*database, user);
  ASSERT_EQ(admin.size(), 2u);
  EXPECT_EQ(admin[1],
            "territory_codes | Territoires : un administrateur Caf couvre tout le département, "
            "n'en indiquez aucun.");
  user.login = "admin.gard";
  user.territory_codes.clear();
  EXPECT_TRUE(problems(*database, user).empty());
  user.login = "";
  user.caf_departement = "";
  EXPECT_EQ(problems(*database, user),
            (std::vector<std::string>{
                "login | Identifiant : obligatoire.",
                "caf_departement | Caf : obligatoire (numéro du département, par exemple 30).",
            }));
}

TEST(CreateUser, CountsPasswordLengthInCharactersNotBytes) {
  auto database = testing::accounts_database();
  NewUser user = valid_agent();
  user.password = "éééééééééééé";  // 12 characters, 24 bytes
  EXPECT_TRUE(problems(*database, user).empty());
  user.password = "ééééééééééé";
  EXPECT_EQ(
      problems(*database, user),
      std::vector<std::string>{"password | Mot de passe : 12 caractères au moins (11 saisis)."});
}

TEST(ActorForUser, NoneForAnUnknownOrDisabledAccount) {
  auto database = testing::accounts_database();
  const auto id = testing::add_agent(*database);
  EXPECT_FALSE(actor_for_user(*database, id + 1));
  set_user_disabled(*database, "agent.test", true, at("2026-11-23T09:00:00Z"));
  EXPECT_FALSE(actor_for_user(*database, id));
  set_user_disabled(*database, "agent.test", true, at("2026-11-23T09:00:00Z"));  // no change
  set_user_disabled(*database, "agent.test", false, at("2026-11-23T10:00:00Z"));
  EXPECT_TRUE(actor_for_user(*database, id));
  const auto events = store::AuditRepository(*database).list_for("user", std::to_string(id));
  ASSERT_EQ(events.size(), 3u);
  EXPECT_EQ(events[0].action, "enable");
  EXPECT_EQ(events[1].action, "disable");
  EXPECT_EQ(events[1].summary, "Compte désactivé");
  try {
    set_user_disabled(*database, "personne", true, at("2026-11-23T09:00:00Z"));
    FAIL() << "refus attendu";
  } catch (const RequestError& error) {
    EXPECT_STREQ(error.what(), "Compte « personne » introuvable.");
  }
}

TEST(ChangePassword, ExplainsEachRefusalThenReplacesThePassword) {
  auto database = testing::accounts_database();
  const auto id = testing::add_agent(*database);
  const Timestamp now = at("2026-11-24T10:00:00Z");
  const std::string replacement = "une phrase de passe neuve";
  EXPECT_EQ(change_password(*database, id, "mauvais", replacement, replacement, now),
            "Mot de passe actuel : incorrect.");
  EXPECT_EQ(change_password(*database, id, kPassword, "court", "court", now),
            "Nouveau mot de passe : 12 caractères au moins (5 saisis).");
  EXPECT_EQ(change_password(*database, id, kPassword, replacement, "une autre phrase", now),
            "Confirmation : elle ne correspond pas au nouveau mot de passe.");
  EXPECT_EQ(change_password(*database, id, kPassword, kPassword, kPassword, now),
            "Nouveau mot de passe : il doit différer de l'actuel.");
  EXPECT_EQ(change_password(*database, id + 1, kPassword, replacement, replacement, now),
            "Compte introuvable ou désactivé.");

  EXPECT_EQ(change_password(*database, id, kPassword, replacement, replacement, now), "");
  EXPECT_FALSE(authenticate(*database, "agent.test", kPassword, "", now + 1min).actor);
  EXPECT_TRUE(authenticate(*database, "agent.test", replacement, "", now + 1min).actor);
  const auto user = find_user(*database, "agent.test");
  EXPECT_EQ(user->password_changed_at, "2026-11-24T10:00:00Z");
  const auto events = store::AuditRepository(*database).list_for("user", std::to_string(id));
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].action, "password");
  EXPECT_EQ(events[0].user_id, id);
  EXPECT_EQ(events[0].version, 2);
  EXPECT_FALSE(events[0].before_json);  // no hash in the audit
  EXPECT_FALSE(events[0].after_json);
}

TEST(RoleLabel, NamesEachRoleInFrench) {
  EXPECT_EQ(role_label(core::Role::kAdminCaf), "administrateur Caf");
  EXPECT_EQ(role_label(core::Role::kAgentCaf), "agent Caf");
  EXPECT_EQ(role_label(core::Role::kEmployeur), "employeur");
  EXPECT_EQ(role_label(core::Role::kChargeCooperation), "chargé de coopération");
  EXPECT_EQ(role_label(core::Role::kElu), "élu");
}

}  // namespace
}  // namespace maillage::app
