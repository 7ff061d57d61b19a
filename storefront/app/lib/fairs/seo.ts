import type { FairDetail } from "@ocop/shared"

/** schema.org Event for a fair page: an offline event at its fair ground. */
export function fairJsonLd(fair: FairDetail, pageUrl: string) {
  const address = fair.place
    ? {
        "@type": "PostalAddress",
        streetAddress: fair.place.address,
        addressLocality: fair.place.commune,
        addressRegion: fair.place.province,
        addressCountry: "VN",
      }
    : { "@type": "PostalAddress", addressRegion: fair.province, addressCountry: "VN" }
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    name: fair.name,
    ...(fair.description ? { description: fair.description } : {}),
    startDate: fair.starts_at,
    endDate: fair.ends_at,
    eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
    eventStatus: "https://schema.org/EventScheduled",
    location: { "@type": "Place", name: fair.venue, address },
    url: pageUrl,
  }
}
