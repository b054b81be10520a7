// Importing a CSV file through the browser: choose the kind and send the file, read every error
// (line and column) and a preview without anything written, then apply it all or nothing.
#include <fmt/core.h>

#include <algorithm>

#include "app/crypto.hpp"
#include "app/csv_table.hpp"
#include "app/ctg_import.hpp"
#include "app/import_messages_fr.hpp"
#include "app/portfolio_query.hpp"
#include "app/post_import.hpp"
#include "app/structure_import.hpp"
#include "core/access_policy.hpp"
#include "core/text.hpp"
#include "export/content_disposition.hpp"
#include "export/media_types.hpp"
#include "web/form_view.hpp"
#include "web/page.hpp"
#include "web/routes/routes.hpp"
#include "web/views/import_columns.hpp"

namespace maillage::web::routes {

namespace {

namespace msg = app::import_messages;

constexpr std::size_t kPreviewRows = 50;

// What a kind of file is, who may send it, and how it is checked and applied.
struct ImportKind {
  const char* code;  // the form's "type" value
  const char* label;
  const char* what;  // "postes", for sentences
  core::Permission permission;
  const std::vector<views::ColumnHelp>& (*columns)();
  app::ImportReport (*preview)(store::Database&, std::string_view, const core::Actor&);
  app::ImportReport (*apply)(store::Database&, std::string_view, const core::Actor&,
                             app::Timestamp);
  const char* template_name;
  const char* done_href;  // where to go once applied
};

const std::vector<ImportKind>& kinds() {
  static const std::vector<ImportKind> kKinds{
      {"postes", "Postes de chargé de coopération", "postes", core::Permission::kImportPosts,
       &views::post_column_help, &app::preview_posts, &app::import_posts, "modele-postes.csv",
       "/portefeuille"},
      {"conventions", "Conventions territoriales globales (CTG)", "conventions",
       core::Permission::kImportCtgs, &views::ctg_column_help, &app::preview_ctgs,
       &app::import_ctgs, "modele-conventions.csv", "/"},
      {"structures", "Structures de services aux familles (EAJE, RPE, ALSH…)", "structures",
       core::Permission::kImportStructures, &views::structure_column_help, &app::preview_structures,
       &app::import_structures, "modele-structures.csv", "/"},
  };
  return kKinds;
}

std::vector<const ImportKind*> allowed_kinds(const core::Actor& actor) {
  std::vector<const ImportKind*> allowed;
  for (const auto& kind : kinds()) {
    if (core::role_allows(actor.role, kind.permission)) allowed.push_back(&kind);
  }
  return allowed;
}

const ImportKind* allowed_kind(const core::Actor& actor, const std::string& code) {
  for (const auto* kind : allowed_kinds(actor)) {
    if (code == kind->code) return kind;
  }
  return nullptr;
}

constexpr const char* kMayNotImport = "Votre rôle ne permet pas d'importer de fichier.";

// The text as the confirmation form carries it back: without BOM, lines ended by LF (browsers
// send a form field's line breaks as CRLF whatever they were), so that its digest is stable.
std::string normalized(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\r') {
      out += text[i];
    } else if (i + 1 >= text.size() || text[i + 1] != '\n') {
      out += '\n';
    }
  }
  return out;
}

std::string digest_of(const ImportKind& kind, const std::string& content) {
  return app::token_digest(std::string(kind.code) + '\n' + content);
}

// Why an uploaded file cannot be read as CSV, before looking at its lines; nothing if it can.
std::optional<std::string> upload_problem(const UploadedFile& file) {
  const std::string_view content = file.content;
  if (content.substr(0, 4) == std::string_view("PK\x03\x04", 4) ||
      content.substr(0, 4) == std::string_view("\xD0\xCF\x11\xE0", 4)) {
    return msg::spreadsheet_not_csv();
  }
  const std::string name = file.filename.substr(file.filename.find_last_of("/\\") + 1);
  const std::string lower_name = core::to_lower_ascii(name);
  if (lower_name.size() < 4 || lower_name.substr(lower_name.size() - 4) != ".csv") {
    return msg::not_a_csv_name(name);
  }
  const std::string type =
      core::to_lower_ascii(core::trim(file.content_type.substr(0, file.content_type.find(';'))));
  static const std::vector<std::string> kTextTypes{"",
                                                   "text/csv",
                                                   "text/plain",
                                                   "text/x-csv",
                                                   "text/comma-separated-values",
                                                   "application/csv",
                                                   "application/x-csv",
                                                   "application/vnd.ms-excel",  // Windows, for .csv
                                                   "application/octet-stream"};
  if (std::find(kTextTypes.begin(), kTextTypes.end(), type) == kTextTypes.end()) {
    return msg::unexpected_content_type(type);
  }
  if (core::trim(normalized(content)).empty()) return msg::empty_file();
  return std::nullopt;
}

