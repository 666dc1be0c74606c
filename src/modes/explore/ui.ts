// The mode's components; registry.ts imports these statically (the start chunk holds them).
export { default as Panel } from './Panel.svelte';
