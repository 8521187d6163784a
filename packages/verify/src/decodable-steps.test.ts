import { describe, expect, it } from 'vitest';
import { decodableSteps } from './decodable-steps.js';

describe('decodableSteps', () => {
  it('GPT-2: the prompt pass plus one step per free position of wpe', () => {
    // 64 positions, a 48-token prompt: positions 48..63 take 16 tokens after the prompt pass's own pick, 17 steps.
    expect(decodableSteps({ n_positions: 64 }, 48, 20)).toBe(17);
    expect(decodableSteps({ n_positions: 64 }, 48, 16)).toBe(16);
    expect(decodableSteps({ n_positions: 64 }, 64, 20)).toBe(1);
    expect(decodableSteps({ n_positions: 64 }, 70, 20)).toBe(1);
  });

  it('rotary models are not limited by max_position_embeddings', () => {
    expect(decodableSteps({ max_position_embeddings: 16 }, 12, 20)).toBe(20);
    expect(decodableSteps({}, 12, 7)).toBe(7);
  });
});
