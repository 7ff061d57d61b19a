/** Form text to API values: an empty optional field is sent as null. */
export const optional = (value: string) => value.trim() || null

/** A key or translation group as an id part: "legacyDistrict" → "legacy-district". */
export const kebab = (key: string) => key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)
