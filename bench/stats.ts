/** Small statistics for the benchmark: medians over repeated runs, never single samples. */

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number
}

/** Median of per-round ratios: each round compares service and baseline measured side by side. */
export function medianRatio(pairs: readonly { service: number; baseline: number }[]): number {
  return median(pairs.map((pair) => pair.service / pair.baseline))
}

export async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = process.hrtime.bigint()
  const value = await run()
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, value }
}

export const round = (value: number, digits = 2): number => Math.round(value * 10 ** digits) / 10 ** digits
