"""Colour arithmetic for readable colours: WCAG 2 contrast and CIE L*a*b* distance.

The article view (:mod:`analysis.display`) writes its labels in :func:`text_colour` of their
background — black or white, whichever contrasts more — so every label reaches the contrast
WCAG 2 asks of normal text (4.5:1; :data:`MIN_CONTRAST`); any background allows it, since
the better of black and white is always at least 4.58:1. :func:`colour_distance` (CIE76 ΔE)
measures how far apart two colours of one vocabulary look.
"""

from __future__ import annotations

import math

#: WCAG 2 (success criterion 1.4.3, level AA): contrast of normal text against its background.
MIN_CONTRAST = 4.5
BLACK, WHITE = "#000000", "#ffffff"


def _rgb(colour: str) -> tuple[float, float, float]:
    """``#rrggbb`` or ``#rgb`` as three fractions in [0, 1]."""
    text = colour.strip().lstrip("#")
    if len(text) == 3:
        text = "".join(c * 2 for c in text)
    if len(text) != 6 or any(c not in "0123456789abcdefABCDEF" for c in text):
        raise ValueError(f"not a #rrggbb colour: {colour!r}")
    r, g, b = (int(text[i:i + 2], 16) / 255 for i in (0, 2, 4))
    return r, g, b


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of an sRGB colour: 0 for black, 1 for white."""
    r, g, b = (_linear(c) for c in _rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2 contrast ratio of two colours, from 1 (equal) to 21 (black on white)."""
    light, dark = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def text_colour(background: str) -> str:
    """Black or white, whichever contrasts more with ``background``."""
    if contrast_ratio(BLACK, background) >= contrast_ratio(WHITE, background):
        return BLACK
    return WHITE


def _lab(colour: str) -> tuple[float, float, float]:
    """CIE L*a*b* (D65) of an sRGB colour."""
    r, g, b = (_linear(c) for c in _rgb(colour))
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return math.copysign(abs(t) ** (1 / 3), t) if t > 0.008856 else 7.787 * t + 16 / 116

    fx, fy, fz = f(x), f(y), f(z)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def colour_distance(first: str, second: str) -> float:
    """CIE76 ΔE between two colours: about 2.3 is just noticeable, above 30 they read as
    different colours at a glance."""
    return math.dist(_lab(first), _lab(second))
