#pragma once
#include <condition_variable>
#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "store/database.hpp"

namespace maillage::store {

// A fixed set of connections shared by threads: a thread leases one for a request and gives it
// back when the lease ends. The pool does not migrate: the caller migrates once before.
// Leases must end before the pool is destroyed.
class ConnectionPool {
 public:
  // Opens `size` connections to `target` (see Database::open). ":memory:" gets one: each
  // connection to it would be a separate, empty database.
  ConnectionPool(std::string target, std::size_t size);
  ConnectionPool(const ConnectionPool&) = delete;
  ConnectionPool& operator=(const ConnectionPool&) = delete;

  // One connection, for the holder alone until the lease is destroyed.
  class Lease {
   public:
    Lease(Lease&& other) noexcept;
    Lease& operator=(Lease&& other) noexcept;
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    ~Lease();

    Database& operator*() const { return *database_; }
    Database* operator->() const { return database_.get(); }

   private:
    friend class ConnectionPool;
    Lease(ConnectionPool& pool, std::unique_ptr<Database> database);
    void give_back();
    ConnectionPool* pool_;
    std::unique_ptr<Database> database_;
  };

  // Waits until a connection is free.
  Lease acquire();
  std::size_t size() const { return size_; }

 private:
  void release(std::unique_ptr<Database> database);

  std::size_t size_;
  std::mutex mutex_;
  std::condition_variable released_;
  std::vector<std::unique_ptr<Database>> idle_;
};

}  // namespace maillage::store
