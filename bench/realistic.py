"""Realistic generated evidence for the benchmarks, and the helpers that keep the figures honest.

Images look like what advisers receive: 1080x2340 phone chat screenshots (status bar, chat
wallpaper, text bubbles, a shared photo; PNG as phones save them, about 400 KB), 1920x1080
desktop screenshots and 12 MP phone photos (JPEG, about 8 MB). Flat colour plus a block of
noise decodes twice as fast as a real screenshot, so these are drawn with text and a
photo-like region whose texture costs what a real photo costs.

Ratios are timed paired and alternating (A, B, B, A, ...) and reported as medians, because
this machine is shared and its speed drifts within one run.
"""

from __future__ import annotations

import io
import random
import statistics
import time
from collections.abc import Callable
from functools import cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONTS = Path(__file__).resolve().parent.parent / "resources" / "fonts"
WORDS = (  # noqa: SIM905 - easier to read as prose
    "hoi waar ben je nu ik heb die foto gezien iedereen in de klas heeft hem al stuur hem "
    "niet door dat is echt niet oke wie heeft dit gedaan haha kijk dan morgen na school bij "
    "het plein ik zeg het tegen mentor nee doe dat niet anders zet ik alles online snap je"
).split()


@cache
def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(str(FONTS / name), size)


def _photo(
    size: tuple[int, int], rng: random.Random, grain: float, weight: float = 0.12
) -> Image.Image:
    """Photo-like: smooth shapes and colour from a tiny random image, plus sensor grain."""
    small = Image.frombytes("RGB", (8, 6), rng.randbytes(8 * 6 * 3))
    base = small.resize(size, Image.Resampling.BICUBIC)
    detail = Image.frombytes(
        "RGB", (size[0] // 16, size[1] // 16), rng.randbytes((size[0] // 16) * (size[1] // 16) * 3)
    ).resize(size, Image.Resampling.BICUBIC)
    image = Image.blend(base, detail, 0.25)
    noise = Image.effect_noise(size, grain).convert("RGB")
    return Image.blend(image, noise, weight).filter(ImageFilter.SMOOTH)


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words))


def chat_screenshot(seed: int, width: int = 1080, height: int = 2340) -> bytes:
    """A phone chat screenshot: about 400 KB of PNG at the phone's own compression."""
    rng = random.Random(seed)
    image = Image.new("RGB", (width, height), (236, 229, 221))
    draw = ImageDraw.Draw(image)
    # Chat wallpaper doodles: what makes real chat screenshots compress worse than flat colour.
    for _ in range(60):
        x, y = rng.randrange(width), rng.randrange(height)
        r = rng.randrange(8, 30)
        shade = rng.randrange(215, 232)
        draw.ellipse((x, y, x + r, y + r), outline=(shade, shade - 5, shade - 12), width=2)
    draw.rectangle((0, 0, width, 80), fill=(7, 94, 84))
    draw.text(
        (40, 22), f"{rng.randrange(7, 23)}:{rng.randrange(60):02d}", (255, 255, 255), _font(34)
    )
    draw.rectangle((0, 80, width, 230), fill=(18, 140, 126))
    draw.ellipse((30, 105, 130, 205), fill=(rng.randrange(256), 150, 160))
    draw.text(
        (160, 120),
        f"Klas {rng.randrange(1, 6)}{rng.choice('abc')} 🙂"[:8],
        (255, 255, 255),
        _font(44, True),
    )
    draw.text((160, 175), "online", (220, 240, 235), _font(30))
    y = 260
    photo_at = rng.randrange(2, 6)
    index = 0
    while y < height - 300:
        mine = rng.random() < 0.45
        if index == photo_at:
            photo = _photo((760, 440), rng, 30, 0.03)
            x = width - 820 if mine else 40
            draw.rounded_rectangle(
                (x - 10, y - 10, x + 770, y + 500),
                24,
                fill=(220, 248, 198) if mine else (255, 255, 255),
            )
            image.paste(photo, (x, y))
            draw.text((x + 640, y + 455), "21:14", (120, 120, 120), _font(24))
            y += 540
        else:
            lines = [_text(rng, rng.randrange(3, 7)) for _ in range(rng.randrange(1, 4))]
            font = _font(38)
            box_w = min(840, 60 + max(int(draw.textlength(line, font=font)) for line in lines))
            box_h = 40 + 50 * len(lines) + 30
            x = width - box_w - 40 if mine else 40
            draw.rounded_rectangle(
                (x, y, x + box_w, y + box_h), 24, fill=(220, 248, 198) if mine else (255, 255, 255)
            )
            for n, line in enumerate(lines):
                draw.text((x + 30, y + 25 + 50 * n), line, (30, 30, 30), font)
            draw.text(
                (x + box_w - 110, y + box_h - 40),
                f"21:{rng.randrange(60):02d}",
                (120, 120, 120),
                _font(24),
            )
            y += box_h + 30
        index += 1
    draw.rectangle((0, height - 160, width, height), fill=(240, 240, 240))
    draw.rounded_rectangle((30, height - 140, width - 160, height - 40), 50, fill=(255, 255, 255))
    draw.text((80, height - 115), "Bericht", (150, 150, 150), _font(36))
    out = io.BytesIO()
    image.save(out, "PNG")  # zlib level 6, as Android and iOS save screenshots
    return out.getvalue()


