#!/usr/bin/env python3
"""Writes the files of Neustadt, a synthetic second city, with the quirks of files offices really publish.
Python standard library only. Run from this folder: python3 make_neustadt.py

- bezirke.shp, stadtteile.shp: Latin-1 .dbf without .cpg ("Weißenburg", "Kämpe"); the .prj is ETRS89 / UTM 32N
  with the zone prefixed to the easting (false easting 32 500 000, EPSG:4647).
- stadtteilprofil.xlsx: a title row, a two-row header (merged "Einwohner" over two reference dates), the city
  (000), its Bezirke (001-003) and Stadtteile (101-304) in one sheet with keys stored as numbers (1, 101), one row
  for two Stadtteile (209 = 203 + 204), the official signs – . x …, and a source line under the table.
- haushalte.csv: a time series with year periods (2021, 2022, 2023), semicolons and decimal commas.
- kitas.csv: points in the same zone-prefixed CRS, one without coordinates.

Every number below is written by hand; Tests/ReportGenTests/Import/NeustadtImportTests.swift checks them.
"""
import struct, zipfile

ORIGIN_X, ORIGIN_Y, SIZE, ZONE = 560000, 5930000, 2000, 32000000

BEZIRKE = [("001", "Mitte"), ("002", "Nord"), ("003", "Süd")]
# key, name, column, row of its 2 km square; the Bezirk is the first digit.
STADTTEILE = [
    ("101", "Altstadt", 0, 0), ("102", "Hafen", 1, 0), ("103", "Mitte", 0, 1), ("104", "Kämpe", 1, 1),
    ("201", "Mühlenberg", 2, 0), ("202", "Weißenburg", 3, 0), ("203", "Nordheide", 2, 1), ("204", "Südheide", 3, 1),
    ("301", "Süderfeld", 4, 0), ("302", "Große Heide", 5, 0), ("303", "Lindenau", 4, 1), ("304", "Am See", 5, 1),
]

PRJ = ('PROJCS["ETRS89 / UTM zone 32N (zE-N)",GEOGCS["ETRS89",DATUM["European_Terrestrial_Reference_System_1989",'
       'SPHEROID["GRS 1980",6378137,298.257222101]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]],'
       'PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",9],'
       'PARAMETER["scale_factor",0.9996],PARAMETER["false_easting",32500000],PARAMETER["false_northing",0],'
       'UNIT["metre",1]]')


def square(column, row, width=1, height=1):
    x0, y0 = ZONE + ORIGIN_X + column * SIZE, ORIGIN_Y + row * SIZE
    x1, y1 = x0 + width * SIZE, y0 + height * SIZE
    return [(x0, y0), (x0, y1), (x1, y1), (x1, y0), (x0, y0)]  # clockwise: an outer ring in a Shapefile


