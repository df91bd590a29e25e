#ifndef PADAN_CLIBXML2_SHIM_H
#define PADAN_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* Debian builds libxml2 with ICU, so <libxml/encoding.h> would include the system's <unicode/ucnv.h>, whose
 * declarations clash with the ICU that Swift's Foundation bundles (module _FoundationICU). padan never uses
 * libxml2's ICU-specific encoding-handler fields, so the ICU headers are kept out. */
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlreader.h>
#include <libxml/valid.h>
#include <libxml/xmlerror.h>
#endif
