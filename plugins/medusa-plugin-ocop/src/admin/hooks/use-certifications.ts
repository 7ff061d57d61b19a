import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query"
import { EXPIRY_NOTICE_DAYS } from "../../modules/ocop/lib/constants"
import { ocopKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import type {
  Certification,
  CertificationList,
  CertificationView,
  ExpiryRun,
  RecordCertificationBody,
} from "../lib/types"
import { useRefreshAfterWrite } from "./use-refresh-after-write"

const VIEW_QUERIES: Record<CertificationView, Record<string, string | number>> = {
  expiring: { expiring_within_days: EXPIRY_NOTICE_DAYS },
  all: {},
  revoked: { status: "revoked" },
}

/** One page of certificates across all products, for the chosen view. */
export function useCertifications(view: CertificationView, limit: number, offset: number) {
  const query = { ...VIEW_QUERIES[view], limit, offset }
  return useQuery({
    queryKey: ocopKeys.certifications(query),
    queryFn: () => sdk.client.fetch<CertificationList>("/admin/ocop/certifications", { query }),
    placeholderData: keepPreviousData,
  })
}

export function useRecordCertification() {
  const refresh = useRefreshAfterWrite()
  return useMutation({
    mutationFn: (body: RecordCertificationBody) =>
      sdk.client.fetch<{ certification: Certification }>("/admin/ocop/certifications", {
        method: "POST",
        body,
      }),
    onSuccess: refresh,
  })
}

export function useRevokeCertification() {
  const refresh = useRefreshAfterWrite()
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      sdk.client.fetch<{ certification: Certification }>(
        `/admin/ocop/certifications/${id}/revoke`,
        { method: "POST", body: { reason } },
      ),
    onSuccess: refresh,
  })
}

/** Runs now what the scheduled jobs run: delist lapsed products, notify expiring ones. */
export function useRunExpiryChecks() {
  const refresh = useRefreshAfterWrite()
  return useMutation({
    mutationFn: () => sdk.client.fetch<ExpiryRun>("/admin/ocop/expiry-runs", { method: "POST" }),
    onSuccess: refresh,
  })
}
