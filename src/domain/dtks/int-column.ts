/**
 * A growing column of 32-bit integers: 4 bytes a row where a JavaScript array of numbers takes 8, and
 * nothing for the garbage collector to trace.
 */
export class IntColumn {
  length = 0;
  values: Int32Array;

  constructor(capacity = 1024) {
    this.values = new Int32Array(capacity);
  }

  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }

  at(index: number): number {
    return this.values[index]!;
  }
}
