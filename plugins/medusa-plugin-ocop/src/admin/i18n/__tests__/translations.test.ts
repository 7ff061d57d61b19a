import { readdirSync, readFileSync } from "node:fs"
import path from "node:path"
import ts from "typescript"
import { UNLISTED_REASONS } from "@ocop/shared"
import { describe, expect, it } from "vitest"
import { OFFICER_REFUSAL_CODES } from "../../../api/officer-refusal-codes"
import resources from "../index"
import en from "../json/en.json"
import vi from "../json/vi.json"
import { OCOP_NS } from "../namespace"

// Officers are Vietnamese: every text of the admin extension comes from i18n/json/{vi,en}.json,
// both languages say the same things, and no component writes English (or any text) inline.

const adminDir = path.resolve(__dirname, "../..")
const pluginDir = path.resolve(adminDir, "..")

type Tree = { [key: string]: string | Tree }

/** "a.b.c" for every leaf, with i18next's plural suffixes folded (Vietnamese has only _other). */
const leaves = (tree: Tree, prefix = ""): Map<string, string> => {
  const found = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const name = `${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, "")}`
    if (typeof value === "string") found.set(name, `${found.get(name) ?? ""}${value}`)
    else for (const [leaf, text] of leaves(value, `${name}.`)) found.set(leaf, text)
  }
  return found
}

const placeholders = (text: string) => [...new Set(text.match(/{{\s*\w+\s*}}/g) ?? [])].sort()

const sourceFiles = (dir: string, skip = new Set(["__tests__"])): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return skip.has(entry.name) ? [] : sourceFiles(full, skip)
    return /\.tsx?$/.test(entry.name) ? [full] : []
  })

const english = leaves(en as Tree)
const vietnamese = leaves(vi as Tree)
const files = sourceFiles(adminDir).map((file) => ({
  file: path.relative(adminDir, file),
  text: readFileSync(file, "utf8"),
}))

const drawerTexts = (group: string) =>
  ["title", "description", "submit"].map((p) => `${group}.${p}`)

/** The texts a shared piece reads from the group it is given: <DataTable texts="fairs" …>. */
const GROUP_TEXTS: Record<string, (group: string, file: string) => string[]> = {
  DataTable: (group, file) => [
    `${group}.tableLabel`,
    ...[...(/columns=\{\[([^\]]*)\]\}/.exec(file)?.[1] ?? "").matchAll(/"(\w+)"/g)].map(
      ([, column]) => `${group}.columns.${column}`,
    ),
  ],
  PagedTabs: (group) => ["which", "loading", "what"].map((part) => `${group}.${part}`),
  ListPage: (group) => [`nav.${group}`, `${group}.description`],
  PeriodPicker: (group) => [`${group}.from`, `${group}.to`],
  ChangePlacesDrawer: (group) => [...drawerTexts(group), `${group}.saved`, `${group}.failed`],
  InvitePersonForm: (group) => [
    ...drawerTexts(group),
    ...["choose", "invited", "failed"].map((part) => `${group}.${part}`),
  ],
}

/** Codes of Medusa's own error handler, which the plugin's source never writes. */
const MEDUSA_CODES = ["invalid_state_error", "unknown_error"]

/** Attributes whose string value a person reads or hears. */
const TEXT_PROPS = new Set([
  "label",
  "title",
  "description",
  "placeholder",
  "aria-label",
  "hint",
  "noneHint",
  "loadingLabel",
  "submitLabel",
  "intro",
  "what",
  "alt",
])

/** Text written straight into JSX: text children and string values of text attributes. */
function inlineTexts(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX)
  const found: string[] = []
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && /\p{L}/u.test(node.text)) found.push(node.text.trim())
    if (
      ts.isJsxAttribute(node) &&
      TEXT_PROPS.has(node.name.getText(source)) &&
      node.initializer &&
      ts.isStringLiteral(node.initializer) &&
      /\p{L}/u.test(node.initializer.text)
    )
      found.push(`${node.name.getText(source)}="${node.initializer.text}"`)
    if (
      ts.isJsxExpression(node) &&
      node.expression &&
      (ts.isStringLiteral(node.expression) ||
        ts.isNoSubstitutionTemplateLiteral(node.expression)) &&
      /\p{L}/u.test(node.expression.text)
    )
      found.push(node.expression.text)
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