std::string capitalized(std::string text) {
  // French messages of the app start in lower case to follow a label; a table cell starts a
  // sentence.
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 32);
  return text;
}

mstch::array error_rows(const std::vector<app::ImportError>& errors) {
  mstch::array rows;
  for (const auto& error : errors) {
    rows.push_back(
        mstch::map{{"line", error.line == 0 ? std::string("—") : std::to_string(error.line)},
                   {"column", error.column},
                   {"message", capitalized(error.message)}});
  }
  return rows;
}

// The header and the first lines of the file, as read.
void add_preview_table(mstch::map& data, const std::string& content) {
  const auto parsed = app::parse_csv(content);
  if (!parsed.table) return;
  mstch::array header;
  for (const auto& name : parsed.table->header) header.push_back(name);
  mstch::array rows;
  for (std::size_t i = 0; i < parsed.table->rows.size() && i < kPreviewRows; ++i) {
    const auto& row = parsed.table->rows[i];
    mstch::array cells;
    for (const auto& cell : row.cells) cells.push_back(cell);
    rows.push_back(mstch::map{{"line", std::to_string(row.line)}, {"cells", cells}});
  }
  const std::size_t total = parsed.table->rows.size();
  data["preview_header"] = header;
  data["preview_rows"] = rows;
  data["preview_caption"] =
      total > kPreviewRows
          ? fmt::format("Aperçu des {} premières lignes du fichier (sur {} lignes de données)",
                        kPreviewRows, total)
          : fmt::format("Aperçu du fichier ({} ligne{} de données)", total, total > 1 ? "s" : "");
  data["data_lines"] = std::to_string(total);
}

FormView upload_form(const std::vector<const ImportKind*>& allowed) {
  std::vector<std::pair<std::string, std::string>> options;
  for (const auto* kind : allowed) options.emplace_back(kind->code, kind->label);
  return FormView({{.name = "type",
                    .label = "Le fichier contient",
                    .kind = FieldSpec::Kind::kSelect,
                    .required = true,
                    .options = std::move(options)},
                   {.name = "fichier", .label = "Fichier CSV", .required = true}});
}

Response render_index(RequestContext& context, FormView form, const std::string& chosen,
                      int status) {
  const auto allowed = allowed_kinds(context.user());
  mstch::array kind_views;
  for (const auto* kind : allowed) {
    kind_views.push_back(
        mstch::map{{"code", std::string(kind->code)},
                   {"label", std::string(kind->label)},
                   {"what", std::string(kind->what)},
                   {"columns", views::column_rows(kind->columns())},
                   {"template_href", "/imports/" + std::string(kind->template_name)}});
  }
  form.set_values({{"type", chosen}});
  std::string file_error;
  for (const auto& [field, message] : form.errors()) {
    if (field == "fichier") file_error += (file_error.empty() ? "" : " ") + message;
  }
  mstch::map data{{"kinds", kind_views}, {"form", form.view()}};
  if (!file_error.empty()) data["file_error"] = file_error;
  return render_page(context, "imports/index", std::move(data),
                     {.title = "Importer un fichier",
                      .breadcrumb = {{"Accueil", "/"}, {"Importer un fichier", ""}},
                      .section = "imports",
                      .status = status});
}

Response index(RequestContext& context) {
  const auto allowed = allowed_kinds(context.user());
  if (allowed.empty()) return forbidden_page(context, kMayNotImport);
  std::string chosen = context.request.query_value("type");
  if (allowed_kind(context.user(), chosen) == nullptr) chosen = allowed.front()->code;
  return render_index(context, upload_form(allowed), chosen, 200);
}

// The territory the template's example line names: one the user may import into.
std::string example_territory(RequestContext& context, const ImportKind& kind) {
  const auto snapshot = context.snapshot();
  for (const auto* territory : app::territories_of(*snapshot, context.user())) {
    if (territory->kind == core::TerritoryKind::kEpci &&
        core::may(context.user(), kind.permission, *territory)) {
      return territory->code;
    }
  }
  return "";
}

