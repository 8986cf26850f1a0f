#!/usr/bin/env python3
"""Writes pixels.json: for each 8-bit fixture, RGB samples on a 5×5 grid as Pillow decodes them
(Pillow bundles its own libjpeg-turbo build), so the tests check the system libjpeg's output
against an independent decode within a small tolerance. monkey12.jpg (12-bit) is not decoded."""
import json
import os
from PIL import Image

os.chdir(os.path.dirname(os.path.abspath(__file__)))
reference = {}
for name in sorted(n for n in os.listdir(".") if n.endswith(".jpg") and n != "monkey12.jpg"):
    image = Image.open(name).convert("RGB")
    width, height = image.size
    points = [(width * i // 5 + width // 10, height * j // 5 + height // 10) for j in range(5) for i in range(5)]
    reference[name] = {"width": width, "height": height,
                       "samples": [[x, y, *image.getpixel((x, y))] for x, y in points]}
with open("pixels.json", "w") as out:
    out.write("{\n" + ",\n".join(f" {json.dumps(name)}: {json.dumps(entry)}" for name, entry in reference.items()) + "\n}\n")
