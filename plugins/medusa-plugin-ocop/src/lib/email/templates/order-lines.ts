export type OrderEmailLine = { title: string; quantity: number }

/** An order's lines, one per row: "2 × Cà phê Robusta — 500 g". */
export function orderLines(lines: OrderEmailLine[] | undefined) {
  return (lines ?? []).map((line) => `${line.quantity} × ${line.title}`).join("\n")
}
