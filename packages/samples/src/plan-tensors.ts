import type { FamilyContext, TensorPlan } from './families/family-definition.js';
import { FAMILIES } from './families/family-registry.js';
import { compareCodePoints } from './python-json.js';

/**
 * Every tensor of the checkpoint transformers would save for this spec, sorted by name: the base
 * model's tensors (prefixed with `base_model_prefix.` for head classes) plus the head's.
 */
export function planTensors(ctx: FamilyContext): TensorPlan[] {
  const family = FAMILIES[ctx.spec.family];
  const prefix = ctx.spec.head === 'base' ? '' : `${family.basePrefix}.`;
  const plans: TensorPlan[] = family.backbone(ctx).map((t) => ({ ...t, name: prefix + t.name, seedName: t.name }));
  if (ctx.spec.head !== 'base') plans.push(...family.head(ctx).map((t) => ({ ...t, seedName: t.name })));
  plans.sort((a, b) => compareCodePoints(a.name, b.name));
  for (let i = 1; i < plans.length; i++) {
    if (plans[i]!.name === plans[i - 1]!.name) throw new Error(`bug: tensor ${plans[i]!.name} planned twice`);
  }
  return plans;
}
