import type { ProductGroup } from "@ocop/shared"

/** Colours per product group: background, ink, and the artwork's accent. */
const palette: Record<ProductGroup, readonly [string, string, string]> = {
  food: ["#fdf1e3", "#7c2d12", "#ea8a3c"],
  drink: ["#f3ece6", "#3f2a1d", "#8a5a3b"],
  herbal: ["#ecf6e8", "#1f4d1a", "#5f9e47"],
  handicraft: ["#fbe9ef", "#6b1236", "#c2416f"],
  ornamental: ["#f3ecfb", "#4a1d73", "#a269d6"],
  tourism: ["#e6f4f7", "#0b4a5a", "#3a9bb3"],
}

/** Simple shapes per group, drawn in the accent colour in the upper half of the 600×600 card. */
const artwork: Record<ProductGroup, (accent: string) => string> = {
  food: (c) =>
    `<ellipse cx="300" cy="230" rx="150" ry="40" fill="${c}"/><path d="M150 230a150 110 0 0 0 300 0z" fill="${c}" opacity=".7"/>` +
    `<circle cx="250" cy="200" r="22" fill="${c}"/><circle cx="300" cy="185" r="22" fill="${c}"/><circle cx="350" cy="200" r="22" fill="${c}"/>`,
  drink: (c) =>
    `<path d="M210 150h180l-20 170h-140z" fill="${c}"/><path d="M390 190h30a30 30 0 0 1 0 70h-38" fill="none" stroke="${c}" stroke-width="14"/>` +
    `<path d="M250 120c0-20 20-20 20-40M300 120c0-20 20-20 20-40" stroke="${c}" stroke-width="8" fill="none" opacity=".6"/>`,
  herbal: (c) =>
    `<path d="M300 330C180 300 170 170 300 90c130 80 120 210 0 240z" fill="${c}"/><path d="M300 330V120" stroke="#fff" stroke-width="8" opacity=".7"/>`,
  handicraft: (c) =>
    `<rect x="120" y="150" width="360" height="150" fill="${c}" opacity=".35"/>` +
    [0, 1, 2, 3, 4]
      .map((i) => `<path d="M${150 + i * 75} 225l30-55 30 55-30 55z" fill="${c}"/>`)
      .join(""),
  ornamental: (c) =>
    [0, 72, 144, 216, 288]
      .map(
        (a) =>
          `<ellipse cx="300" cy="160" rx="34" ry="70" fill="${c}" opacity=".8" transform="rotate(${a} 300 220)"/>`,
      )
      .join("") + `<circle cx="300" cy="220" r="26" fill="#fff"/>`,
  tourism: (c) =>
    `<circle cx="420" cy="130" r="40" fill="${c}" opacity=".6"/><path d="M100 330l140-180 90 110 60-60 110 130z" fill="${c}"/>`,
}

const escape = (text: string) =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;")

/** Splits a title into lines of at most `width` characters, on spaces, three lines at most. */
function lines(title: string, width = 22): string[] {
  const result: string[] = []
  for (const word of title.split(" ")) {
    const last = result[result.length - 1]
    if (last !== undefined && `${last} ${word}`.length <= width)
      result[result.length - 1] = `${last} ${word}`
    else result.push(word)
  }
  if (result.length <= 3) return result
  return [
    ...result.slice(0, 2),
    `${result
      .slice(2)
      .join(" ")
      .slice(0, width - 1)}…`,
  ]
}

/**
 * A product picture made on this machine: the group's colours, a simple drawing and the
 * product's name. Text uses generic font families only, so nothing is fetched to render it.
 */
export function productSvg(group: ProductGroup, title: string, origin: string): string {
  const [background, ink, accent] = palette[group]
  const text = lines(title)
    .map((line, i) => `<tspan x="300" dy="${i === 0 ? 0 : 44}">${escape(line)}</tspan>`)
    .join("")
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600" viewBox="0 0 600 600">`,
    `<rect width="600" height="600" fill="${background}"/>`,
    artwork[group](accent),
    `<text x="300" y="410" text-anchor="middle" font-family="system-ui, sans-serif" font-size="36" font-weight="700" fill="${ink}">${text}</text>`,
    `<text x="300" y="560" text-anchor="middle" font-family="system-ui, sans-serif" font-size="22" fill="${ink}" opacity=".75">${escape(origin)}</text>`,
    `</svg>`,
  ].join("")
}
