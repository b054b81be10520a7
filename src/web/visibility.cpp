#include "web/visibility.hpp"

#include "core/access_policy.hpp"

namespace maillage::web {

const core::Territory* visible_territory(RequestContext& context, const std::string& code) {
  const core::Territory* territory = context.snapshot()->territory(code);
  return territory && core::covers(context.user(), *territory) ? territory : nullptr;
}

const core::Post* visible_post(RequestContext& context, const std::string& id) {
  const core::Post* post = context.snapshot()->post(id);
  if (post == nullptr || visible_territory(context, post->territory_code) == nullptr)
    return nullptr;
  return post;
}

const core::Ctg* visible_ctg(RequestContext& context, const std::string& id_text) {
  const auto id = parse_id(id_text);
  if (!id) return nullptr;
  const core::Ctg* ctg = context.snapshot()->ctg(*id);
  if (ctg == nullptr || visible_territory(context, ctg->territory_code) == nullptr) return nullptr;
  return ctg;
}

}  // namespace maillage::web