describe("admin translations", () => {
  it("gives Vietnamese and English the same keys", () => {
    expect([...vietnamese.keys()].sort()).toEqual([...english.keys()].sort())
  })

  it("registers every language with the dashboard under the ocop namespace, key for key", () => {
    expect(Object.keys(resources).sort()).toEqual(["en", "vi"])
    for (const bundle of Object.values(resources))
      expect([...leaves(bundle[OCOP_NS] as Tree).keys()].sort()).toEqual([...english.keys()].sort())
  })

  it("keeps the same {{placeholders}} in both languages", () => {
    const differing = [...english].filter(
      ([key, text]) => placeholders(text).join() !== placeholders(vietnamese.get(key) ?? "").join(),
    )
    expect(differing.map(([key]) => key)).toEqual([])
  })

  it("has a text for every key the components ask for", () => {
    const missing: string[] = []
    for (const { file, text } of files) {
      for (const [, key] of text.matchAll(/\bt\(\s*"([\w.]+)"/g))
        if (!english.has(key)) missing.push(`${file}: ${key}`)
      // t(`legalForm.${value}`): the group must exist.
      for (const [, group] of text.matchAll(/\bt\(\s*`([\w.]+)\.\$\{/g))
        if (![...english.keys()].some((key) => key.startsWith(`${group}.`)))
          missing.push(`${file}: ${group}.*`)
      // Drawers, tables and lists name their group: texts="openPlace" → openPlace.title…
      for (const [, tag, group] of text.matchAll(/<(\w+)\s+texts="(\w+)"/g))
        for (const key of (GROUP_TEXTS[tag] ?? drawerTexts)(group, text))
          if (!english.has(key)) missing.push(`${file}: ${key}`)
      // Text fields of a form: useFormState(EMPTY, "openPlace") + field("name") → openPlace.fields.name.
      const form = /useFormState\(\s*\w+,\s*"(\w+)"/.exec(text)?.[1]
      for (const [, key] of text.matchAll(/\bfield\("(\w+)"\)/g))
        if (!form || !english.has(`${form}.fields.${key}`))
          missing.push(`${file}: ${form}.fields.${key}`)
      // Lists name their reads: queries={{ fairs, places: list }} → fairs.loading, places.what.
      for (const [, reads] of text.matchAll(/queries=\{\{([^}]*)\}\}/g))
        for (const [, group] of reads.matchAll(/(?:^|,)\s*(\w+)(?=\s*[:,]|\s*$)/g))
          for (const part of ["loading", "what"])
            if (!english.has(`${group}.${part}`)) missing.push(`${file}: ${group}.${part}`)
      // Menu labels and breadcrumbs: label: "nav.x" / navHandle("nav.x") / <NavLabel id="x" />.
      for (const [, key] of text.matchAll(/(?:label: |navHandle\(|NavLabel id=)"([\w.]+)"/g))
        if (!english.has(key)) missing.push(`${file}: ${key}`)
    }
    expect(missing).toEqual([])
  })

  it("leaves no text written inline in a component", () => {
    const inline = files
      .filter(({ file }) => file.endsWith(".tsx"))
      .flatMap(({ file, text }) => inlineTexts(file, text).map((found) => `${file}: ${found}`))
    expect(inline).toEqual([])
  })

  it("translates every OCOP menu entry through the ocop namespace", () => {
    const routes = files.filter(({ file }) => /routes\/.*page\.tsx$/.test(file))
    const untranslated = routes
      .filter(({ text }) => text.includes("defineRouteConfig("))
      .filter(({ text }) => !/translationNs: "ocop"/.test(text))
      .map(({ file }) => file)
    expect(untranslated).toEqual([])
  })

  it("words every reason the server gives for a product not being listed", () => {
    const unworded = UNLISTED_REASONS.filter((reason) => !english.has(`listing.reasons.${reason}`))
    expect(unworded).toEqual([])
  })

  it("words every refusal code the officers' routes send, in both languages", () => {
    const unworded = OFFICER_REFUSAL_CODES.filter(
      (code) => !english.has(`refusals.${code}`) || !vietnamese.has(`refusals.${code}`),
    )
    expect(OFFICER_REFUSAL_CODES.length).toBeGreaterThan(0)
    expect(unworded).toEqual([])
  })

  it("translates only refusal codes the plugin (or Medusa) really sends", () => {
    const plugin = sourceFiles(pluginDir, new Set(["__tests__", "admin"]))
      .map((file) => readFileSync(file, "utf8"))
      .join("\n")
    const refusals = [...english.keys()].filter((key) => key.startsWith("refusals."))
    const unknown = refusals
      .map((key) => key.slice("refusals.".length))
      .filter((code) => !MEDUSA_CODES.includes(code) && !plugin.includes(`"${code}"`))
    expect(refusals.length).toBeGreaterThan(0)
    expect(unknown).toEqual([])
  })
})
