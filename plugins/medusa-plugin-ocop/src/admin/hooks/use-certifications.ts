import { EXPIRY_NOTICE_DAYS } from "../../modules/ocop/lib/constants"
import type { CertificationInput } from "../../workflows/types"
import { ocopKeys } from "../lib/query-keys"
import type { Certification, CertificationList, CertificationView, ExpiryRun } from "../lib/types"
import { post, useAdminPage, useOcopWrite } from "./use-admin-api"

const VIEW_QUERIES: Record<CertificationView, Record<string, string | number>> = {
  expiring: { expiring_within_days: EXPIRY_NOTICE_DAYS },
  all: {},
  revoked: { status: "revoked" },
}

/** One page of certificates across all products, for the chosen view. */
export const useCertifications = (view: CertificationView, limit: number, offset: number) =>
  useAdminPage<CertificationList>(ocopKeys.certifications, "/admin/ocop/certifications", {
    ...VIEW_QUERIES[view],
    limit,
    offset,
  })

export const useRecordCertification = () =>
  useOcopWrite((body: CertificationInput) =>
    post<{ certification: Certification }>("/admin/ocop/certifications", body),
  )

export const useRevokeCertification = () =>
  useOcopWrite(({ id, reason }: { id: string; reason: string }) =>
    post<{ certification: Certification }>(`/admin/ocop/certifications/${id}/revoke`, { reason }),
  )

/** Runs now what the scheduled jobs run: delist lapsed products, notify expiring ones. */
export const useRunExpiryChecks = () =>
  useOcopWrite(() => post<ExpiryRun>("/admin/ocop/expiry-runs"))
