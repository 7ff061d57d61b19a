import type { QrCode } from "#app/lib/core/qr.server.ts"

export type QrCodeImageProps = { qr: QrCode; label: string }

const quietZone = 2

/** Draws a QR code computed on the server (see qr.server.ts). */
export function QrCodeImage({ qr, label }: QrCodeImageProps) {
  const side = qr.size + quietZone * 2
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      viewBox={`${-quietZone} ${-quietZone} ${side} ${side}`}
      shapeRendering="crispEdges"
    >
      <rect x={-quietZone} y={-quietZone} width={side} height={side} fill="#fff" />
      <path d={qr.path} fill="#000" />
    </svg>
  )
}
