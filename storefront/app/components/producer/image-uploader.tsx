import { useRef, useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { Form, useFetcher } from "react-router"
import { imageTypes, maxImagesPerUpload } from "#app/lib/producer/images.ts"
import { portalPath, portalPaths } from "#app/lib/producer/paths.ts"
import { uploadImage, type UploadProblem } from "#app/lib/producer/upload.ts"
import { useHydrated } from "#app/lib/core/use-hydrated.ts"
import { useLocale } from "#app/lib/i18n/use-locale.ts"
import { SubmitButton } from "./submit-button.tsx"

type Item = {
  key: string
  name: string
  sent: number
  state: "waiting" | "sending" | "done" | "failed"
  problem?: UploadProblem
}

/**
 * Adds photos to a product. Without JavaScript it is a plain multipart form to the page's action
 * (intent "upload"), which sends the photos on to the backend. With JavaScript each photo goes on
 * its own request with a progress bar, and the returned addresses are then added to the product
 * (intent "addImages").
 */
export function ImageUploader({ formError }: { formError?: UploadProblem }) {
  const { t } = useTranslation("producer")
  const locale = useLocale()
  const hydrated = useHydrated()
  const fetcher = useFetcher<{ added?: number; problem?: UploadProblem }>()
  const input = useRef<HTMLInputElement>(null)
  const [items, setItems] = useState<Item[]>([])
  const sending = items.some((item) => item.state === "waiting" || item.state === "sending")
  const update = (key: string, change: Partial<Item>) =>
    setItems((current) => current.map((item) => (item.key === key ? { ...item, ...change } : item)))

  async function upload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const files = [...(input.current?.files ?? [])].slice(0, maxImagesPerUpload)
    if (!files.length || sending) return
    const queued: Item[] = files.map((file, index) => ({
      key: `${Date.now()}-${index}`,
      name: file.name,
      sent: 0,
      state: "waiting",
    }))
    setItems(queued)
    const urls: string[] = []
    for (const [index, file] of files.entries()) {
      const key = queued[index]?.key ?? ""
      update(key, { state: "sending" })
      const outcome = await uploadImage(portalPath(portalPaths.uploads, locale), file, (sent) =>
        update(key, { sent }),
      )
      if (outcome.ok) {
        urls.push(outcome.url)
        update(key, { state: "done", sent: 1 })
      } else {
        update(key, { state: "failed", problem: outcome.problem })
      }
    }
    if (urls.length) {
      const body = new FormData()
      body.set("intent", "addImages")
      for (const url of urls) body.append("urls", url)
      await fetcher.submit(body, { method: "post" })
    }
    if (input.current) input.current.value = ""
  }

  const problem = fetcher.data?.problem ?? formError
  return (
    <Form
      method="post"
      encType="multipart/form-data"
      className="portal-uploader"
      onSubmit={hydrated ? upload : undefined}
    >
      <input type="hidden" name="intent" value="upload" />
      <p className="field">
        <label htmlFor="photos">{t("upload.label")}</label>
        <input
          ref={input}
          id="photos"
          type="file"
          name="files"
          accept={imageTypes.join(",")}
          multiple
          required
          aria-describedby="photos-hint"
        />
        <span className="field__hint" id="photos-hint">
          {t("upload.hint", { count: maxImagesPerUpload })}
        </span>
      </p>
      {problem ? (
        <p className="field__error" role="alert">
          {t(`upload.problem.${problem}`)}
        </p>
      ) : null}
      {items.length ? (
        <ul className="portal-progress" aria-label={t("upload.progressLabel")}>
          {items.map((item) => (
            <li key={item.key}>
              <span className="portal-progress__name">{item.name}</span>
              <progress
                max={1}
                value={item.sent}
                aria-label={t("upload.fileProgress", { name: item.name })}
              />
              {item.state === "failed" && item.problem ? (
                <span className="field__error portal-progress__error">
                  {t(`upload.problem.${item.problem}`)}
                </span>
              ) : (
                <span className="portal-muted portal-progress__state">
                  {t(`upload.state.${item.state}`, { percent: Math.round(item.sent * 100) })}
                </span>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      <p role="status" className="portal-success">
        {fetcher.data?.added && fetcher.state === "idle" && !sending
          ? t("upload.added", { count: fetcher.data.added })
          : null}
      </p>
      <SubmitButton
        label={t("upload.submit")}
        pendingLabel={t("upload.pending")}
        pending={hydrated ? sending || fetcher.state !== "idle" : undefined}
      />
    </Form>
  )
}
