/**
 * For each value of an ascending array of 2 or more, the value minus the median of the others (numpy.median of the
 * array without it): the error of predicting a point by its group's median, without the point's own pull on it.
 */
export function leaveOneOutResiduals(sorted: Float64Array): Float64Array {
  const rest = sorted.length - 1;
  const at = (position: number, removed: number) => sorted[position < removed ? position : position + 1]!;
  return sorted.map((value, j) => {
    const half = rest >> 1;
    const others = rest % 2 === 1 ? at(half, j) : (at(half - 1, j) + at(half, j)) / 2;
    return value - others;
  });
}
