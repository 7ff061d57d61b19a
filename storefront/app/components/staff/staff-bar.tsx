import { PortalBar } from "#app/components/ui/portal-bar.tsx"
import { staffPortal } from "#app/lib/portal/portals.ts"

/** The portal's bar under the site header: who is signed in, the places list, signing out. */
export function StaffBar({ name }: { name: string }) {
  return <PortalBar portal={staffPortal} name={name} />
}