Response download_template(RequestContext& context, const ImportKind& kind) {
  if (allowed_kind(context.user(), kind.code) == nullptr) {
    return forbidden_page(context, kMayNotImport);
  }
  Response response;
  response.content_type = std::string(exports::kCsvMediaType);
  response.body = views::template_csv(kind.columns(), example_territory(context, kind));
  response.set_header("Content-Disposition", exports::attachment_header(kind.template_name));
  response.set_header("Cache-Control", "private, no-store");
  return response;
}

// The page that lists the file's errors or, when there is none, asks to confirm.
Response render_check(RequestContext& context, const ImportKind& kind, const std::string& filename,
                      const std::string& content, const app::ImportReport& report, int status) {
  mstch::map data{{"kind_label", std::string(kind.label)},
                  {"kind_code", std::string(kind.code)},
                  {"filename", filename},
                  {"errors", error_rows(report.errors)},
                  {"error_count", std::to_string(report.errors.size())},
                  {"error_plural", report.errors.size() > 1}};
  add_preview_table(data, content);
  if (report.errors.empty()) {
    data["rows"] = fmt::format("{} ligne{} de données", report.rows, report.rows > 1 ? "s" : "");
    data["to_create"] = fmt::format("{} à créer", report.created);
    data["to_update"] = fmt::format("{} à mettre à jour", report.updated);
    data["content"] = content;
    data["digest"] = digest_of(kind, content);
  }
  return render_page(
      context, "imports/preview", std::move(data),
      {.title = "Vérification du fichier " + filename,
       .breadcrumb = {{"Accueil", "/"},
                      {"Importer un fichier", "/imports?type=" + std::string(kind.code)},
                      {"Vérification", ""}},
       .section = "imports",
       .status = status});
}

Response check(RequestContext& context) {
  const auto allowed = allowed_kinds(context.user());
  if (allowed.empty()) return forbidden_page(context, kMayNotImport);
  const std::string chosen = context.request.form_value("type");
  const ImportKind* kind = allowed_kind(context.user(), chosen);
  FormView form = upload_form(allowed);
  if (kind == nullptr) form.add_error("type", msg::unknown_import_kind());
  const auto file = context.request.files.find("fichier");
  if (file == context.request.files.end() || file->second.filename.empty()) {
    form.add_error("fichier", msg::no_file_chosen());
  } else if (const auto problem = upload_problem(file->second)) {
    form.add_error("fichier", *problem);
  }
  if (form.has_errors()) return render_index(context, std::move(form), chosen, 422);
  const std::string content = normalized(file->second.content);
  const auto report = kind->preview(context.database, content, context.user());
  return render_check(context, *kind, file->second.filename, content, report,
                      report.errors.empty() ? 200 : 422);
}

Response apply(RequestContext& context) {
  const auto allowed = allowed_kinds(context.user());
  if (allowed.empty()) return forbidden_page(context, kMayNotImport);
  const Request& request = context.request;
  const ImportKind* kind = allowed_kind(context.user(), request.form_value("type"));
  if (kind == nullptr) {
    FormView form = upload_form(allowed);
    form.add_error("type", msg::unknown_import_kind());
    return render_index(context, std::move(form), "", 422);
  }
  const std::string content = normalized(request.form_value("contenu"));
  const std::string filename = request.form_value("nom");
  if (!app::constant_time_equal(digest_of(*kind, content), request.form_value("empreinte"))) {
    app::ImportReport altered;
    altered.errors.push_back({0, "", msg::file_altered()});
    return render_check(context, *kind, filename, content, altered, 422);
  }
  const auto report = kind->apply(context.database, content, context.user(), context.now);
  if (!report.applied) return render_check(context, *kind, filename, content, report, 422);
  context.set_flash(fmt::format("Import appliqué : {} créé{}, {} mis à jour.", report.created,
                                report.created > 1 ? "s" : "", report.updated));
  return redirect_to(kind->done_href);
}

}  // namespace

void add_import_routes(Router& router) {
  router.get("/imports", index);
  for (const auto& kind : kinds()) {
    router.get("/imports/" + std::string(kind.template_name),
               [&kind](RequestContext& context) { return download_template(context, kind); });
  }
  router.post("/imports/apercu", check);
  router.post("/imports/application", apply);
}

}  // namespace maillage::web::routes
