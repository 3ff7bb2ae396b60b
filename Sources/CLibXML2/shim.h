// libxml2's HTML and XML parsers and tree API, for the article formats (Sources/ReaderModel/Formats).
#include <libxml/xmlversion.h>
// Debian's libxml2 is built with ICU, whose headers clash with Foundation's own copy of ICU.
// Only the ICU fields at the end of xmlCharEncodingHandler depend on it, and Swift never reads them.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
