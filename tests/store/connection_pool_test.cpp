#include "store/connection_pool.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <future>
#include <thread>

#include "store/migrations.hpp"
#include "support/test_backend.hpp"

namespace maillage::store {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

class ConnectionPoolTest : public ::testing::Test {
 protected:
  void SetUp() override {
    directory_ = fs::temp_directory_path() / ("maillage-pool-" + std::to_string(::getpid()));
    fs::create_directories(directory_);
    path_ = testing::on_postgresql() ? testing::fresh_database_target()
                                     : (directory_ / "pool.db").string();
    migrate(*Database::open(path_));
  }
  void TearDown() override { fs::remove_all(directory_); }
  fs::path directory_;
  std::string path_;
};

// How many migrations the connection sees: all of them, whichever connection asks.
int one(Database& database) {
  int value = 0;
  database.session() << "SELECT COUNT(*) FROM schema_migrations", soci::into(value);
  return value;
}

TEST_F(ConnectionPoolTest, AThirdThreadWaitsUntilAConnectionIsReleased) {
  ConnectionPool pool(path_, 2);
  ASSERT_EQ(pool.size(), 2u);
  std::promise<void> release;
  std::shared_future<void> released = release.get_future().share();
  std::atomic<int> holding{0};
  const auto hold = [&] {
    auto lease = pool.acquire();
    EXPECT_EQ(one(*lease),
              migration_status(*lease).latest_version);  // each thread's connection works
    ++holding;
    released.wait();
  };
  std::thread first(hold);
  std::thread second(hold);
  while (holding < 2) std::this_thread::sleep_for(1ms);

  std::atomic<bool> third_acquired{false};
  std::thread third([&] {
    auto lease = pool.acquire();
    third_acquired = true;
  });
  std::this_thread::sleep_for(100ms);
  EXPECT_FALSE(third_acquired);
  release.set_value();
  third.join();
  EXPECT_TRUE(third_acquired);
  first.join();
  second.join();
}

TEST_F(ConnectionPoolTest, AMovedLeaseGivesItsConnectionBackOnce) {
  ConnectionPool pool(path_, 1);
  {
    auto lease = pool.acquire();
    Database* connection = &*lease;
    auto moved = std::move(lease);
    EXPECT_EQ(moved.operator->(), connection);
  }
  auto again = pool.acquire();
  EXPECT_EQ(one(*again), migration_status(*again).latest_version);
}

TEST(ConnectionPool, InMemoryHasOneConnection) {
  ConnectionPool pool(":memory:", 8);
  EXPECT_EQ(pool.size(), 1u);
  auto lease = pool.acquire();
  migrate(*lease);
}

}  // namespace
}  // namespace maillage::store
