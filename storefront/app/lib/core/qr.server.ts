import QRCode from "qrcode"

export type QrCode = {
  /** Modules per side, without the quiet zone. */
  size: number
  /** One SVG path drawing the dark modules, one unit per module. */
  path: string
}

/** A QR code for `text`, drawn on the server so no QR library ships to the browser. */
export function qrCode(text: string): QrCode {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" })
  const size = modules.size
  let path = ""
  for (let y = 0; y < size; y++) {
    let x = 0
    while (x < size) {
      if (!modules.get(y, x)) {
        x++
        continue
      }
      const start = x
      while (x < size && modules.get(y, x)) x++
      path += `M${start} ${y}h${x - start}v1h${start - x}z`
    }
  }
  return { size, path }
}
