// The JSON API under /api/v1: every resource's operations, and the OpenAPI document built from
// those same operations.
#include <memory>

#include "web/api/api_resources.hpp"
#include "web/routes/routes.hpp"

namespace maillage::web::routes {

void add_api_routes(Router& router) {
  std::vector<api::Operation> operations;
  // Literal paths before parameterised ones of the same shape: each resource lists them so.
  for (auto&& group : {api::territory_operations(), api::ctg_operations(), api::post_operations(),
                       api::funding_operations(), api::workspace_operations()}) {
    operations.insert(operations.end(), group.begin(), group.end());
  }
  auto document = std::make_shared<std::string>();
  operations.push_back(api::openapi_operation(document));
  *document = api::openapi_document(operations).dump(2);
  for (auto& operation : operations) {
    router.add(operation.method, api::kPrefix + operation.path, operation.access,
               api::guarded(std::move(operation.handler)));
  }
}

}  // namespace maillage::web::routes
