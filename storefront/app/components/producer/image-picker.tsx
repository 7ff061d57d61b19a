import { useTranslation } from "react-i18next"

/**
 * The product's photos inside the edit form: keep or remove each, and pick the cover (the
 * photo lists and cards show). Unticking a photo removes it when the form is saved.
 */
export function ImagePicker({
  images,
  kept,
  cover,
  title,
}: {
  images: { url: string }[]
  /** URLs to show ticked; every photo when the form has not been sent yet. */
  kept: string[] | null
  cover: string | null
  title: string
}) {
  const { t } = useTranslation("producer")
  if (!images.length) return <p className="portal-muted">{t("images.none")}</p>
  return (
    <ul className="portal-images">
      {images.map((image, index) => (
        <li key={image.url} className="portal-image">
          <img
            src={image.url}
            alt={t("images.alt", { title, number: index + 1 })}
            loading="lazy"
            width={160}
            height={160}
          />
          <label>
            <input
              type="checkbox"
              name="images"
              value={image.url}
              defaultChecked={kept ? kept.includes(image.url) : true}
            />{" "}
            {t("images.keep")}
          </label>
          <label>
            <input
              type="radio"
              name="thumbnail"
              value={image.url}
              defaultChecked={cover === image.url || (!cover && index === 0)}
            />{" "}
            {t("images.cover")}
          </label>
        </li>
      ))}
    </ul>
  )
}
