// Saves made on a stale version are refused, never silently overwriting (issue 3, "Nothing lost").
#include <gtest/gtest.h>

#include "app/test_database.hpp"
#include "store/ctg_repository.hpp"
#include "store/post_repository.hpp"

namespace maillage::store {
namespace {

core::Date day(int year, int month, int d) {
  return *core::Date::from_ymd(year, month, d);
}

core::Post sample_post() {
  core::Post post;
  post.id = "GARD-900";
  post.territory_code = "243000643";
  post.holder_fte = core::Fte::from_hundredths(100);
  post.mission_fte = core::Fte::from_hundredths(80);
  post.annual_cost = core::Money::from_cents(4800000);
  post.qualification_level = 6;
  post.hiring_date = day(2024, 9, 2);
  return post;
}

TEST(PostVersions, FreshSaveAcceptedStaleSaveRefused) {
  auto database = testing::gard_database();
  PostRepository posts(*database);
  core::Post post = sample_post();
  posts.insert(post);
  EXPECT_EQ(posts.find(post.id)->version, 1);

  post.annual_cost = core::Money::from_cents(5000000);
  EXPECT_TRUE(posts.update_if_version(post, 1));
  auto stored = posts.find(post.id);
  EXPECT_EQ(stored->version, 2);
  EXPECT_EQ(stored->annual_cost.cents(), 5000000);

  // A second editor who loaded version 1 loses: nothing is written.
  post.annual_cost = core::Money::from_cents(100);
  EXPECT_FALSE(posts.update_if_version(post, 1));
  stored = posts.find(post.id);
  EXPECT_EQ(stored->version, 2);
  EXPECT_EQ(stored->annual_cost.cents(), 5000000);

  post.id = "GARD-404";
  EXPECT_FALSE(posts.update_if_version(post, 1));
  EXPECT_FALSE(posts.exists("GARD-404"));
}

TEST(PostVersions, ClosedOnRoundTrips) {
  auto database = testing::gard_database();
  PostRepository posts(*database);
  core::Post post = sample_post();
  post.closed_on = day(2026, 12, 31);
  posts.insert(post);
  EXPECT_EQ(posts.find(post.id)->closed_on, day(2026, 12, 31));
  EXPECT_EQ(posts.list_all().front().closed_on, day(2026, 12, 31));
  EXPECT_EQ(posts.find(post.id)->hiring_date, day(2024, 9, 2));

  post.closed_on.reset();
  ASSERT_TRUE(posts.update_if_version(post, 1));
  EXPECT_FALSE(posts.find(post.id)->closed_on);

  // An import (upsert) carries no closing date: it never reopens nor closes a post.
  core::Post closed = post;
  closed.closed_on = day(2027, 6, 30);
  ASSERT_TRUE(posts.update_if_version(closed, 2));
  EXPECT_FALSE(posts.upsert(post));
  const auto stored = posts.find(post.id);
  EXPECT_EQ(stored->closed_on, day(2027, 6, 30));
  EXPECT_EQ(stored->version, 4);
}

core::Ctg sample_ctg() {
  core::Ctg ctg;
  ctg.territory_code = "243000643";
  ctg.start = day(2026, 1, 1);
  ctg.end = day(2030, 12, 31);
  ctg.renewal = true;
  ctg.signatories = {"Caf du Gard", "CA de Nîmes Métropole"};
  ctg.themes = {"petite enfance", "jeunesse"};
  return ctg;
}

TEST(CtgVersions, InsertsFindsAndSavesOnlyOverTheVersionLoaded) {
  auto database = testing::gard_database();
  CtgRepository ctgs(*database);
  core::Ctg ctg = sample_ctg();
  ctg.id = in_transaction(*database, [&] { return ctgs.insert(ctg); });
  auto stored = ctgs.find(ctg.id);
  ASSERT_TRUE(stored);
  EXPECT_EQ(stored->version, 1);
  EXPECT_EQ(stored->signatories, ctg.signatories);
  EXPECT_EQ(stored->themes, ctg.themes);
  EXPECT_FALSE(stored->closed_on);

  ctg.end = day(2029, 12, 31);
  ctg.closed_on = day(2028, 6, 30);
  ctg.signatories = {"Caf du Gard"};
  ctg.themes = {};
  EXPECT_TRUE(in_transaction(*database, [&] { return ctgs.update_if_version(ctg, 1); }));
  stored = ctgs.find(ctg.id);
  EXPECT_EQ(stored->version, 2);
  EXPECT_EQ(stored->end, day(2029, 12, 31));
  EXPECT_EQ(stored->closed_on, day(2028, 6, 30));
  EXPECT_EQ(stored->last_day(), day(2028, 6, 30));
  EXPECT_EQ(stored->signatories, std::vector<std::string>{"Caf du Gard"});
  EXPECT_TRUE(stored->themes.empty());

  core::Ctg stale = sample_ctg();
  stale.id = ctg.id;
  EXPECT_FALSE(in_transaction(*database, [&] { return ctgs.update_if_version(stale, 1); }));
  stored = ctgs.find(ctg.id);
  EXPECT_EQ(stored->version, 2);
  EXPECT_EQ(stored->signatories, std::vector<std::string>{"Caf du Gard"});

  const auto listed = ctgs.list_for_territory("243000643");
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0].version, 2);
  EXPECT_EQ(listed[0].closed_on, day(2028, 6, 30));
  EXPECT_FALSE(ctgs.find(ctg.id + 1));
}

TEST(CtgVersions, ImportUpsertKeepsListsAndCountsVersions) {
  auto database = testing::gard_database();
  CtgRepository ctgs(*database);
  const core::Ctg ctg = sample_ctg();
  const auto id = ctgs.insert(ctg);
  core::Ctg imported = sample_ctg();
  imported.signatories.clear();
  imported.themes.clear();
  const auto saved = ctgs.upsert(imported);
  EXPECT_EQ(saved.id, id);
  EXPECT_FALSE(saved.created);
  const auto stored = ctgs.find(id);
  EXPECT_EQ(stored->version, 2);
  EXPECT_EQ(stored->signatories, ctg.signatories);
}

}  // namespace
}  // namespace maillage::store
