/** A former district (huyện) or town: the communes it had and its map centre. */
export type District = {
  name: string
  lat: number
  lng: number
  /** Communes, wards and townships (xã, phường, thị trấn) by their own names. */
  communes: string[]
}

export type Province = {
  name: string
  /** Short code for certificate and SKU numbers, e.g. "DLK". */
  code: string
  districts: District[]
}

/** A commune with the district it belonged to before 1 July 2025 and a map point. */
export type Commune = {
  name: string
  province: string
  district: string
  lat: number
  lng: number
}
