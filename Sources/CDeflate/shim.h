#ifndef REPORTGEN_CDEFLATE_SHIM_H
#define REPORTGEN_CDEFLATE_SHIM_H
#include <libdeflate.h>
#endif
