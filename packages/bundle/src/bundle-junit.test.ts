import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { formatJunitXml, githubAnnotations } from '@mlpack/verify';
import { verifyBundleReportJunit } from './bundle-junit.js';
import type { VerifyBundleReport } from './verify-bundle-report.js';

const report: VerifyBundleReport = {
  ok: false,
  bundle: 'x-1.0.0.tar.gz',
  name: 'x',
  version: '1.0.0',
  layout: 'transformers.js',
  task: 'text-classification',
  files: { listed: 3, ok: false, paths: ['config.json', 'onnx/model.onnx', 'tokenizer.json'] },
  signature: { present: true, checked: true, ok: false },
  goldens: {
    checked: true,
    atol: 1e-4,
    rtol: 1e-3,
    comparisons: [
      {
        output: 'logits',
        shape: [3, 2],
        max_abs: 0.25,
        max_rel: 0.5,
        cosine: 0.9,
        argmax_agreement: 2 / 3,
        ok: false,
        first_bad: { index: [0, 1], actual: 1.25, expected: 1 },
      },
    ],
  },
  errors: [
    { code: 'BUNDLE_FILE_MODIFIED', file: 'onnx/model.onnx', message: 'sha256 differs from the manifest' },
    { code: 'BUNDLE_FILE_UNLISTED', file: 'extra.bin', message: 'not listed in mlpack.json' },
    { code: 'BUNDLE_SIGNATURE_INVALID', file: 'model.sig', message: 'signature does not verify' },
    { code: 'BUNDLE_GOLDEN_MISMATCH', tensor: 'logits', message: 'logits differs from the golden' },
  ],
};

describe('verify <bundle> --junit', () => {
  const suites = verifyBundleReportJunit(report);
  const xml = formatJunitXml(suites);

  it('has one test case per listed file, the signature, each golden output and each other problem', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (n) => n === 'testcase' }).parse(xml) as {
      testsuites: {
        tests: string;
        failures: string;
        testsuite: { testcase: Array<{ name: string; classname: string; failure?: { type: string; message: string } }> };
      };
    };
    const cases = doc.testsuites.testsuite.testcase;
    expect(cases.map((c) => [c.classname, c.name, c.failure?.type ?? 'ok'])).toEqual([
      ['mlpack.bundle.files', 'config.json', 'ok'],
      ['mlpack.bundle.files', 'onnx/model.onnx', 'BUNDLE_FILE_MODIFIED'],
      ['mlpack.bundle.files', 'tokenizer.json', 'ok'],
      ['mlpack.bundle.signature', 'signature', 'BUNDLE_SIGNATURE_INVALID'],
      ['mlpack.bundle.goldens', 'golden logits', 'BUNDLE_GOLDEN_MISMATCH'],
      ['mlpack.bundle', 'BUNDLE_FILE_UNLISTED', 'BUNDLE_FILE_UNLISTED'],
    ]);
    expect([doc.testsuites.tests, doc.testsuites.failures]).toEqual(['6', '4']);
    expect(cases[4]!.failure!.message).toBe(
      'max abs error 0.25; max rel error 0.5; cosine 0.9; argmax agreement 0.6666666666666666; tolerance atol 0.0001 + rtol 0.001·|expected|; first bad element [0, 1]: 1.25 vs expected 1',
    );
  });

  it('annotates each failure for GitHub, naming the file', () => {
    const lines = githubAnnotations(suites);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe(
      '::error file=onnx/model.onnx,title=BUNDLE_FILE_MODIFIED%3A onnx/model.onnx::sha256 differs from the manifest%0Afile: onnx/model.onnx',
    );
    expect(lines[3]).toBe('::error file=extra.bin,title=BUNDLE_FILE_UNLISTED%3A BUNDLE_FILE_UNLISTED::not listed in mlpack.json%0Afile: extra.bin');
  });
});
