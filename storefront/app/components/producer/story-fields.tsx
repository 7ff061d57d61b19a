import { useTranslation } from "react-i18next"
import type { Locale } from "#app/lib/i18n/i18n.ts"
import type { FieldErrors, StoryValues } from "#app/lib/producer/forms.ts"
import { InputField, TextAreaField } from "./fields.tsx"
import { StoryPreview } from "./story-preview.tsx"

/** One language of the story: the product's name and description in it, the story, its preview. */
export function StoryFields({
  locale,
  values,
  preview,
  errors,
  required,
}: {
  locale: Locale
  /** What the fields start with. */
  values: StoryValues
  /** What they hold now, for the live preview. */
  preview: StoryValues
  errors: FieldErrors
  required: boolean
}) {
  const { t } = useTranslation("producer")
  const field = (name: keyof StoryValues) => ({
    id: `${locale}-${name}`,
    name: `${locale}.${name}`,
    defaultValue: values[name],
    error: errors[`${locale}.${name}`],
    lang: locale,
  })
  const language = t(`story.language.${locale}`)
  return (
    <section className="portal-story" aria-labelledby={`story-${locale}`}>
      <h2 id={`story-${locale}`}>{t("story.languageHeading", { language })}</h2>
      <p className="portal-muted">{required ? t("story.requiredHint") : t("story.optionalHint")}</p>
      <div className="portal-story__columns">
        <div className="portal-story__fields">
          <InputField
            {...field("product_title")}
            label={t("story.productTitle")}
            required={required}
            maxLength={300}
          />
          <TextAreaField
            {...field("product_description")}
            label={t("story.productDescription")}
            rows={3}
            maxLength={5000}
          />
          <InputField
            {...field("title")}
            label={t("story.title")}
            required={required}
            maxLength={300}
          />
          <TextAreaField
            {...field("body")}
            label={t("story.body")}
            hint={t("story.bodyHint")}
            rows={10}
            required={required}
          />
          <InputField
            {...field("origin_place")}
            label={t("story.originPlaceLabel")}
            hint={t("story.originPlaceHint")}
            maxLength={200}
          />
          <InputField
            {...field("video_url")}
            label={t("story.videoUrl")}
            hint={t("story.videoUrlHint")}
            type="url"
            inputMode="url"
            maxLength={500}
          />
        </div>
        <StoryPreview values={preview} locale={locale} />
      </div>
    </section>
  )
}
