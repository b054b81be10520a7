#pragma once
#include <map>
#include <string>
#include <vector>

// Reads back what the XLSX writer produced, for the tests: Debian has no XLSX reader, so this
// unzips the package (Poco::Zip) and parses its XML parts (Poco::XML).
namespace maillage::exports::testing {

struct XlsxCell {
  std::string type;   // the t attribute: "s" for a shared string, "" for a number
  int style = 0;      // the s attribute: index into styles.xml's cellXfs
  std::string value;  // <v>, or the shared string's text when type is "s"
};

class XlsxPackage {
 public:
  explicit XlsxPackage(const std::string& bytes);

  bool has_part(const std::string& name) const { return parts_.count(name) != 0; }
  // The part's XML text; fails the test (throws) when it is absent.
  const std::string& part(const std::string& name) const;
  // The cells of a worksheet part by reference ("B2"), shared strings resolved.
  std::map<std::string, XlsxCell> cells(const std::string& sheet_part) const;
  // The number format code of a cell style ("" for the general format).
  std::string number_format(int style) const;
  bool is_bold(int style) const;
  // The first element named `tag` of a part, with its attributes; empty when absent.
  std::map<std::string, std::string> element(const std::string& part_name,
                                             const std::string& tag) const;
  // Texts of all elements named `tag` of a part, in order.
  std::vector<std::string> texts(const std::string& part_name, const std::string& tag) const;

 private:
  std::map<std::string, std::string> parts_;
};

}  // namespace maillage::exports::testing