def desktop_screenshot(seed: int, width: int = 1920, height: int = 1080) -> bytes:
    """A full-HD desktop screenshot: browser chrome, a social-media page with text and a photo."""
    rng = random.Random(seed)
    image = Image.new("RGB", (width, height), (250, 250, 250))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, width, 90), fill=(222, 225, 230))
    draw.rounded_rectangle((200, 45, 1400, 80), 16, fill=(255, 255, 255))
    draw.text((230, 50), f"https://www.instagram.com/nep.account.{seed}/", (60, 60, 60), _font(20))
    draw.rectangle((0, 90, 300, height), fill=(244, 244, 246))
    for n in range(12):
        draw.text((40, 130 + 60 * n), _text(rng, 2), (40, 40, 40), _font(22))
    image.paste(_photo((620, 620), rng, 40, 0.05), (380, 160))
    for n in range(18):
        draw.text((1050, 170 + 42 * n), _text(rng, rng.randrange(4, 9)), (30, 30, 30), _font(22))
    draw.rectangle((1880, 90, width, height), fill=(230, 230, 230))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def phone_photo(seed: int, width: int = 4000, height: int = 3000) -> bytes:
    """A 12 MP phone photo as the camera saves it: JPEG quality 95, about 8 MB."""
    rng = random.Random(seed)
    image = _photo((width, height), rng, 120, 0.45)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=95)
    return out.getvalue()


# -- timing -----------------------------------------------------------------------------------
def alternating(*sides: Callable[[], float], rounds: int = 5) -> list[list[float]]:
    """Times the sides in turn, forwards then backwards (A B C, C B A, ...), so drift in the
    machine's speed hits every side alike; each callable returns its own seconds (so it can
    leave its setup out). Returns ``rounds`` figures per side."""
    times: list[list[float]] = [[] for _ in sides]
    for n in range(rounds):
        order = list(enumerate(sides))
        if n % 2:
            order.reverse()
        for index, fn in order:
            times[index].append(fn())
    return times


def ratio(a: list[float], b: list[float]) -> float:
    """The median of the per-round ratios a/b (each round's pair ran back to back)."""
    return statistics.median(x / y for x, y in zip(a, b, strict=True))


def spread(values: list[float]) -> str:
    return (
        f"median {statistics.median(values):.2f} s (min {min(values):.2f}, max {max(values):.2f})"
    )


def stopwatch(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start
