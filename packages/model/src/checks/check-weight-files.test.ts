import { describe, expect, it } from 'vitest';
import { classifyFile } from '../classify-file.js';
import { checkWeightFiles } from './check-weight-files.js';

const entries = (...paths: string[]) => paths.map((path) => ({ path, kind: classifyFile(path) }));

describe('checkWeightFiles', () => {
  it('safetensors beside pickles: one PICKLE_IGNORED warning listing all of them', () => {
    const r = checkWeightFiles(entries('model.safetensors', 'pytorch_model.bin', 'training_args.bin', 'ckpt/optimizer.pt'));
    expect(r.hasSafetensors).toBe(true);
    const w = r.issues.find((i) => i.code === 'PICKLE_IGNORED')!;
    expect(w).toMatchObject({ severity: 'warning', file: 'pytorch_model.bin' });
    expect(w.message).toContain('pytorch_model.bin, training_args.bin, ckpt/optimizer.pt');
  });

  it('pickled weights only → PICKLE_ONLY; trainer state only → NO_SAFETENSORS', () => {
    const onlyPickle = checkWeightFiles(entries('config.json', 'pytorch_model-00001-of-00002.bin', 'pytorch_model.bin.index.json'));
    expect(onlyPickle.hasSafetensors).toBe(false);
    expect(onlyPickle.issues).toEqual([expect.objectContaining({ code: 'PICKLE_ONLY', severity: 'error' })]);
    const trainerState = checkWeightFiles(entries('config.json', 'training_args.bin'));
    expect(trainerState.issues).toEqual([expect.objectContaining({ code: 'NO_SAFETENSORS', file: undefined })]);
  });

  it('safetensors only in a sub-folder do not count as the model weights', () => {
    const r = checkWeightFiles(entries('config.json', '2_Dense/model.safetensors', 'tf_model.h5', 'flax_model.msgpack'));
    expect(r.hasSafetensors).toBe(false);
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([
      ['NO_SAFETENSORS', 'error'],
      ['SUBFOLDER_IGNORED', 'info'],
    ]);
    expect(r.issues[0]!.message).toContain('tf_model.h5, flax_model.msgpack');
  });

  it('lists long file lists with a count', () => {
    const many = Array.from({ length: 13 }, (_, i) => `shard-${String(i).padStart(2, '0')}.pt`);
    const r = checkWeightFiles(entries(...many));
    expect(r.issues[0]!.message).toContain('shard-09.pt and 3 more');
  });
});
