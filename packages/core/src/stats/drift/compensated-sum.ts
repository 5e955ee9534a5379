/** Neumaier's compensated summation: the total of many terms with one rounding's error instead of one per term. */
export class CompensatedSum {
  private sum = 0;
  private compensation = 0;

  add(term: number): void {
    const t = this.sum + term;
    this.compensation += Math.abs(this.sum) >= Math.abs(term) ? this.sum - t + term : term - t + this.sum;
    this.sum = t;
  }

  value(): number {
    return this.sum + this.compensation;
  }
}
