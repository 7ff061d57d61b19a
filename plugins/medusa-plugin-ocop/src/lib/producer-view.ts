type Producer = {
  id: string
  handle: string
  name: string
  legal_form: string
  province: string
  commune: string
  address: string | null
}

/** What a shopper sees of a producer wherever a page names it (product page, producer page). */
export function producerView<P extends Producer>(producer: P) {
  return {
    id: producer.id,
    handle: producer.handle,
    name: producer.name,
    legal_form: producer.legal_form as P["legal_form"],
    province: producer.province,
    commune: producer.commune,
    address: producer.address,
  }
}
