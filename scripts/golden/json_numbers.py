"""JSON-safe numbers for the golden generators: JSON has no NaN or Infinity, so they become null."""

import math

import numpy as np


def num(x):
    """A JSON-safe float: None for None, NaN and infinities."""
    if x is None:
        return None
    x = float(x)
    return x if math.isfinite(x) else None


def floats(a):
    return [num(v) for v in np.asarray(a, dtype=float).ravel()]
