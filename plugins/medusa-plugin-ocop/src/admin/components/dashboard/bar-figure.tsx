import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"

type BarFigureProps = {
  /** One bar per row: its `label` under it, its `value` its height. */
  data: { label: string; value: number }[]
  /** How a value reads in the tooltip and on the axis (đồng, units). */
  format: (value: number) => string
}

/** A bar chart of a dashboard table (the table beside it carries the same figures). */
export const BarFigure = ({ data, format }: BarFigureProps) => (
  <ResponsiveContainer width="100%" height={260}>
    <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="label" tick={{ fontSize: 11 }} height={48} />
      <YAxis tickFormatter={(value: number) => format(value)} width={96} tick={{ fontSize: 11 }} />
      <Tooltip formatter={(value) => format(Number(value))} />
      <Bar dataKey="value" fill="var(--fg-interactive, #3b82f6)" isAnimationActive={false} />
    </BarChart>
  </ResponsiveContainer>
)
