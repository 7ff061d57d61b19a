import { PortalBar } from "#app/components/ui/portal-bar.tsx"
import { staffPath, staffPaths } from "#app/lib/staff-paths.ts"
import { useLocale } from "#app/lib/use-locale.ts"

/** The portal's bar under the site header: who is signed in, the places list, signing out. */
export function StaffBar({ name }: { name: string }) {
  const locale = useLocale()
  return (
    <PortalBar
      ns="staff"
      name={name}
      home={staffPath(staffPaths.home, locale)}
      logout={staffPath(staffPaths.logout, locale)}
    />
  )
}
