import { expect, test, vi } from "vitest"
import { cached, mapWithConcurrency } from "./concurrency.ts"

test("maps in order with no more than the limit running at once", async () => {
  let running = 0
  let most = 0
  const result = await mapWithConcurrency([5, 1, 4, 2, 3], 2, async (n) => {
    running++
    most = Math.max(most, running)
    await new Promise((resolve) => setTimeout(resolve, n))
    running--
    return n * 10
  })
  expect(result).toEqual([50, 10, 40, 20, 30])
  expect(most).toBe(2)
})

test("a cached value is computed once per period, and a failure is retried", async () => {
  vi.useFakeTimers()
  const compute = vi.fn<() => Promise<number>>()
  compute.mockRejectedValueOnce(new Error("down")).mockResolvedValue(7)
  const get = cached(1000, compute)
  await expect(get()).rejects.toThrow("down")
  expect(await get()).toBe(7)
  expect(await get()).toBe(7)
  expect(compute).toHaveBeenCalledTimes(2)
  vi.advanceTimersByTime(1001)
  await get()
  expect(compute).toHaveBeenCalledTimes(3)
  vi.useRealTimers()
})
