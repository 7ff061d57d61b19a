/**
 * A Vietnamese full name split the way Medusa's address stores it: the given name is the
 * last word ("Nguyễn Thị Lan" → last_name "Nguyễn Thị", first_name "Lan").
 */
export function splitFullName(fullName: string): { first_name: string; last_name: string } {
  const words = fullName.trim().split(/\s+/)
  const first = words.pop() ?? ""
  return { first_name: first, last_name: words.join(" ") }
}

export function joinFullName(address: {
  first_name?: string | null
  last_name?: string | null
}): string {
  return [address.last_name, address.first_name].filter(Boolean).join(" ")
}
