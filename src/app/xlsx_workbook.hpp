#pragma once
#include <Poco/SAX/Attributes.h>
#include <Poco/SAX/ContentHandler.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/xlsx_cell_format.hpp"

namespace maillage::app {

// The workbook-level parts of an .xlsx file, and the SAX helpers its readers share (xlsx_table).

// Why a workbook cannot be read; xlsx_table words it for the user.
enum class XlsxProblem { kUnreadable, kNoWorksheet, kMalformed, kTooLarge };

// Thrown by the functions below.
struct XlsxFailure {
  XlsxProblem problem;
};

// The first worksheet and what its cells refer to.
struct XlsxWorkbook {
  std::string sheet_xml;
  std::vector<std::string> shared_strings;
  std::vector<XlsxNumberKind> style_kinds;  // by cell style (a cell's s attribute)
  bool date1904 = false;
};

// Unzips the bytes and reads the first worksheet in tab order (found through xl/workbook.xml and
// its relationships, else xl/worksheets/sheet1.xml), its shared strings and styles.
XlsxWorkbook read_xlsx_workbook(std::string_view bytes);

// Parses a part with a SAX handler, which keeps memory low on a large sheet. Throws
// XlsxFailure{kMalformed} when the XML is not well-formed.
void parse_xlsx_part(const std::string& xml, Poco::XML::ContentHandler& handler);
// An element's or attribute's name without namespace prefix.
std::string_view xml_local_name(const std::string& local, const std::string& qname);
// The attribute with this local name ("id" finds r:id), or "".
std::string xml_attribute(const Poco::XML::Attributes& attributes, std::string_view name);
std::optional<long> to_xlsx_integer(std::string_view text);

// The text of a string item (<si> or <is>), fed with its SAX events: its <t>, or the <t> of its
// rich-text runs <r> concatenated, without the phonetic guides (<rPh>) of Japanese workbooks.
class XlsxItemText {
 public:
  void start(std::string_view name);
  void end(std::string_view name);
  void characters(const char* text, int length);
  // The text so far, escapes decoded; starts a new item.
  std::string take();

 private:
  std::string text_;
  bool in_text_ = false;
  int phonetic_ = 0;
};

}  // namespace maillage::app
