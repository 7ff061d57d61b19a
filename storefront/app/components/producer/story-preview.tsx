import { useTranslation } from "react-i18next"
import type { Locale } from "#app/lib/i18n/i18n.ts"
import type { StoryValues } from "#app/lib/producer/forms.ts"
import { storyBodyHtml } from "#app/lib/producer/story-html.ts"
import { isHttpUrl } from "#app/lib/core/url.ts"
import { StoryHtml } from "./story-html.tsx"

/** The story as the product page will show it, from what is typed right now. */
export function StoryPreview({ values, locale }: { values: StoryValues; locale: Locale }) {
  const { t } = useTranslation("producer")
  const body = storyBodyHtml(values.body)
  const empty = !values.title.trim() && !body
  return (
    <section className="story-preview" aria-labelledby={`preview-${locale}`}>
      <h3 id={`preview-${locale}`} className="story-preview__label">
        {t("story.previewTitle", { language: t(`story.language.${locale}`) })}
      </h3>
      {empty ? (
        <p className="portal-muted">{t("story.previewEmpty")}</p>
      ) : (
        <article className="story" lang={locale}>
          {values.product_title.trim() ? (
            <p className="story-preview__product">{values.product_title}</p>
          ) : null}
          <p className="story__kicker">{t("story.kicker")}</p>
          <h4 className="story-preview__title">{values.title}</h4>
          {values.origin_place.trim() ? (
            <p className="story__origin">
              {t("story.originPlace", { place: values.origin_place })}
            </p>
          ) : null}
          <StoryHtml html={body} className="story__body" />
          {isHttpUrl(values.video_url.trim()) ? (
            <p>
              <a href={values.video_url.trim()} rel="noopener noreferrer">
                {t("story.video")}
              </a>
            </p>
          ) : null}
        </article>
      )}
    </section>
  )
}
