// The machine the numbers come from, and the memory of the servers measured on it.
import { readdirSync, readFileSync } from "node:fs"
import os from "node:os"

export interface Machine {
  cpus: number
  cpuModel: string
  memoryGb: number
  node: string
  platform: string
}

export function describeMachine(): Machine {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model.trim() ?? "unknown",
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  }
}

/** The 1, 5 and 15 minute load averages, two decimals. */
export const loadAverage = (): number[] => os.loadavg().map((load) => Math.round(load * 100) / 100)

function readStat(pid: string): { group: number; rssPages: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8")
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
    return { group: Number(fields[2]), rssPages: Number(fields[21]) }
  } catch {
    return undefined
  }
}

/** Resident memory of every process in a process group, in MB (Linux /proc). */
export function groupRssMb(group: number | undefined): number {
  if (group === undefined) return Number.NaN
  let pages = 0
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue
    const stat = readStat(entry)
    if (stat?.group === group) pages += stat.rssPages
  }
  return Math.round((pages * 4096) / 2 ** 20)
}

/** Samples a group's memory every second until stopped; returns the highest sample. */
export function watchPeakRss(group: number | undefined) {
  let peak = groupRssMb(group)
  const timer = setInterval(() => (peak = Math.max(peak, groupRssMb(group))), 1000)
  return () => {
    clearInterval(timer)
    return Math.max(peak, groupRssMb(group))
  }
}
