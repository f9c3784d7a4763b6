// The libxml2 headers ndc uses, plus the few static-inline helpers Swift 6 needs
// (see docs/libxml2.md): xmlFree is a C global variable, variadic callbacks cannot be
// written in Swift, and the thread-local handler globals are macros Swift does not import.
#ifndef NDC_CLIBXML2_SHIM_H
#define NDC_CLIBXML2_SHIM_H

// libxml2 is built with ICU, and its encoding.h then includes the system ICU headers, whose
// `UErrorCode` clashes with Foundation's own ICU in any module that sees both. ndc never
// touches the encoding handlers (the only ICU-dependent declarations, trailing struct
// fields), so the ICU part of the headers is left out.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

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

/// Silences the generic error channel for every thread created from now on.
static inline void ndc_silenceGenericErrorsByDefault(void) {
  xmlThrDefSetGenericErrorFunc(NULL, ndc_silentGenericError);
}

/// This thread's error handlers, as saved by `ndc_installErrorHandlers`.
/// (The generic handler is variadic, so Swift cannot hold it: it is kept as a pointer.)
typedef struct {
  void *genericHandler;
  void *genericContext;
  xmlStructuredErrorFunc structuredHandler;
  void *structuredContext;
} ndc_ErrorHandlers;

/// Saves this thread's handlers, installs `handler` as the structured error handler and
/// silences the generic channel. Undo with `ndc_restoreErrorHandlers`.
static inline ndc_ErrorHandlers ndc_installErrorHandlers(void *context, xmlStructuredErrorFunc handler) {
  ndc_ErrorHandlers saved;
  saved.genericHandler = (void *)(*__xmlGenericError());
  saved.genericContext = *__xmlGenericErrorContext();
  saved.structuredHandler = *__xmlStructuredError();
  saved.structuredContext = *__xmlStructuredErrorContext();
  xmlSetGenericErrorFunc(NULL, ndc_silentGenericError);
  xmlSetStructuredErrorFunc(context, handler);
  return saved;
}

static inline void ndc_restoreErrorHandlers(ndc_ErrorHandlers saved) {
  xmlSetGenericErrorFunc(saved.genericContext, (xmlGenericErrorFunc)saved.genericHandler);
  xmlSetStructuredErrorFunc(saved.structuredContext, saved.structuredHandler);
}

#endif
