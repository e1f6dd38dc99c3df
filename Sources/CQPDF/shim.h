#ifndef REPORTGEN_CQPDF_SHIM_H
#define REPORTGEN_CQPDF_SHIM_H
#include <qpdf/qpdf-c.h>
#endif
