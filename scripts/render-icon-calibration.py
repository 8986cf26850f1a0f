#!/usr/bin/env python3
"""Renders the icon-line-style calibration set: real icon families, labelled line or filled by
the family's own naming (MDI `-outline`, Octicons `-fill`, Heroicons outline/solid, Tabler
outline/filled, Font Awesome regular/solid, Bootstrap Icons `-fill`, Phosphor regular and bold
/ fill, Google's Material Icons outlined/filled, Ionicons `-outline`, Remix `-line`/`-fill`;
Lucide and Breeze draw only lines; Papirus app icons and the tiles drawn here are filled), at
180×180 in a brand blue on transparent and on white, at the family's own margin and in a
120 px glyph box, at several stroke weights.

Families are split by name: the heuristic is tuned on TUNING_FAMILIES and judged on the rest.

The committed subset leaves out the families that may not be redistributed and gets the
others' licences in LICENSES/. Needs cairosvg (PyPI; Pillow, if present, recompresses the
subset) and the icon packages, unpacked by `--fetch` into the work folder:
  PyPI: see PYPI_PACKAGES
  Debian: breeze-icon-theme, papirus-icon-theme (read from /usr/share/icons)

    python3 scripts/render-icon-calibration.py --fetch --work /tmp/icon-calibration OUT_DIR
    python3 scripts/render-icon-calibration.py --work /tmp/icon-calibration --subset 3 FIXTURE_DIR

OUT_DIR gets <family>/<concept>-<glyph style>-<variant>.png and labels.tsv (file, family,
split, label, sample: `popular` for the everyday concepts of POPULAR_CONCEPTS, else `even`).
`--subset N` keeps N concepts a family, spread over its even sample, at fewer variants, for
the committed fixtures.
"""
import argparse
import glob
import io
import os
import re
import subprocess
import sys
import tarfile
import zipfile
import xml.etree.ElementTree as ET

import cairosvg

SVG_NS = "http://www.w3.org/2000/svg"
ET.register_namespace("", SVG_NS)
ET.register_namespace("xlink", "http://www.w3.org/1999/xlink")

SIZE = 180
BLUE = "#1E6FFF"
TUNING_FAMILIES = {"mdi", "octicons", "lucide", "tile-mdi"}
PYPI_PACKAGES = ["material-design-icons-pack", "octicons-pack", "lucide", "heroicons", "pytablericons", "fontawesomefree",
                 "django-js-lib-bootstrap-icons", "justmyresource-phosphor", "justmyresource-material-icons", "ionicons-python",
                 "django-static-remixicon"]
# Concepts a family: an even sample over the sorted names, so no icon is chosen by how it looks.
CONCEPTS = 40
# Copyleft (Breeze LGPL-3+, Papirus GPL-3) or not open source (the Remix Icon License forbids
# redistributing the icons as such): in the full set only, never in the committed subset.
UNREDISTRIBUTABLE_FAMILIES = {"breeze", "papirus", "remix"}
LUCIDE_LICENSE = """ISC License

Copyright (c) for portions of Lucide are held by Cole Bemis 2013-2022 as part of Feather (MIT).
All other copyright (c) for Lucide are held by Lucide Contributors 2022.

Permission to use, copy, modify, and/or distribute this software for any purpose with or without
fee is hereby granted, provided that the above copyright notice and this permission notice appear
in all copies.

THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES WITH REGARD TO THIS
SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE
AUTHOR BE LIABLE FOR ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES
WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN ACTION OF CONTRACT,
NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF OR IN CONNECTION WITH THE USE OR PERFORMANCE
OF THIS SOFTWARE.
"""


