#include "app/xlsx_workbook.hpp"

#include <Poco/SAX/DefaultHandler.h>
#include <Poco/SAX/SAXParser.h>
#include <Poco/Zip/ZipArchive.h>
#include <Poco/Zip/ZipStream.h>

#include <algorithm>
#include <charconv>
#include <exception>
#include <map>
#include <memory>
#include <sstream>

#include "core/text.hpp"

namespace maillage::app {

namespace {

using Poco::XML::Attributes;
using Poco::XML::XMLString;

// A 10 MB upload can inflate to gigabytes ("zip bomb").
constexpr std::size_t kMaxPartBytes = std::size_t{256} << 20;

// The zip archive, in memory, read part by part.
class Archive {
 public:
  explicit Archive(std::string_view bytes) : in_(std::string(bytes)) {
    try {
      archive_ = std::make_unique<Poco::Zip::ZipArchive>(in_);
    } catch (const std::exception&) {  // Poco::Exception is one
      throw XlsxFailure{XlsxProblem::kUnreadable};
    }
  }

  bool has(const std::string& name) const { return find(name) != archive_->headerEnd(); }

  // The part's bytes, or nullopt when there is no such part.
  std::optional<std::string> read(const std::string& name) {
    const auto entry = find(name);
    if (entry == archive_->headerEnd()) return std::nullopt;
    std::string text;
    try {
      in_.clear();  // ZipArchive leaves the stream failed
      Poco::Zip::ZipInputStream stream(in_, entry->second);
      char buffer[65536];
      while (stream.read(buffer, sizeof buffer) || stream.gcount() > 0) {
        text.append(buffer, static_cast<std::size_t>(stream.gcount()));
        if (text.size() > kMaxPartBytes) throw XlsxFailure{XlsxProblem::kTooLarge};
      }
      // The stream turns inflate and CRC errors into its bad bit.
      if (stream.bad()) throw XlsxFailure{XlsxProblem::kUnreadable};
    } catch (const std::exception&) {
      throw XlsxFailure{XlsxProblem::kUnreadable};
    }
    return text;
  }

 private:
  Poco::Zip::ZipArchive::FileHeaders::const_iterator find(const std::string& name) const {
    const auto exact = archive_->findHeader(name);
    if (exact != archive_->headerEnd()) return exact;
    // Part names are case-insensitive in the Open Packaging Conventions.
    const std::string lower = core::to_lower_ascii(name);
    return std::find_if(archive_->headerBegin(), archive_->headerEnd(), [&](const auto& entry) {
      return core::to_lower_ascii(entry.first) == lower;
    });
  }

  std::istringstream in_;
  std::unique_ptr<Poco::Zip::ZipArchive> archive_;
};

// A relationship's target is relative to the folder of the part that declares it, or absolute
// from the package's root when it starts with '/'.
std::string resolve_target(std::string_view folder, std::string_view target) {
  const std::string path = target.starts_with('/') ? std::string(target.substr(1))
                                                   : std::string(folder) + std::string(target);
  std::vector<std::string> segments;
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t end = path.find('/', start);
    if (end == std::string::npos) end = path.size();
    const std::string segment = path.substr(start, end - start);
    if (segment == "..") {
      if (!segments.empty()) segments.pop_back();
    } else if (!segment.empty() && segment != ".") {
      segments.push_back(segment);
    }
    start = end + 1;
  }
  std::string out;
  for (const auto& segment : segments) out += (out.empty() ? "" : "/") + segment;
  return out;
}

struct WorkbookHandler : Poco::XML::DefaultHandler {
  std::vector<std::string> sheet_relationships;  // r:id of each <sheet>, in tab order
  bool date1904 = false;

  void startElement(const XMLString&, const XMLString& local, const XMLString& qname,
                    const Attributes& attributes) override {
    const auto name = xml_local_name(local, qname);
    if (name == "sheet") sheet_relationships.push_back(xml_attribute(attributes, "id"));
    if (name == "workbookPr") {
      const std::string value = xml_attribute(attributes, "date1904");
      date1904 = value == "1" || value == "true";
    }
  }
};

struct Relationship {
  std::string type;
  std::string target;  // resolved: a part name
};

struct RelationshipsHandler : Poco::XML::DefaultHandler {
  std::map<std::string, Relationship> by_id;

  void startElement(const XMLString&, const XMLString& local, const XMLString& qname,
                    const Attributes& attributes) override {
    if (xml_local_name(local, qname) != "Relationship") return;
    if (xml_attribute(attributes, "TargetMode") == "External") return;
    by_id[xml_attribute(attributes, "Id")] = {
        xml_attribute(attributes, "Type"),
        resolve_target("xl/", xml_attribute(attributes, "Target"))};
  }

  // The target of the first relationship of this type ("styles"), else the fallback.
  std::string target_of_type(std::string_view kind, std::string fallback) const {
    const std::string suffix = "/" + std::string(kind);
    for (const auto& [id, relationship] : by_id) {
      if (relationship.type.ends_with(suffix)) return relationship.target;
    }
    return fallback;
  }
};

struct SharedStringsHandler : Poco::XML::DefaultHandler {
  std::vector<std::string> strings;

  void startElement(const XMLString&, const XMLString& local, const XMLString& qname,
                    const Attributes&) override {
    const auto name = xml_local_name(local, qname);
    if (name == "si") in_item_ = true;
    if (in_item_) text_.start(name);
  }
  void endElement(const XMLString&, const XMLString& local, const XMLString& qname) override {
    const auto name = xml_local_name(local, qname);
    if (in_item_) text_.end(name);
    if (name == "si") {
      strings.push_back(text_.take());
      in_item_ = false;
    }
  }
  void characters(const Poco::XML::XMLChar text[], int start, int length) override {
    if (in_item_) text_.characters(text + start, length);
  }

