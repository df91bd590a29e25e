#ifndef PADAN_CLIBXML2_SHIM_H
#define PADAN_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
#include <libxml/parser.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlreader.h>
#include <libxml/valid.h>
#include <libxml/xmlerror.h>
#endif
