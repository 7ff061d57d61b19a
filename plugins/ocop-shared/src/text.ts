/**
 * Vietnamese text without its marks, for handles, SKUs and searches that ignore tone marks:
 * "Buôn Ma Thuột" → "Buon Ma Thuot" (đ → d, tones and marks dropped).
 */
export function ascii(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
}