 private:
  bool in_item_ = false;
  XlsxItemText text_;
};

struct StylesHandler : Poco::XML::DefaultHandler {
  std::map<long, std::string> custom_formats;  // numFmtId -> formatCode
  std::vector<long> cell_formats;              // numFmtId of each cellXfs entry, by index

  void startElement(const XMLString&, const XMLString& local, const XMLString& qname,
                    const Attributes& attributes) override {
    const auto name = xml_local_name(local, qname);
    if (name == "numFmts") in_formats_ = true;
    if (name == "cellXfs") in_cell_xfs_ = true;
    if (name == "numFmt" && in_formats_) {
      if (const auto id = to_xlsx_integer(xml_attribute(attributes, "numFmtId"))) {
        custom_formats[*id] = xml_attribute(attributes, "formatCode");
      }
    }
    if (name == "xf" && in_cell_xfs_) {
      cell_formats.push_back(to_xlsx_integer(xml_attribute(attributes, "numFmtId")).value_or(0));
    }
  }
  void endElement(const XMLString&, const XMLString& local, const XMLString& qname) override {
    const auto name = xml_local_name(local, qname);
    if (name == "numFmts") in_formats_ = false;
    if (name == "cellXfs") in_cell_xfs_ = false;
  }

  std::vector<XlsxNumberKind> kinds() const {
    std::vector<XlsxNumberKind> out;
    for (const long id : cell_formats) {
      const auto custom = custom_formats.find(id);
      out.push_back(custom == custom_formats.end() ? builtin_number_kind(id)
                                                   : custom_number_kind(custom->second));
    }
    return out;
  }

 private:
  bool in_formats_ = false;
  bool in_cell_xfs_ = false;
};

// The part name of the first worksheet in tab order, falling back on the usual name.
std::optional<std::string> first_worksheet(const Archive& archive, const WorkbookHandler& workbook,
                                           const RelationshipsHandler& relationships) {
  for (const auto& id : workbook.sheet_relationships) {
    const auto found = relationships.by_id.find(id);
    if (found == relationships.by_id.end()) continue;
    if (!found->second.type.ends_with("/worksheet")) continue;  // a chart sheet has no cells
    if (archive.has(found->second.target)) return found->second.target;
  }
  if (archive.has("xl/worksheets/sheet1.xml")) return "xl/worksheets/sheet1.xml";
  return std::nullopt;
}

}  // namespace

XlsxWorkbook read_xlsx_workbook(std::string_view bytes) {
  Archive archive(bytes);
  WorkbookHandler workbook;
  if (const auto xml = archive.read("xl/workbook.xml")) parse_xlsx_part(*xml, workbook);
  RelationshipsHandler relationships;
  if (const auto xml = archive.read("xl/_rels/workbook.xml.rels")) {
    parse_xlsx_part(*xml, relationships);
  }
  const auto sheet_part = first_worksheet(archive, workbook, relationships);
  if (!sheet_part) throw XlsxFailure{XlsxProblem::kNoWorksheet};

  XlsxWorkbook out;
  out.sheet_xml = *archive.read(*sheet_part);
  out.date1904 = workbook.date1904;
  if (const auto xml =
          archive.read(relationships.target_of_type("sharedStrings", "xl/sharedStrings.xml"))) {
    SharedStringsHandler strings;
    parse_xlsx_part(*xml, strings);
    out.shared_strings = std::move(strings.strings);
  }
  if (const auto xml = archive.read(relationships.target_of_type("styles", "xl/styles.xml"))) {
    StylesHandler styles;
    parse_xlsx_part(*xml, styles);
    out.style_kinds = styles.kinds();
  }
  return out;
}

void parse_xlsx_part(const std::string& xml, Poco::XML::ContentHandler& handler) {
  Poco::XML::SAXParser parser;
  parser.setFeature(Poco::XML::XMLReader::FEATURE_NAMESPACES, true);
  // A workbook never needs external entities; following them would read files the uploader
  // names.
  parser.setFeature(Poco::XML::XMLReader::FEATURE_EXTERNAL_GENERAL_ENTITIES, false);
  parser.setFeature(Poco::XML::XMLReader::FEATURE_EXTERNAL_PARAMETER_ENTITIES, false);
  parser.setContentHandler(&handler);
  try {
    parser.parseMemoryNP(xml.data(), xml.size());
  } catch (const std::exception&) {
    throw XlsxFailure{XlsxProblem::kMalformed};
  }
}

std::string_view xml_local_name(const std::string& local, const std::string& qname) {
  if (!local.empty()) return local;
  const std::string_view name = qname;
  const auto colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

std::string xml_attribute(const Attributes& attributes, std::string_view name) {
  for (int i = 0; i < attributes.getLength(); ++i) {
    if (xml_local_name(attributes.getLocalName(i), attributes.getQName(i)) == name) {
      return attributes.getValue(i);
    }
  }
  return "";
}

std::optional<long> to_xlsx_integer(std::string_view text) {
  text = core::trim(text);
  long value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

void XlsxItemText::start(std::string_view name) {
  if (name == "rPh") ++phonetic_;
  if (name == "t" && phonetic_ == 0) in_text_ = true;
}

void XlsxItemText::end(std::string_view name) {
  if (name == "rPh" && phonetic_ > 0) --phonetic_;
  if (name == "t") in_text_ = false;
}

void XlsxItemText::characters(const char* text, int length) {
  if (in_text_) text_.append(text, static_cast<std::size_t>(length));
}

std::string XlsxItemText::take() {
  std::string out = decode_xlsx_escapes(text_);
  text_.clear();
  in_text_ = false;
  phonetic_ = 0;
  return out;
}

}  // namespace maillage::app