def shapefile(stem, records, fields):
    """records: [(ring, [values])]; fields: [(name, width)] of text fields, written in Latin-1."""
    shapes = []
    for ring, _ in records:
        xs, ys = [p[0] for p in ring], [p[1] for p in ring]
        box = (min(xs), min(ys), max(xs), max(ys))
        content = struct.pack("<i4dii", 5, *box, 1, len(ring)) + struct.pack("<i", 0)
        content += b"".join(struct.pack("<2d", *p) for p in ring)
        shapes.append((box, content))
    all_x = [b[0] for b, _ in shapes] + [b[2] for b, _ in shapes]
    all_y = [b[1] for b, _ in shapes] + [b[3] for b, _ in shapes]
    extent = (min(all_x), min(all_y), max(all_x), max(all_y))

    def header(length_words):
        return struct.pack(">7i", 9994, 0, 0, 0, 0, 0, length_words) + struct.pack("<2i4d4d", 1000, 5, *extent, 0, 0, 0, 0)

    body, index, offset = b"", b"", 50
    for number, (_, content) in enumerate(shapes, start=1):
        body += struct.pack(">2i", number, len(content) // 2) + content
        index += struct.pack(">2i", offset, len(content) // 2)
        offset += 4 + len(content) // 2
    with open(stem + ".shp", "wb") as f:
        f.write(header(50 + len(body) // 2) + body)
    with open(stem + ".shx", "wb") as f:
        f.write(header(50 + len(index) // 2) + index)
    record_length = 1 + sum(width for _, width in fields)
    dbf = struct.pack("<B3BIHH20x", 3, 126, 1, 1, len(records), 32 + 32 * len(fields) + 1, record_length)
    for name, width in fields:
        dbf += struct.pack("<11sc4xB15x", name.encode("ascii"), b"C", width)
    dbf += b"\r"
    for _, values in records:
        dbf += b" " + b"".join(v.encode("latin-1").ljust(w)[:w] for v, (_, w) in zip(values, fields))
    dbf += b"\x1a"
    with open(stem + ".dbf", "wb") as f:
        f.write(dbf)
    with open(stem + ".prj", "w") as f:
        f.write(PRJ)


def xlsx(path, sheets):
    """sheets: [(name, rows, merged ranges)]; a cell is a str (inline text) or a number."""
    def column_letter(index):
        return "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[index]

    def cell(ref, value):
        if value is None:
            return ""
        if isinstance(value, str):
            text = value.replace("&", "&amp;").replace("<", "&lt;")
            return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'
        return f'<c r="{ref}"><v>{value}</v></c>'

    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    sheet_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        + "".join(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="{sheet_type}"/>' for i in range(len(sheets)))
        + '</Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8"?><workbook {ns} xmlns:r="{rel}"><sheets>'
        + "".join(f'<sheet name="{name}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, (name, _, _) in enumerate(sheets))
        + '</sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(f'<Relationship Id="rId{i + 1}" Type="{rel}/worksheet" Target="worksheets/sheet{i + 1}.xml"/>' for i in range(len(sheets)))
        + '</Relationships>',
    }
    for i, (_, rows, merged) in enumerate(sheets):
        sheet_rows = "".join(
            f'<row r="{r + 1}">' + "".join(cell(f"{column_letter(c)}{r + 1}", v) for c, v in enumerate(row)) + "</row>"
            for r, row in enumerate(rows))
        merges = (f'<mergeCells count="{len(merged)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in merged)
                  + '</mergeCells>') if merged else ""
        files[f"xl/worksheets/sheet{i + 1}.xml"] = (f'<?xml version="1.0" encoding="UTF-8"?><worksheet {ns}><sheetData>'
                                                    f'{sheet_rows}</sheetData>{merges}</worksheet>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            archive.writestr(name, content)


# Nr, Gebiet, Einwohner 31.12.2022, Einwohner 31.12.2023, Arbeitslose 31.03.2023, unter 18 31.12.2023
PROFILE = [
    (0, "Neustadt", 41420, 41685, 1475, "…"),
    (1, "Mitte", 16210, 16360, 640, 2565),
    (101, "Altstadt", 4210, 4250, 180, 610),
    (102, "Hafen", 3105, 3120, ".", 480),
    (103, "Mitte", 6020, 6100, 310, 1020),
    (104, "Kämpe", 2875, 2890, 95, 455),
    (2, "Nord", 16510, 16590, 620, 2900),
    (201, "Mühlenberg", 5400, 5380, 220, 900),
    (202, "Weißenburg", 3990, 4010, 140, 700),
    (209, "Nordheide/Südheide", 7120, 7200, 260, 1300),
    (3, "Süd", 8700, 8735, 215, "…"),
    (301, "Süderfeld", 2500, 2520, 70, 400),
    (302, "Große Heide", 1980, 2000, "x", 350),
    (303, "Lindenau", 3330, 3310, 120, 540),
    (304, "Am See", 890, 905, "–", "…"),
]

HAUSHALTE = {"101": (2050, 2080, 2100), "102": (1500, 1510, 1530), "103": (3000, 3010, 3050),
             "104": (1400, 1420, 1430), "201": (2600, 2650, 2640), "202": (1900, 1950, 1960),
             "209": (3500, 3520, 3560), "301": (1200, 1210, 1230), "302": (950, 960, 980),
             "303": (1600, 1610, 1600), "304": (420, 430, 440)}

# id, name, offset in metres from the origin (x, y), places; one without coordinates
KITAS = [("K1", "Kita Hafenkante", 2500, 500, 80), ("K2", "Kita Altstadtmäuse", 900, 900, 45),
         ("K3", "Kita Heideweg", 5000, 2500, 60), ("K4", "Kita Süderfeld", 8500, 1500, 75),
         ("K5", "Kita Am Deich", None, None, 40), ("K6", "Kita Lindenau", 9000, 3000, 50)]


def main():
    shapefile("bezirke", [(square(2 * i, 0, 2, 2), [key, name]) for i, (key, name) in enumerate(BEZIRKE)],
              [("BEZ_NR", 3), ("BEZ_NAME", 30)])
    shapefile("stadtteile", [(square(c, r), [key, name]) for key, name, c, r in STADTTEILE],
              [("STT_NR", 3), ("STT_NAME", 30)])
    title = ["Stadtteilprofil Neustadt 2023 – Bevölkerung und Arbeitsmarkt"]
    header1 = ["Nr.", "Gebiet", "Einwohner", None, "Arbeitslose", "Einwohner unter 18 Jahren"]
    header2 = [None, None, "31.12.2022", "31.12.2023", "31.03.2023", "31.12.2023"]
    footer = ["Quelle: Statistikamt Neustadt. Zeichenerklärung: – genau null, . geheim, x gesperrt, … später"]
    rows = [title, header1, header2] + [list(row) for row in PROFILE] + [footer]
    xlsx("stadtteilprofil.xlsx", [("Profil 2023", rows, ["A1:F1", "C2:D2"])])
    with open("haushalte.csv", "w", encoding="utf-8") as f:
        f.write("Jahr;Stadtteil;Haushalte\n")
        for year_index, year in enumerate((2021, 2022, 2023)):
            for key, values in HAUSHALTE.items():
                f.write(f"{year};{key};{values[year_index]:,}\n".replace(",", "."))
    with open("kitas.csv", "w", encoding="utf-8") as f:
        f.write("id;name;rechtswert;hochwert;plaetze\n")
        for key, name, dx, dy, places in KITAS:
            x = "" if dx is None else f"{ZONE + ORIGIN_X + dx}"
            y = "" if dy is None else f"{ORIGIN_Y + dy}"
            f.write(f"{key};{name};{x};{y};{places}\n")


main()
