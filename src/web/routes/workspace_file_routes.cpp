// A workspace kind as a spreadsheet: exported as CSV or XLSX, re-imported in the same format
// (CSV or XLSX) with a preview that checks every line before anything is written.
#include <fmt/core.h>

#include <Poco/Base64Decoder.h>
#include <Poco/Base64Encoder.h>

#include <sstream>

#include "app/crypto.hpp"
#include "app/workspace_import.hpp"
#include "app/xlsx_table.hpp"
#include "core/text.hpp"
#include "export/content_disposition.hpp"
#include "export/csv_writer.hpp"
#include "export/media_types.hpp"
#include "export/xlsx_writer.hpp"
#include "web/routes/routes.hpp"
#include "web/routes/workspace_place.hpp"

namespace maillage::web::routes {

namespace {

using namespace workspace;

constexpr std::size_t kPreviewLines = 200;

std::string file_stem(const Place& place, const core::KindSpec& kind) {
  if (place.scope.is_caf()) return fmt::format("{}-caf-{}", kind.code, place.scope.caf_departement);
  return fmt::format("{}-ctg-{}", kind.code, place.scope.ctg_id);
}

exports::Table table_of(const core::KindSpec& kind,
                        const std::vector<core::WorkspaceRecord>& records, bool titles) {
  const auto sheet = app::workspace_sheet(std::string(kind.code), records);
  exports::Table table;
  table.title = std::string(kind.plural);
  for (std::size_t i = 0; i < sheet.columns.size(); ++i) {
    // The XLSX header shows labels, the CSV header codes: the import reads both.
    table.columns.push_back({sheet.columns[i], titles ? sheet.titles[i] : sheet.columns[i],
                             exports::ColumnType::kText});
  }
  for (const auto& row : sheet.rows) {
    std::vector<exports::Cell> cells;
    for (const auto& value : row) {
      cells.emplace_back(value.empty() ? exports::Cell{} : exports::Cell{value});
    }
    table.rows.push_back(std::move(cells));
  }
  // No notes under the table: the file is meant to come back, and they would read as a line.
  return table;
}

Response export_file(RequestContext& context, bool xlsx) {
  const auto place = routed_place(context);
  if (!place) return not_found_page(context);
  const auto* kind = routed_kind(context, *place);
  if (kind == nullptr || !kind->importable) return not_found_page(context);
  const auto records = app::list_records(context.database, place->scope, std::string(kind->code));
  Response response;
  const auto table = table_of(*kind, records, xlsx);
  if (xlsx) {
    response.content_type = std::string(exports::kXlsxMediaType);
    response.body = exports::write_xlsx(table);
  } else {
    response.content_type = std::string(exports::kCsvMediaType);
    response.body = exports::write_csv(table, exports::CsvHeader::kKeys);
  }
  response.set_header("Content-Disposition", exports::attachment_header(file_stem(*place, *kind) +
                                                                        (xlsx ? ".xlsx" : ".csv")));
  response.set_header("Cache-Control", "private, no-store");
  return response;
}

std::string to_base64(const std::string& bytes) {
  std::ostringstream out;
  Poco::Base64Encoder encoder(out);
  encoder.rdbuf()->setLineLength(0);
  encoder << bytes;
  encoder.close();
  return out.str();
}

std::optional<std::string> from_base64(const std::string& text) {
  try {
    std::istringstream in(text);
    Poco::Base64Decoder decoder(in);
    std::ostringstream out;
    out << decoder.rdbuf();
    return out.str();
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

// The file as a table, or why it cannot be read.
std::variant<app::CsvTable, std::string> read_file(const std::string& bytes) {
  if (bytes.empty()) return std::string("Le fichier est vide.");
  const auto parsed = app::looks_like_xlsx(bytes) ? app::parse_xlsx(bytes) : app::parse_csv(bytes);
  if (parsed.table) return *parsed.table;
  const auto& error = *parsed.error;
  return error.line > 0 ? fmt::format("Ligne {} : {}", error.line, error.message) : error.message;
}

std::string digest_of(const Place& place, const core::KindSpec& kind, const std::string& bytes) {
  return app::token_digest(fmt::format("{}\n{}\n{}", place.scope.key(), kind.code, bytes));
}

Response render_preview(RequestContext& context, const Place& place, const core::KindSpec& kind,
                        const std::string& filename, const std::string& bytes,
                        const app::WorkspaceImport& result, const std::string& file_error,
                        int status) {
  mstch::array errors;
  for (const auto& error : result.report.errors) {
    errors.push_back(
        mstch::map{{"line", error.line == 0 ? std::string("—") : std::to_string(error.line)},
                   {"column", error.column},
                   {"message", error.message}});
  }
  if (!file_error.empty()) {
    errors.push_back(
        mstch::map{{"line", std::string("—")}, {"column", std::string()}, {"message", file_error}});
  }
  mstch::array lines;
  int unchanged = 0;
  for (const auto& line : result.lines) {
    using Effect = app::WorkspaceImportLine::Effect;
    if (line.effect == Effect::kUnchanged) ++unchanged;
    if (lines.size() >= kPreviewLines) continue;
    lines.push_back(
        mstch::map{{"line", std::to_string(line.line)},
                   {"reference", line.reference},
                   {"effect", std::string(line.effect == Effect::kCreate   ? "création"
                                          : line.effect == Effect::kUpdate ? "modification"
                                                                           : "inchangée")}});
  }
  const bool valid = errors.empty();
  mstch::map data{{"kind_plural", std::string(kind.plural)},
                  {"filename", filename},
                  {"errors", errors},
                  {"has_errors", !valid},
                  {"error_count", std::to_string(errors.size())},
                  {"lines", lines},
                  {"list_href", place.kind_href(kind.code)},
                  {"created", std::to_string(result.report.created)},
                  {"updated", std::to_string(result.report.updated)},
                  {"unchanged", std::to_string(unchanged)},
                  {"apply_action", place.kind_href(kind.code) + "/import/application"}};
  if (valid) {
    data["content"] = to_base64(bytes);
    data["digest"] = digest_of(place, kind, bytes);
  }
  auto crumbs = place.crumbs;
  crumbs.push_back({std::string(kind.plural), place.kind_href(kind.code)});
  crumbs.push_back({"Vérification du fichier", ""});
  return render_page(context, "workspace/import", std::move(data),
                     {.title = "Vérification du fichier " + filename,
                      .breadcrumb = std::move(crumbs),
                      .section = place.scope.is_caf() ? "reseau" : "espace",
                      .status = status});
}

Response run_import(RequestContext& context, const Place& place, const core::KindSpec& kind,
                    const std::string& filename, const std::string& bytes, bool apply) {
  if (!app::may_write(context.user(), kind) || !kind.importable) {
    return forbidden_page(context, may_not_write(kind));
  }
  const auto table = read_file(bytes);
  if (const auto* problem = std::get_if<std::string>(&table)) {
    return render_preview(context, place, kind, filename, bytes, {}, *problem, 422);
  }
  const auto result = app::import_workspace_file(
      context.database, context.user(), place.scope, std::string(kind.code),
      std::get<app::CsvTable>(table), apply, context.now);
  if (apply && result.report.applied) {
    context.set_flash(fmt::format("Import appliqué : {} fiche{} créée{}, {} modifiée{}.",
                                  result.report.created, result.report.created > 1 ? "s" : "",
                                  result.report.created > 1 ? "s" : "", result.report.updated,
                                  result.report.updated > 1 ? "s" : ""));
    return redirect_to(place.kind_href(kind.code));
  }
  return render_preview(context, place, kind, filename, bytes, result, "",
                        result.report.errors.empty() ? 200 : 422);
}

Response check(RequestContext& context) {
  const auto place = routed_place(context);
  if (!place) return not_found_page(context);
  const auto* kind = routed_kind(context, *place);
  if (kind == nullptr) return not_found_page(context);
  const auto file = context.request.files.find("fichier");
  if (file == context.request.files.end() || file->second.filename.empty()) {
    return render_preview(context, *place, *kind, "(aucun fichier)", "", {},
                          "Choisissez un fichier CSV ou Excel (.xlsx) à envoyer.", 422);
  }
  const std::string name =
      file->second.filename.substr(file->second.filename.find_last_of("/\\") + 1);
  return run_import(context, *place, *kind, name, file->second.content, false);
}

Response apply(RequestContext& context) {
  const auto place = routed_place(context);
  if (!place) return not_found_page(context);
  const auto* kind = routed_kind(context, *place);
  if (kind == nullptr) return not_found_page(context);
  const std::string filename = context.request.form_value("nom");
  const auto bytes = from_base64(context.request.form_value("contenu"));
  if (!bytes || !app::constant_time_equal(digest_of(*place, *kind, *bytes),
                                          context.request.form_value("empreinte"))) {
    return render_preview(context, *place, *kind, filename, "", {},
                          "Le fichier a été modifié entre la vérification et l'application : "
                          "envoyez-le de nouveau.",
                          422);
  }
  return run_import(context, *place, *kind, filename, *bytes, true);
}

}  // namespace

void add_workspace_file_routes(Router& router) {
  for (const std::string prefix : {"/ctg/{id}/espace/{kind}", "/reseau/{kind}"}) {
    router.get(prefix + "/export.csv", [](RequestContext& c) { return export_file(c, false); });
    router.get(prefix + "/export.xlsx", [](RequestContext& c) { return export_file(c, true); });
    router.post(prefix + "/import", check);
    router.post(prefix + "/import/application", apply);
  }
}

}  // namespace maillage::web::routes
