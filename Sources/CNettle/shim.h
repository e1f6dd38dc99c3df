#ifndef REPORTGEN_CNETTLE_SHIM_H
#define REPORTGEN_CNETTLE_SHIM_H
#include <nettle/md5.h>
#endif
