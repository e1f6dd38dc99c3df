#ifndef REPORTGEN_CXLSXWRITER_SHIM_H
#define REPORTGEN_CXLSXWRITER_SHIM_H
#include <xlsxwriter.h>
#endif
