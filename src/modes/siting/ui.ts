// The mode's components, one dynamic import for registry.ts.
export { default as Panel } from './Panel.svelte';
export { default as Overlay } from './Overlay.svelte';
