import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { githubAnnotations } from './github-annotations.js';
import { formatJunitXml } from './junit-xml.js';
import { verifyReportJunit } from './verify-junit.js';
import type { VerifyReport } from './verify-report.js';

const report: VerifyReport = {
  ok: false,
  model_dir: 'models/bert',
  converted_dir: 'out/bert',
  task: 'text-classification',
  inputs: { source: 'random', seed: 0, shapes: { input_ids: [2, 5] } },
  tolerances: { default: { atol: 1e-4, rtol: 1e-3 } },
  comparisons: [
    {
      target: 'onnx',
      against: 'reference',
      output: 'logits',
      atol: 1e-4,
      rtol: 1e-3,
      shape: [2, 2],
      max_abs: 1.5e-7,
      max_rel: 2e-6,
      cosine: 1,
      argmax_agreement: 1,
      ok: true,
    },
    {
      target: 'tfjs',
      against: 'reference',
      output: 'logits',
      atol: 0.02,
      rtol: 0.01,
      shape: [2, 2],
      max_abs: 0.5,
      max_rel: 0.25,
      cosine: 0.75,
      argmax_agreement: 0.5,
      ok: false,
      first_bad: { index: [1, 0], actual: 0.51, expected: 0.01 },
    },
  ],
  errors: [
    {
      target: 'onnx',
      code: 'VERIFY_OUTPUT_MISSING',
      message: 'onnx did not produce output "pooler_output" <&> \u0001, 50%',
      tensor: 'pooler_output',
      hint: 'convert again:\nthen verify',
    },
  ],
  warnings: [{ code: 'VERIFY_SOURCE_MISMATCH', message: 'different architecture' }],
};

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  htmlEntities: true,
  isArray: (name) => name === 'testcase' || name === 'testsuite',
});

describe('verify --junit', () => {
  const xml = formatJunitXml(verifyReportJunit(report));

  it('is well-formed XML with one test case per target × output and per error', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = parser.parse(xml) as {
      testsuites: { tests: string; failures: string; testsuite: Array<{ name: string; testcase: Array<Record<string, unknown>>; 'system-out': string }> };
    };
    expect([doc.testsuites.tests, doc.testsuites.failures]).toEqual(['3', '2']);
    const cases = doc.testsuites.testsuite[0]!.testcase;
    expect(cases.map((c) => [c['name'], c['classname'], c['file']])).toEqual([
      ['logits (onnx vs reference)', 'mlpack.verify.onnx', 'out/bert/onnx/model.onnx'],
      ['logits (tfjs vs reference)', 'mlpack.verify.tfjs', 'out/bert/tfjs/model.json'],
      ['VERIFY_OUTPUT_MISSING pooler_output', 'mlpack.verify.onnx', 'out/bert/onnx/model.onnx'],
    ]);
    expect(cases[0]!['failure']).toBeUndefined();
    const failure = cases[1]!['failure'] as Record<string, string>;
    expect(failure['type']).toBe('VERIFY_MISMATCH');
    expect(failure['message']).toBe(
      'max abs error 0.5; max rel error 0.25; cosine 0.75; argmax agreement 0.5; tolerance atol 0.02 + rtol 0.01·|expected|; first bad element [1, 0]: 0.51 vs expected 0.01',
    );
    const error = cases[2]!['failure'] as Record<string, string>;
    // Markup characters survive escaping; a control character (not allowed in XML) becomes U+FFFD.
    expect(error['message']).toBe('onnx did not produce output "pooler_output" <&> \uFFFD, 50%');
    expect(error['#text']).toBe('tensor: pooler_output\nhint: convert again:\nthen verify');
    expect(doc.testsuites.testsuite[0]!['system-out']).toBe('warning [VERIFY_SOURCE_MISMATCH] different architecture');
  });

  it('is deterministic and escapes attribute line breaks as references', () => {
    expect(formatJunitXml(verifyReportJunit(report))).toBe(xml);
    expect(xml).not.toMatch(/timestamp|time=/);
    const multiline = formatJunitXml([{ name: 's', cases: [{ name: 'c', classname: 'k', failure: { type: 'T', message: 'line 1\nline 2\ttab' } }] }]);
    expect(multiline).toContain('message="line 1&#10;line 2&#9;tab"');
    const doc = parser.parse(multiline) as { testsuites: { testsuite: Array<{ testcase: Array<{ failure: { message: string } }> }> } };
    expect(doc.testsuites.testsuite[0]!.testcase[0]!.failure.message).toBe('line 1\nline 2\ttab');
  });

  it('annotates failures for GitHub with its escaping', () => {
    expect(githubAnnotations(verifyReportJunit(report))).toEqual([
      '::error file=out/bert/tfjs/model.json,title=VERIFY_MISMATCH%3A logits (tfjs vs reference)::max abs error 0.5; max rel error 0.25; cosine 0.75; argmax agreement 0.5; tolerance atol 0.02 + rtol 0.01·|expected|; first bad element [1, 0]: 0.51 vs expected 0.01',
      '::error file=out/bert/onnx/model.onnx,title=VERIFY_OUTPUT_MISSING%3A VERIFY_OUTPUT_MISSING pooler_output::onnx did not produce output "pooler_output" <&> \u0001, 50%25%0Atensor: pooler_output%0Ahint: convert again:%0Athen verify',
    ]);
  });
});
