#include "store/connection_pool.hpp"

#include <algorithm>

namespace maillage::store {

namespace {

bool in_memory(const std::string& target) {
  return target == ":memory:" || target == "sqlite::memory:";
}

}  // namespace

ConnectionPool::ConnectionPool(std::string target, std::size_t size)
    : size_(in_memory(target) ? 1 : std::max<std::size_t>(size, 1)) {
  idle_.reserve(size_);
  for (std::size_t i = 0; i < size_; ++i) idle_.push_back(Database::open(target));
}

ConnectionPool::Lease ConnectionPool::acquire() {
  std::unique_lock lock(mutex_);
  released_.wait(lock, [this] { return !idle_.empty(); });
  auto database = std::move(idle_.back());
  idle_.pop_back();
  return Lease(*this, std::move(database));
}

void ConnectionPool::release(std::unique_ptr<Database> database) {
  {
    std::lock_guard lock(mutex_);
    idle_.push_back(std::move(database));
  }
  released_.notify_one();
}

ConnectionPool::Lease::Lease(ConnectionPool& pool, std::unique_ptr<Database> database)
    : pool_(&pool), database_(std::move(database)) {}

ConnectionPool::Lease::Lease(Lease&& other) noexcept
    : pool_(other.pool_), database_(std::move(other.database_)) {}

ConnectionPool::Lease& ConnectionPool::Lease::operator=(Lease&& other) noexcept {
  if (this != &other) {
    give_back();
    pool_ = other.pool_;
    database_ = std::move(other.database_);
  }
  return *this;
}

ConnectionPool::Lease::~Lease() {
  give_back();
}

void ConnectionPool::Lease::give_back() {
  if (database_) pool_->release(std::move(database_));
}

}  // namespace maillage::store
