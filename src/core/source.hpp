#pragma once
#include <string>

namespace maillage::core {

// Where a rule or a parameter comes from: a seed document and its section, with the words quoted.
struct Source {
  std::string file;     // "001_10d59468317a00ab.txt"
  std::string section;  // "LA DOCTRINE DE MISE EN CONFORMITÉ"
  std::string quote;    // the sentence the rule implements

  // "001_10d59468317a00ab.txt, « LA DOCTRINE DE MISE EN CONFORMITÉ »"
  std::string citation() const;
};

}  // namespace maillage::core
