/**
 * Words for error messages: what a (sub-)schema accepts, as a noun phrase ("a positive integer",
 * "an integer >= -1, an array of integers >= -1 or null"), and what a value is ("-3", "an object").
 * Messages are built from the schema that failed, not from ajv's per-keyword texts, so one problem
 * reads as one sentence whatever keyword caught it.
 */

/** Longest enum list spelled out in full; longer ones end with "…" and a count. */
const MAX_ENUM_VALUES = 12;
/** Longest rendering of a string or number in a message, so a huge value cannot flood a report. */
const MAX_VALUE_CHARS = 60;

type Schema = Record<string, unknown>;

function isSchemaObject(s: unknown): s is Schema {
  return typeof s === 'object' && s !== null && !Array.isArray(s);
}

/** Noun phrase (with its article) of what `schema` accepts. */
export function describeSchema(schema: unknown): string {
  if (schema === true) return 'any value';
  if (schema === false || !isSchemaObject(schema)) return 'absent';
  const expected = schema['x-expected'];
  if (typeof expected === 'string') return expected;
  if ('const' in schema) return renderValue(schema.const);
  if (Array.isArray(schema.enum)) return describeEnum(schema.enum);
  const types = typesOf(schema);
  if (types.length === 0) return 'a valid value';
  // null reads best last: "a positive integer or null".
  const ordered = [...types.filter((t) => t !== 'null'), ...types.filter((t) => t === 'null')];
  return joinAlternatives(ordered.map((t) => withArticle(typePhrase(t, schema, false))));
}

/** Plural noun phrase without article ("positive integers"), for array items. */
function describePlural(schema: unknown): string | undefined {
  if (!isSchemaObject(schema)) return undefined;
  if ('x-expected' in schema || 'const' in schema || 'enum' in schema) return undefined;
  const types = typesOf(schema);
  if (types.length === 0) return undefined;
  return joinAlternatives(types.map((t) => typePhrase(t, schema, true)));
}

function describeEnum(values: unknown[]): string {
  if (values.length === 1) return renderValue(values[0]);
  const shown = values.slice(0, MAX_ENUM_VALUES).map(renderValue);
  const more = values.length > MAX_ENUM_VALUES ? `, … (${values.length} values)` : '';
  return `one of ${shown.join(', ')}${more}`;
}

function typesOf(schema: Schema): string[] {
  const t = schema.type;
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

function typePhrase(type: string, s: Schema, plural: boolean): string {
  const noun = (word: string) => (plural ? `${word}s` : word);
  switch (type) {
    case 'integer':
    case 'number':
      return numberPhrase(type, s, noun(type));
    case 'string': {
      if (typeof s.pattern === 'string') return `${noun('string')} matching /${s.pattern}/`;
      const min = typeof s.minLength === 'number' ? s.minLength : 0;
      const max = typeof s.maxLength === 'number' ? s.maxLength : undefined;
      if (max !== undefined) return `${noun('string')} of ${min} to ${max} characters`;
      return min >= 1 ? `non-empty ${noun('string')}` : noun('string');
    }
    case 'boolean':
      return noun('boolean');
    case 'null':
      return 'null';
    case 'object': {
      const minProps = typeof s.minProperties === 'number' ? s.minProperties : 0;
      return minProps >= 1 ? `non-empty ${noun('object')}` : noun('object');
    }
    case 'array': {
      const minItems = typeof s.minItems === 'number' ? s.minItems : 0;
      const base = minItems >= 1 && !Array.isArray(s.prefixItems) ? `non-empty ${noun('array')}` : noun('array');
      if (Array.isArray(s.prefixItems)) return `${base} of ${s.prefixItems.length} items`;
      if (s.items === undefined || s.items === true) return base;
      const items = describePlural(s.items);
      return items ? `${base} of ${items}` : `${base} whose items are each ${describeSchema(s.items)}`;
    }
    default:
      return noun(type);
  }
}

function numberPhrase(type: string, s: Schema, noun: string): string {
  const min = num(s.minimum);
  const exMin = num(s.exclusiveMinimum);
  const max = num(s.maximum);
  const exMax = num(s.exclusiveMaximum);
  const noUpper = max === undefined && exMax === undefined;
  if (noUpper && ((type === 'integer' && min === 1) || (exMin === 0 && min === undefined))) return `positive ${noun}`;
  if (noUpper && min === 0 && exMin === undefined) return `non-negative ${noun}`;
  if (min !== undefined && max !== undefined && exMin === undefined && exMax === undefined) {
    return `${noun} between ${min} and ${max}`;
  }
  const bounds: string[] = [];
  if (exMin !== undefined) bounds.push(`> ${exMin}`);
  else if (min !== undefined) bounds.push(`>= ${min}`);
  if (exMax !== undefined) bounds.push(`< ${exMax}`);
  else if (max !== undefined) bounds.push(`<= ${max}`);
  return bounds.length > 0 ? `${noun} ${bounds.join(' and ')}` : noun;
}

function num(x: unknown): number | undefined {
  return typeof x === 'number' ? x : undefined;
}

function withArticle(phrase: string): string {
  if (phrase === 'null') return phrase;
  return /^[aeiou]/i.test(phrase) ? `an ${phrase}` : `a ${phrase}`;
}

function joinAlternatives(parts: string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} or ${parts[parts.length - 1]}`;
}

/** A short rendering of a JSON value for "(got …)": literals as JSON, containers by kind and size. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty array' : `an array of ${value.length} item${value.length === 1 ? '' : 's'}`;
  if (typeof value === 'object' && value !== null) return Object.keys(value).length === 0 ? 'an empty object' : 'an object';
  return renderValue(value);
}

function renderValue(value: unknown): string {
  if (typeof value === 'object' && value !== null) return describeValue(value);
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS - 1)}…` : text;
}
