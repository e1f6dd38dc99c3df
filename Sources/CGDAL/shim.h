#ifndef REPORTGEN_CGDAL_SHIM_H
#define REPORTGEN_CGDAL_SHIM_H
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>
#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_string.h>
#endif
