#!/usr/bin/env python3
"""Draws the labelled logos icon-stroke-border is calibrated on (Pillow): framed-*.{png,jpg}
have a stroke (描边) of 2–8 px round the image or its rounded shape, plain-*.{png,jpg} have
none. hard-framed-* and hard-plain-* are the known limits, which the rule judges wrongly. Run from anywhere; writes into this folder. The photos are crops of the libjpeg-turbo
and jpeg-decoder fixtures in ../jpeg (licences there)."""
import os
import random

from PIL import Image, ImageDraw, ImageFilter

HERE = os.path.dirname(os.path.abspath(__file__))
SIZE = 750
random.seed(11)

BLUE, RED, GREEN, ORANGE, NAVY, WHITE, GREY = (31, 111, 235), (220, 40, 40), (30, 160, 90), (245, 150, 20), (20, 40, 90), (255, 255, 255), (120, 120, 120)


def glyph(draw, colour, size=SIZE):
    """A white (or `colour`) house: roof, body and door, well inside the logo."""
    s = size / 750
    draw.polygon([(375 * s, 170 * s), (590 * s, 360 * s), (160 * s, 360 * s)], fill=colour)
    draw.rectangle([220 * s, 350 * s, 530 * s, 580 * s], fill=colour)


def gradient(colour_a, colour_b, kind, size=SIZE):
    """`colour_a` blending into `colour_b`: top to bottom, corner to corner, or centre outwards."""
    if kind == "vertical":
        mask = Image.linear_gradient("L").resize((size, size))
    elif kind == "diagonal":
        mask = Image.linear_gradient("L").resize((2 * size, 2 * size)).rotate(45).crop((size // 2, size // 2, size * 3 // 2, size * 3 // 2))
    else:
        mask = Image.radial_gradient("L").resize((size, size))
    return Image.composite(Image.new("RGB", (size, size), colour_b), Image.new("RGB", (size, size), colour_a), mask)


def photo(name, size=SIZE):
    source = Image.open(os.path.join(HERE, "..", "jpeg", name)).convert("RGB")
    side = min(source.size)
    return source.crop((0, 0, side, side)).resize((size, size), Image.BICUBIC)


def frame(image, width, colour, radius=0):
    """The stroke: `width` px of `colour` along the edge (or the rounded outline)."""
    draw = ImageDraw.Draw(image)
    if radius:
        draw.rounded_rectangle([0, 0, image.width - 1, image.height - 1], radius, outline=colour, width=width)
    else:
        draw.rectangle([0, 0, image.width - 1, image.height - 1], outline=colour, width=width)
    return image


def rounded(image, radius):
    """The picture cut to a rounded square on transparency (anti-aliased by 4× supersampling)."""
    mask = Image.new("L", (image.width * 4, image.height * 4), 0)
    ImageDraw.Draw(mask).rounded_rectangle([0, 0, mask.width - 1, mask.height - 1], radius * 4, fill=255)
    result = image.convert("RGBA")
    result.putalpha(mask.resize(image.size, Image.LANCZOS))
    return result


def rounded_with_stroke(fill, width, colour, radius, size=SIZE):
    """A rounded tile whose stroke follows the rounded outline, drawn 4× and reduced."""
    big = Image.new("RGBA", (size * 4, size * 4), (0, 0, 0, 0))
    draw = ImageDraw.Draw(big)
    draw.rounded_rectangle([0, 0, big.width - 1, big.height - 1], radius * 4, fill=colour)
    inset = width * 4
    draw.rounded_rectangle([inset, inset, big.width - 1 - inset, big.height - 1 - inset], max(0, radius - width) * 4, fill=fill)
    glyph(draw, WHITE, size * 4)
    return big.resize((size, size), Image.LANCZOS)


def flat(colour, size=SIZE, glyph_colour=WHITE):
    image = Image.new("RGB", (size, size), colour)
    glyph(ImageDraw.Draw(image), glyph_colour, size)
    return image


def save(image, name, quality=90):
    path = os.path.join(HERE, name)
    if name.endswith(".jpg"):
        image.convert("RGB").save(path, quality=quality)
    else:
        image.save(path, optimize=True)


def main():
    for old in os.listdir(HERE):
        if old.startswith(("framed-", "plain-", "hard-")):
            os.remove(os.path.join(HERE, old))
    # Unframed: flat tiles, rounded tiles, gradients, photos, white backgrounds, circles.
    for colour, tag in [(BLUE, "blue"), (RED, "red"), (NAVY, "navy")]:
        save(flat(colour), f"plain-tile-{tag}.png")
        save(flat(colour), f"plain-tile-{tag}.jpg", quality=75)
        save(rounded(flat(colour), 120), f"plain-rounded-{tag}.png")
    for kind, (a, b) in [("vertical", (BLUE, (120, 60, 200))), ("diagonal", (ORANGE, RED)), ("radial", ((90, 200, 255), NAVY))]:
        image = gradient(a, b, kind)
        glyph(ImageDraw.Draw(image), WHITE)
        save(image, f"plain-gradient-{kind}.png")
        save(image, f"plain-gradient-{kind}.jpg", quality=80)
        save(rounded(image, 150), f"plain-gradient-{kind}-rounded.png")
    for name in ["tower.jpg", "testorig.jpg"]:
        stem = name.split(".")[0]
        save(photo(name), f"plain-photo-{stem}.jpg", quality=85)
        save(rounded(photo(name, 375), 80), f"plain-photo-{stem}-rounded-375.png")
    white = Image.new("RGB", (SIZE, SIZE), WHITE)
    ImageDraw.Draw(white).ellipse([40, 40, 710, 710], fill=BLUE)
    glyph(ImageDraw.Draw(white), WHITE)
    save(white, "plain-white-circle.png")
    save(white, "plain-white-circle.jpg")
    circle = Image.new("RGBA", (SIZE * 4, SIZE * 4), (0, 0, 0, 0))
    ImageDraw.Draw(circle).ellipse([0, 0, SIZE * 4 - 1, SIZE * 4 - 1], fill=GREEN)
    glyph(ImageDraw.Draw(circle), WHITE, SIZE * 4)
    save(circle.resize((SIZE, SIZE), Image.LANCZOS), "plain-circle.png")
    noise = Image.effect_noise((SIZE, SIZE), 60).convert("RGB").filter(ImageFilter.GaussianBlur(3))
    save(Image.blend(noise, flat(GREEN), 0.5), "plain-noisy-tile.jpg", quality=80)
    save(flat(BLUE, 180), "plain-tile-blue-180.png")

    # Framed: a stroke of 2–8 px round the edge or the rounded shape.
    for width in (2, 4, 6, 8):
        save(frame(flat(BLUE), width, NAVY), f"framed-tile-{width}px.png")
        save(frame(flat(BLUE), width, WHITE), f"framed-tile-white-{width}px.jpg", quality=90)
        save(frame(flat(RED), width, ORANGE), f"framed-tile-orange-{width}px.jpg", quality=75)
        save(rounded_with_stroke(BLUE, width, NAVY, 120), f"framed-rounded-{width}px.png")
        save(rounded_with_stroke(GREEN, width, WHITE, 150), f"framed-rounded-white-{width}px.png")
    for kind, (a, b) in [("vertical", (BLUE, (120, 60, 200))), ("radial", ((90, 200, 255), NAVY))]:
        image = gradient(a, b, kind)
        glyph(ImageDraw.Draw(image), WHITE)
        save(frame(image.copy(), 4, WHITE), f"framed-gradient-{kind}-4px.png")
        save(frame(image.copy(), 6, ORANGE), f"framed-gradient-{kind}-6px.jpg", quality=80)
    for name, width in [("tower.jpg", 3), ("testorig.jpg", 8)]:
        save(frame(photo(name), width, WHITE), f"framed-photo-{name.split('.')[0]}-{width}px.jpg", quality=85)
    white = Image.new("RGB", (SIZE, SIZE), WHITE)
    ImageDraw.Draw(white).ellipse([60, 60, 690, 690], fill=BLUE)
    frame(white, 5, GREY)
    save(white, "framed-white-circle-5px.png")
    save(white, "framed-white-circle-5px.jpg")
    save(frame(flat(BLUE, 180), 2, NAVY), "framed-tile-blue-180-2px.png")

    # Known limits. A white margin thinner than a stroke may be round a tile on an opaque
    # canvas: taken for a stroke. A stroke of the colour the picture's edge already has: missed.
    margin = Image.new("RGB", (SIZE, SIZE), WHITE)
    margin.paste(flat(BLUE, SIZE - 24), (12, 12))
    save(margin, "hard-plain-white-margin-12px.png")
    edge = gradient((90, 200, 255), NAVY, "radial")
    glyph(ImageDraw.Draw(edge), WHITE)
    save(frame(edge, 6, NAVY), "hard-framed-edge-colour-6px.jpg", quality=80)


if __name__ == "__main__":
    main()
