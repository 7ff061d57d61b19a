/** Form text to API values: an empty optional field is sent as null. */
export const optional = (value: string) => value.trim() || null
