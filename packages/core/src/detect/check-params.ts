/** Parameter checks: invalid parameters are programming errors and throw RangeError naming the parameter. */
export function positive(name: string, value: number): number {
  if (!(Number.isFinite(value) && value > 0)) {
    throw new RangeError(`${name} must be a finite number above 0, got ${value}`);
  }
  return value;
}

export function nonNegative(name: string, value: number): number {
  if (!(Number.isFinite(value) && value >= 0)) {
    throw new RangeError(`${name} must be a finite number of at least 0, got ${value}`);
  }
  return value;
}

export function integerAtLeast(name: string, value: number, min: number): number {
  if (!(Number.isInteger(value) && value >= min)) {
    throw new RangeError(`${name} must be an integer of at least ${min}, got ${value}`);
  }
  return value;
}

/** A value in the interval (low, high]. */
export function inHalfOpen(name: string, value: number, low: number, high: number): number {
  if (!(value > low && value <= high))
    throw new RangeError(`${name} must be in (${low}, ${high}], got ${value}`);
  return value;
}

export function finiteCurrent(value: number): number {
  if (!Number.isFinite(value))
    throw new RangeError(`the current value must be a finite number, got ${value}`);
  return value;
}
