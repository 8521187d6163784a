export { KNOWN_TASKS, isKnownTask } from '@mlpack/families';
export type { Task } from '@mlpack/families';
