#include "web/request_context.hpp"

#include "web/cookies.hpp"

namespace maillage::web {

std::shared_ptr<const app::PortfolioSnapshot> RequestContext::snapshot() {
  if (!snapshot_) snapshot_ = services.portfolio.get(database, today);
  return snapshot_;
}

std::shared_ptr<const app::PortfolioSnapshot> RequestContext::snapshot_on(core::Date date) {
  if (date == today) return snapshot();
  return services.portfolio.get(database, date);
}

void RequestContext::set_flash(const std::string& message) {
  cookies_to_set.emplace_back(kFlashCookie, cookie_header(kFlashCookie, url_encode(message),
                                                          CookieOptions{
                                                              .secure = request.secure,
                                                              .max_age_seconds = 60,
                                                          }));
}

}  // namespace maillage::web
