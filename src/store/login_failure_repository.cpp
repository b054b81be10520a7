#include "store/login_failure_repository.hpp"

#include "store/rows.hpp"

namespace maillage::store {

std::optional<LoginFailure> LoginFailureRepository::find(const std::string& key) const {
  std::optional<LoginFailure> found;
  for_each_row(database_.session(),
               "SELECT throttle_key, failures, first_failure_at, locked_until"
               " FROM login_failures WHERE throttle_key = :key",
               key, [&](const soci::row& row) {
                 found = LoginFailure{row.get<std::string>(0), static_cast<int>(integer_at(row, 1)),
                                      row.get<std::string>(2), optional_text_at(row, 3)};
               });
  return found;
}

void LoginFailureRepository::save(const LoginFailure& failure) {
  NullableText locked_until(failure.locked_until);
  database_.session() << "INSERT INTO login_failures (throttle_key, failures, first_failure_at,"
                         " locked_until) VALUES (:key, :failures, :first_failure_at, :locked_until)"
                         " ON CONFLICT (throttle_key) DO UPDATE SET failures = excluded.failures,"
                         " first_failure_at = excluded.first_failure_at,"
                         " locked_until = excluded.locked_until",
      soci::use(failure.key), soci::use(failure.failures), soci::use(failure.first_failure_at),
      soci::use(locked_until.text, locked_until.indicator);
}

void LoginFailureRepository::clear(const std::string& key) {
  database_.session() << "DELETE FROM login_failures WHERE throttle_key = :key", soci::use(key);
}

}  // namespace maillage::store
