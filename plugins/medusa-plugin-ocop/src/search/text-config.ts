/**
 * The Postgres text search configuration the search-postgres provider uses with
 * `language: "vietnamese"` (it always reads `medusa_search_<language>`). Based on `simple`:
 * Vietnamese needs no stemming, and the English stop-word list would drop real syllables —
 * "my" (Trà My), "do" (đỏ), "to" (tơ), "an" (An Giang). Documents and queries arrive folded
 * already (text.ts); `unaccent` on the non-ASCII tokens is only a safety net.
 */
export const SEARCH_LANGUAGE = "vietnamese"

export const SEARCH_TEXT_CONFIG = `medusa_search_${SEARCH_LANGUAGE}`

export const CREATE_SEARCH_TEXT_CONFIG_SQL = `
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = '${SEARCH_TEXT_CONFIG}') THEN
    CREATE TEXT SEARCH CONFIGURATION ${SEARCH_TEXT_CONFIG} (COPY = simple);
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'unaccent') THEN
      ALTER TEXT SEARCH CONFIGURATION ${SEARCH_TEXT_CONFIG}
        ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
    END IF;
  END IF;
END
$$;
`