def even_sample(names, count):
    names = sorted(names)
    if len(names) <= count:
        return names
    return [names[i * len(names) // count] for i in range(count)]


# Everyday concepts, as families name them; the first name a family has of each is added to its
# sample (labels.tsv marks them `popular`), as a reviewer's set of common service icons would be.
POPULAR_CONCEPTS = [["home", "house"], ["user", "person", "account"], ["cog", "gear", "settings", "gear-six"],
                    ["search", "magnifying-glass", "magnify"], ["bell", "notifications"], ["heart", "favorite"], ["star"],
                    ["mail", "envelope", "email"], ["calendar"], ["chat", "message", "chatbubble", "comment"],
                    ["trash", "trash-can", "delete"], ["camera"], ["lock"], ["folder"], ["file", "document", "description"],
                    ["phone", "call", "telephone"]]


def stem(name):
    return os.path.basename(name)[:-4] if name.endswith(".svg") else name


def sample(family, names):
    """The family's even sample, then the popular concepts it has that the sample left out."""
    names = list(names)
    chosen = even_sample(names, CONCEPTS)
    by_stem = dict((stem(n), n) for n in names)
    for synonyms in POPULAR_CONCEPTS:
        found = next((by_stem[s] for s in synonyms if s in by_stem), None)
        if found is not None:
            POPULAR.add((family, stem(found)))
            if found not in chosen:
                chosen.append(found)
                ADDED.add((family, stem(found)))
    return chosen


# (family, concept) of the POPULAR_CONCEPTS that families have, and of those outside the even samples.
POPULAR, ADDED = set(), set()


def fetch(work):
    os.makedirs(os.path.join(work, "wheels"), exist_ok=True)
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-d", os.path.join(work, "wheels")] + PYPI_PACKAGES, check=True)
    for wheel in glob.glob(os.path.join(work, "wheels", "*.whl")):
        name = os.path.basename(wheel).split("-")[0]
        zipfile.ZipFile(wheel).extractall(os.path.join(work, name))
    # ionicons-python comes as a source archive only.
    for archive in glob.glob(os.path.join(work, "wheels", "*.tar.gz")):
        name = os.path.basename(archive).split("-")[0]
        with tarfile.open(archive) as tar:
            tar.extractall(os.path.join(work, name), filter="data")


def sources(work):
    """(family, label, concept, svg text, stroke-scalable) for every icon of the sample."""
    sys.path.insert(0, os.path.join(work, "material_design_icons_pack"))
    sys.path.insert(0, os.path.join(work, "octicons_pack"))
    import material_design_icons_pack as mdi
    import octicons_pack as octicons

    stub = os.path.join(work, "material_design_icons_pack", "material_design_icons_pack", "__init__.pyi")
    mdi_names = [n.lower().replace("_", "-") for n in re.findall(r"^(\w+): Final", open(stub).read(), re.M)]
    mdi_set = set(mdi_names)
    pairs = [n[: -len("-outline")] for n in mdi_names if n.endswith("-outline") and n[: -len("-outline")] in mdi_set]
    for concept in sample("mdi", pairs):
        yield "mdi", "filled", concept, mdi.get_icon(concept).svg, False
        yield "mdi", "line", concept, mdi.get_icon(concept + "-outline").svg, False

    stub = os.path.join(work, "octicons_pack", "octicons_pack", "__init__.pyi")
    octicon_names = set(n.lower().replace("_", "-") for n in re.findall(r"^(\w+): Final", open(stub).read(), re.M))
    pairs = [n[: -len("-fill-24")] for n in octicon_names if n.endswith("-fill-24") and n.replace("-fill-24", "-24") in octicon_names]
    for concept in sample("octicons", pairs):
        yield "octicons", "filled", concept, octicons.get_icon(concept + "-fill-24").svg, False
        yield "octicons", "line", concept, octicons.get_icon(concept + "-24").svg, False

    lucide = zipfile.ZipFile(os.path.join(work, "lucide", "lucide", "lucide.zip"))
    for name in sample("lucide", [n for n in lucide.namelist() if n.endswith(".svg")]):
        yield "lucide", "line", name[:-4], lucide.read(name).decode(), True

    heroicons = zipfile.ZipFile(os.path.join(work, "heroicons", "heroicons", "heroicons.zip"))
    names = set(heroicons.namelist())
    pairs = [n[len("outline/"):] for n in names if n.startswith("outline/") and "solid/" + n[len("outline/"):] in names]
    for name in sample("heroicons", pairs):
        yield "heroicons", "filled", name[:-4], heroicons.read("solid/" + name).decode(), False
        yield "heroicons", "line", name[:-4], heroicons.read("outline/" + name).decode(), True

    tabler = os.path.join(work, "pytablericons", "pytablericons", "icons")
    pairs = [os.path.basename(p) for p in glob.glob(os.path.join(tabler, "filled", "*.svg")) if os.path.exists(os.path.join(tabler, "outline", os.path.basename(p)))]
    for name in sample("tabler", pairs):
        yield "tabler", "filled", name[:-4], open(os.path.join(tabler, "filled", name)).read(), False
        yield "tabler", "line", name[:-4], open(os.path.join(tabler, "outline", name)).read(), True

    awesome = os.path.join(work, "fontawesomefree", "fontawesomefree", "static", "fontawesomefree", "svgs")
    pairs = [os.path.basename(p) for p in glob.glob(os.path.join(awesome, "regular", "*.svg")) if os.path.exists(os.path.join(awesome, "solid", os.path.basename(p)))]
    for name in sample("fontawesome", pairs):
        yield "fontawesome", "filled", name[:-4], open(os.path.join(awesome, "solid", name)).read(), False
        yield "fontawesome", "line", name[:-4], open(os.path.join(awesome, "regular", name)).read(), False

    bootstrap = os.path.join(work, "django_js_lib_bootstrap_icons", "js_lib_bootstrap_icons", "static", "bootstrap-icons")
    pairs = [os.path.basename(p)[: -len("-fill.svg")] for p in glob.glob(os.path.join(bootstrap, "*-fill.svg"))
             if os.path.exists(p.replace("-fill.svg", ".svg"))]
    for concept in sample("bootstrap", pairs):
        yield "bootstrap", "filled", concept, open(os.path.join(bootstrap, concept + "-fill.svg")).read(), False
        yield "bootstrap", "line", concept, open(os.path.join(bootstrap, concept + ".svg")).read(), False

    # Phosphor draws each glyph in weights (thin, light, regular, bold) and as fill; regular and
    # bold stand for its line icons' stroke weights.
    phosphor = zipfile.ZipFile(os.path.join(work, "justmyresource_phosphor", "justmyresource_phosphor", "icons.zip"))
    names = set(phosphor.namelist())
    pairs = [n[len("regular/"):-4] for n in names if n.startswith("regular/")
             and "fill/%s-fill.svg" % n[len("regular/"):-4] in names and "bold/%s-bold.svg" % n[len("regular/"):-4] in names]
    for concept in sample("phosphor", pairs):
        yield "phosphor", "filled", concept, phosphor.read("fill/%s-fill.svg" % concept).decode(), False
        yield "phosphor", "line", concept, phosphor.read("regular/%s.svg" % concept).decode(), False
        for chosen in (POPULAR, ADDED):
            if ("phosphor", concept) in chosen:
                chosen.add(("phosphor", concept + "-bold"))
        yield "phosphor", "line", concept + "-bold", phosphor.read("bold/%s-bold.svg" % concept).decode(), False

    # Google's Material Icons: `outlined` repeats the filled glyph where a concept has no outline
    # drawing; only concepts whose outlined paths differ (the invisible padding square aside) are pairs.
    material = zipfile.ZipFile(os.path.join(work, "justmyresource_material_icons", "justmyresource_material_icons", "icons.zip"))
    names = set(material.namelist())
    def drawn(name):
        return sorted(re.findall(r'<path d="([^"]+)"(?! fill="none")', material.read(name).decode()))
    pairs = [n[len("filled/"):-4] for n in names if n.startswith("filled/") and "outlined/" + n[len("filled/"):] in names
             and drawn(n) != drawn("outlined/" + n[len("filled/"):])]
    for concept in sample("material", pairs):
        yield "material", "filled", concept, material.read("filled/%s.svg" % concept).decode(), False
        yield "material", "line", concept, material.read("outlined/%s.svg" % concept).decode(), False

    # Ionicons: `name` is filled, `name-outline` its line drawing (strokes, in black).
    ionicons = glob.glob(os.path.join(work, "ionicons_python", "ionicons_python-*", "ionicons_python", "icons"))[0]
    pairs = [os.path.basename(p)[: -len("-outline.svg")] for p in glob.glob(os.path.join(ionicons, "*-outline.svg"))
             if os.path.exists(p.replace("-outline.svg", ".svg"))]
    black = re.compile(r"#000(000)?\b")
    for concept in sample("ionicons", pairs):
        yield "ionicons", "filled", concept, black.sub("currentColor", open(os.path.join(ionicons, concept + ".svg")).read()), False
        yield "ionicons", "line", concept, black.sub("currentColor", open(os.path.join(ionicons, concept + "-outline.svg")).read()), True

    # Remix Icon: `-line` and `-fill` symbols of one sprite.
    sprite = open(os.path.join(work, "django_static_remixicon", "django_static_remixicon", "static", "remixicon", "remixicon.symbol.svg")).read()
    symbols = dict((name, (box, body)) for box, name, body in re.findall(r'<symbol viewBox="([^"]+)" id="ri-([^"]+)">(.*?)</symbol>', sprite))
    pairs = [n[: -len("-line")] for n in symbols if n.endswith("-line") and n[: -len("-line")] + "-fill" in symbols]
    for concept in sample("remix", pairs):
        for label, suffix in (("filled", "-fill"), ("line", "-line")):
            box, body = symbols[concept + suffix]
            yield "remix", label, concept, '<svg xmlns="%s" viewBox="%s">%s</svg>' % (SVG_NS, box, body), False

    breeze = [p for p in glob.glob("/usr/share/icons/breeze/actions/22/*.svg") if not os.path.islink(p)]
    for path in even_sample(breeze, CONCEPTS):
        yield "breeze", "line", os.path.basename(path)[:-4], open(path).read().replace("#232629", BLUE), False

    papirus = [p for p in glob.glob("/usr/share/icons/Papirus/64x64/apps/*.svg") if not os.path.islink(p)]
    for path in even_sample(papirus, CONCEPTS):
        yield "papirus", "filled", os.path.basename(path)[:-4], open(path).read(), False


def write_licenses(work, out):
    """The licence of every family in the committed subset, into OUT/LICENSES."""
    folder = os.path.join(out, "LICENSES")
    os.makedirs(folder, exist_ok=True)
    copies = {
        "mdi.txt": glob.glob(os.path.join(work, "material_design_icons_pack", "*", "licenses", "LICENSE")),
        "octicons.txt": glob.glob(os.path.join(work, "octicons_pack", "*", "licenses", "LICENSE")),
        "tabler.txt": glob.glob(os.path.join(work, "pytablericons", "*.dist-info", "LICENSE")),
        "fontawesome.txt": glob.glob(os.path.join(work, "fontawesomefree", "*", "static", "fontawesomefree", "js-packages",
                                                  "@fortawesome", "fontawesome-free", "LICENSE.txt")),
        "bootstrap.txt": glob.glob(os.path.join(work, "django_js_lib_bootstrap_icons", "*.dist-info", "LICENSE")),
        "phosphor.txt": glob.glob(os.path.join(work, "justmyresource_phosphor", "*.dist-info", "licenses", "LICENSES", "PHOSPHOR-LICENSE")),
        "material.txt": glob.glob(os.path.join(work, "justmyresource_material_icons", "*.dist-info", "licenses", "LICENSES", "MATERIAL-ICONS-LICENSE")),
    }
    for name, paths in copies.items():
        with open(os.path.join(folder, name), "w") as target:
            target.write(open(paths[0]).read())
    # The PyPI wrappers of Lucide, Heroicons and Ionicons carry their own code's licence only.
    mit = open(copies["octicons.txt"][0]).read()
    for name, holder in (("heroicons.txt", "Tailwind Labs, Inc."), ("ionicons.txt", "2015-present Ionic (http://ionic.io/)")):
        with open(os.path.join(folder, name), "w") as target:
            target.write(mit.replace("Copyright (c) 2026 GitHub Inc.", "Copyright (c) " + holder))
    with open(os.path.join(folder, "lucide.txt"), "w") as target:
        target.write(LUCIDE_LICENSE)


def glyph(svg_text, x, y, box, colour, stroke_scale):
    """The icon's root <svg> placed in a box×box square at (x, y), drawn in `colour`."""
    svg_text = re.sub(r"<!--.*?-->", "", svg_text, flags=re.S)
    root = ET.fromstring(svg_text)
    if "viewBox" not in root.attrib:
        root.set("viewBox", "0 0 %s %s" % (root.get("width", "24"), root.get("height", "24")))
    root.set("x", str(x))
    root.set("y", str(y))
    root.set("width", str(box))
    root.set("height", str(box))
    if stroke_scale != 1:
        for element in root.iter():
            if "stroke-width" in element.attrib:
                element.set("stroke-width", "%g" % (float(element.get("stroke-width")) * stroke_scale))
            if "stroke-width:" in element.get("style", ""):
                element.set("style", re.sub(r"stroke-width:([\d.]+)", lambda m: "stroke-width:%g" % (float(m.group(1)) * stroke_scale),
                                            element.get("style")))
    return '<g fill="%s" color="%s" style="color:%s">%s</g>' % (colour, colour, colour, ET.tostring(root, encoding="unicode"))


def tile(shape, colour):
    """A tile the glyph stands on: its shape element, and a gradient definition if any."""
    if shape == "rounded":
        return '<rect x="8" y="8" width="164" height="164" rx="40" fill="%s"/>' % colour
    if shape == "circle":
        return '<circle cx="90" cy="90" r="84" fill="%s"/>' % colour
    if shape == "gradient":
        return ('<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#4FA3FF"/>'
                '<stop offset="1" stop-color="%s"/></linearGradient></defs><rect x="4" y="4" width="172" height="172" rx="36" fill="url(#g)"/>' % colour)
    return '<rect x="0" y="0" width="180" height="180" fill="%s"/>' % colour


def document(body, background):
    paper = '<rect width="180" height="180" fill="#FFFFFF"/>' if background == "white" else ""
    return '<svg xmlns="%s" width="%d" height="%d" viewBox="0 0 %d %d">%s%s</svg>' % (SVG_NS, SIZE, SIZE, SIZE, SIZE, paper, body)


def variants(stroke_scalable, subset):
    """(variant name, background, body builder): backgrounds × margins × stroke weights; the
    committed subset keeps two of them, and a heavier stroke where the family has strokes."""
    margins = {"natural": (0, 180), "box120": (30, 120)}
    if subset is None:
        weights = [0.75, 1.0, 1.25] if stroke_scalable else [1.0]
        chosen = [(background, margin, weight) for background in ["transparent", "white"] for margin in margins for weight in weights]
    else:
        chosen = [("transparent", "natural", 1.0), ("white", "box120", 1.0)] + ([("white", "natural", 1.25)] if stroke_scalable else [])
    for background, margin, weight in chosen:
        offset, box = margins[margin]
        name = "%s-%s" % (background, margin) + ("" if weight == 1.0 else "-w%g" % weight)
        yield name, background, (lambda svg, o=offset, b=box, w=weight: glyph(svg, o, o, b, BLUE, w))


def tile_variants(subset):
    """Each tile shape on transparency and on white; the committed subset keeps four."""
    shapes = ["rounded", "circle", "gradient", "fullbleed"]
    chosen = [(background, shape) for background in ["transparent", "white"] for shape in shapes] if subset is None \
        else [("transparent", "rounded"), ("white", "circle"), ("white", "gradient"), ("white", "fullbleed")]
    for background, shape in chosen:
        yield "%s-%s" % (background, shape), background, (lambda svg, s=shape: tile(s, BLUE) + glyph(svg, 40, 40, 100, "#FFFFFF", 1.0))


def smaller_png(png):
    """The same pixels, recompressed by Pillow's optimizer when it is installed (a sixth smaller)."""
    try:
        from PIL import Image
    except ImportError:
        return png
    out = io.BytesIO()
    Image.open(io.BytesIO(png)).save(out, "PNG", optimize=True)
    return out.getvalue()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out")
    parser.add_argument("--work", required=True, help="folder for the downloaded and unpacked icon packages")
    parser.add_argument("--fetch", action="store_true", help="download the PyPI icon packages into --work first")
    parser.add_argument("--subset", type=int, help="concepts a family for the committed fixtures")
    args = parser.parse_args()
    if args.fetch:
        fetch(args.work)
    os.makedirs(args.out, exist_ok=True)
    rows = []
    concepts = {}
    for family, label, concept, svg, stroke_scalable in sources(args.work):
        if args.subset is not None and family in UNREDISTRIBUTABLE_FAMILIES:
            continue
        # The committed subset draws on the even samples only.
        if args.subset is not None and (family, concept) in ADDED:
            continue
        order = concepts.setdefault(family, [])
        if concept not in order:
            order.append(concept)
        # The subset: every (CONCEPTS / N)th concept of the family's sample, so it spans the alphabet.
        if args.subset is not None and order.index(concept) % -(-CONCEPTS // args.subset) != 0:
            continue
        renders = [(family, label, variants(stroke_scalable, args.subset))]
        # Every glyph of MDI (tuning) and Tabler (held out) also stands, in white, on the tiles;
        # the subset keeps the line glyphs there, the harder case.
        if family in ("mdi", "tabler") and (args.subset is None or label == "line"):
            renders.append(("tile-" + family, "filled", tile_variants(args.subset)))
        for out_family, out_label, builds in renders:
            os.makedirs(os.path.join(args.out, out_family), exist_ok=True)
            for variant, background, build in builds:
                file = "%s/%s-%s-%s.png" % (out_family, concept, label, variant)
                png = cairosvg.svg2png(bytestring=document(build(svg), background).encode())
                with open(os.path.join(args.out, file), "wb") as target:
                    target.write(smaller_png(png) if args.subset is not None else png)
                split = "tuning" if out_family in TUNING_FAMILIES else "heldout"
                rows.append((file, out_family, split, out_label, "popular" if (family, concept) in POPULAR else "even"))
    with open(os.path.join(args.out, "labels.tsv"), "w") as labels:
        labels.write("file\tfamily\tsplit\tlabel\tsample\n")
        for row in rows:
            labels.write("\t".join(row) + "\n")
    if args.subset is not None:
        write_licenses(args.work, args.out)
    print("%d icons in %s" % (len(rows), args.out))


if __name__ == "__main__":
    main()
