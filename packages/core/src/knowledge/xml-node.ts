import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { TipwatchError } from '../errors.js';
import type { Problem } from '../model/problem.js';

/** An element parsed by fast-xml-parser: child elements and attributes by name. */
export type XmlNode = Record<string, unknown>;

export function isXmlNode(value: unknown): value is XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An element's trimmed text, or null when it is empty or not text. */
export function xmlText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'number') return String(value);
  return null;
}

/** 1-based line of each occurrence of `tag`, to name lines in problems (the parser does not keep them). */
export function elementLines(xml: string, tag: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let from = 0;
  for (let at = xml.indexOf(tag); at !== -1; at = xml.indexOf(tag, at + tag.length)) {
    for (let i = from; i < at; i++) if (xml.charCodeAt(i) === 10) line++;
    from = at;
    lines.push(line);
  }
  return lines;
}

/**
 * Parses one of DOL ILAB's XML files: text values kept as strings, attributes ignored, and the elements at
 * the `arrays` paths always read as arrays. XML that is not well-formed throws a TipwatchError naming the line
 * and what file was `expected`.
 */
export function parseIlabXml(xml: string, expected: string, arrays: readonly string[]): XmlNode {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const { line, col, msg } = valid.err;
    const problem: Problem = {
      code: 'ilab_xml_invalid',
      message: `not well-formed XML at line ${line}, column ${col}: ${msg}`,
      line,
      expected,
    };
    throw new TipwatchError('ilab_xml_invalid', problem.message, [problem]);
  }
  const parser = new XMLParser({
    ignoreAttributes: true,
    parseTagValue: false,
    trimValues: true,
    isArray: (_name, jpath) => arrays.includes(String(jpath)),
  });
  return parser.parse(xml) as XmlNode;
}
