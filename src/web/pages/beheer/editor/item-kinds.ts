import { z } from "zod";
import {
  harmfulPracticeSchema,
  interventionSchema,
  preconditionSchema,
  situationSchema,
  sourceDocumentSchema,
  synonymGroupSchema,
} from "../../../../domain/content-schema.js";
import type { EditableKind } from "../../../../domain/drafts.js";
import {
  AGE_BASES,
  FACT_TOPICS,
  INDICATION_KINDS,
  NOTE_KINDS,
  RECOGNITION_LEVELS,
} from "../../../../domain/vocabulary.js";
import type { FieldSpec } from "./field-spec.js";

/** The kinds of knowledge-base item the editor edits: every kind the store keeps. */
export type EditorKind = EditableKind;

/** One kind's form: its fields, its schema, and how its paths sit in the content files. */
export interface KindSpec {
  readonly fields: readonly FieldSpec[];
  readonly schema: z.ZodType;
  /**
   * Set when the item is no object (the synonym groups are a list): the form holds it
   * under this one field, as synonyms.yaml does.
   */
  readonly wrap?: string;
  /** The list in the item's content file ("harmfulPractices"), whose "N." starts a check's path. */
  readonly fileList?: string;
}

/** The place in a source document: document, section, list and item. */
const sourceRefFields: readonly FieldSpec[] = [
  { type: "document", key: "document" },
  { type: "text", key: "section" },
  { type: "text", key: "list", optional: true },
  { type: "number", key: "item" },
];

const note: FieldSpec = { type: "localized", key: "note", optional: true, long: true };
const optionalSourceRef: FieldSpec = {
  type: "object",
  key: "source",
  fields: sourceRefFields,
  optional: true,
};
const url = (key: "source" | "url"): FieldSpec => ({ type: "text", key, hint: "url" });

const ageFields: readonly FieldSpec[] = [
  { type: "enum", key: "basis", values: AGE_BASES, names: "ageBasis" },
  { type: "number", key: "from" },
  { type: "number", key: "to" },
  { type: "number", key: "fromPregnancyWeek" },
  { type: "literalTrue", key: "startsInPregnancy" },
  { type: "optionalBoolean", key: "approximate" },
  { type: "checkboxes", key: "boundsFromContext", from: "bounds", optional: true },
  { type: "text", key: "text", optional: true },
  note,
];

const interventionFields: readonly FieldSpec[] = [
  { type: "text", key: "id", hint: "slug" },
  { type: "text", key: "name" },
  { type: "text", key: "abbreviation", optional: true },
  { type: "nullableText", key: "fullName", hint: "fullName" },
  { type: "words", key: "aliases" },
  { type: "nullableBoolean", key: "inDatabank" },
  {
    type: "group",
    key: "recognitions",
    row: "recognitions",
    fields: [
      { type: "enum", key: "level", values: RECOGNITION_LEVELS, names: "recognitionLevel" },
      { type: "text", key: "date", optional: true, hint: "date" },
      { type: "text", key: "ages", optional: true },
      url("source"),
      note,
    ],
  },
  {
    type: "object",
    key: "summary",
    fields: [
      { type: "localized", key: "professionals", long: true },
      { type: "localized", key: "policymakers", long: true },
      { type: "words", key: "sources", optional: true, hint: "sources" },
      { type: "localized", key: "ownDescription", optional: true, long: true },
    ],
  },
  {
    type: "group",
    key: "facts",
    row: "facts",
    fields: [
      { type: "enum", key: "topic", values: FACT_TOPICS, names: "factTopic" },
      { type: "localized", key: "text", long: true },
      url("source"),
    ],
  },
  {
    type: "group",
    key: "indications",
    row: "indications",
    fields: [
      { type: "enum", key: "kind", values: INDICATION_KINDS, names: "indicationKind" },
      { type: "checkboxes", key: "situations", from: "situations" },
      { type: "object", key: "age", fields: ageFields },
      { type: "number", key: "databankRank" },
      optionalSourceRef,
      note,
    ],
  },
  {
    type: "group",
    key: "listings",
    row: "listings",
    fields: [{ type: "object", key: "source", fields: sourceRefFields }, note],
  },
  {
    type: "group",
    key: "notes",
    row: "notes",
    fields: [
      { type: "enum", key: "kind", values: NOTE_KINDS, names: "noteKind" },
      { type: "localized", key: "text", long: true },
      { type: "words", key: "sources", hint: "sources" },
      {
        type: "group",
        key: "about",
        row: "about",
        optional: true,
        fields: [
          { type: "document", key: "document" },
          { type: "text", key: "section", optional: true },
          { type: "text", key: "list", optional: true },
          { type: "number", key: "item" },
        ],
      },
    ],
  },
  { type: "checkboxes", key: "related", from: "interventions" },
];

const harmfulPracticeFields: readonly FieldSpec[] = [
  { type: "text", key: "id", hint: "slug" },
  { type: "localized", key: "name" },
  { type: "words", key: "synonyms" },
  { type: "words", key: "classTerms" },
  { type: "localized", key: "reason", long: true },
  optionalSourceRef,
  {
    type: "group",
    key: "secondary",
    row: "secondary",
    fields: [{ type: "localized", key: "text", long: true }, url("source")],
  },
];

const situationFields: readonly FieldSpec[] = [
  { type: "text", key: "code", hint: "slug" },
  { type: "localized", key: "label" },
  {
    type: "object",
    key: "synonyms",
    fields: [
      { type: "words", key: "nl" },
      { type: "words", key: "en" },
    ],
  },
];

const preconditionFields: readonly FieldSpec[] = [
  { type: "text", key: "id", hint: "slug" },
  { type: "text", key: "requestKey" },
  { type: "localized", key: "label" },
  { type: "localized", key: "explanation", long: true },
  optionalSourceRef,
];

const sourceFields: readonly FieldSpec[] = [
  { type: "text", key: "id", hint: "slug" },
  { type: "text", key: "title" },
  { type: "text", key: "publisher" },
  { type: "text", key: "section", optional: true },
  url("url"),
  { type: "localized", key: "description", long: true },
];

export const KIND_SPECS: Readonly<Record<EditorKind, KindSpec>> = {
  intervention: { fields: interventionFields, schema: interventionSchema },
  "harmful-practice": {
    fields: harmfulPracticeFields,
    schema: harmfulPracticeSchema,
    fileList: "harmfulPractices",
  },
  situation: { fields: situationFields, schema: situationSchema, fileList: "situations" },
  precondition: { fields: preconditionFields, schema: preconditionSchema, fileList: "preconditions" },
  source: { fields: sourceFields, schema: sourceDocumentSchema, fileList: "sources" },
  synonyms: {
    fields: [{ type: "wordGroups", key: "synonyms", row: "synonyms", hint: "synonyms" }],
    schema: z.array(synonymGroupSchema),
    wrap: "synonyms",
  },
};

/** The zod schema that checks one item of this kind (what parseItemForm gives goes through it). */
export function itemSchema(kind: EditorKind): z.ZodType {
  return KIND_SPECS[kind].schema;
}
