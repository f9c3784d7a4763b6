// The libxml2 headers ndc uses, plus the few static-inline helpers Swift 6 needs
// (see docs/libxml2.md): xmlFree is a C global variable, and variadic callbacks
// cannot be written in Swift.
#ifndef NDC_CLIBXML2_SHIM_H
#define NDC_CLIBXML2_SHIM_H

#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlschemastypes.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlIO.h>

static inline void ndc_xmlFree(void *pointer) { xmlFree(pointer); }

static inline void ndc_silentGenericError(void *context, const char *message, ...) {
  (void)context; (void)message;
}

/// Silences libxml2's generic (variadic) error channel for this thread.
static inline void ndc_silenceGenericErrors(void) {
  xmlSetGenericErrorFunc(NULL, ndc_silentGenericError);
}

#endif
