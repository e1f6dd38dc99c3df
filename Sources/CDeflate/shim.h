#ifndef REPORTGEN_CZLIB_SHIM_H
#define REPORTGEN_CZLIB_SHIM_H
#include <zlib.h>
#endif
