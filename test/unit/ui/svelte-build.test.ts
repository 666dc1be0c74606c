// The Svelte runtime the build ships (vite.config.ts's svelteConstantFlags, decision 0015): the
// async path of template effects, `$effect.pending` and `<svelte:boundary>` are cut, as no
// component uses them.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compile } from 'svelte/compiler';
import type { Plugin } from 'vite';
import config from '../../../vite.config';

function transform(file: string): string {
  const plugins = (config as unknown as (env: object) => { plugins: Plugin[] })({ mode: 'production', command: 'build' }).plugins;
  const plugin = plugins.find((p) => p?.name === 'zhihui:svelte-constant-flags')!;
  const id = resolve('node_modules/svelte/src', file);
  const fn = plugin.transform as (this: unknown, code: string, id: string) => { code: string } | null;
  return fn.call({ error: (m: string) => { throw new Error(m); } }, readFileSync(id, 'utf8'), id)!.code;
}

describe("the build's Svelte runtime", () => {
  it('runs template effects without async expressions or blockers as published, and throws for them', () => {
    const code = transform('internal/client/reactivity/async.js');
    const flatten = code.slice(code.indexOf('export function flatten'), code.indexOf('\n}\n', code.indexOf('export function flatten')));
    expect(flatten).toContain('if (async.length === 0 && pending.length === 0) {\n\t\tfn(deriveds);\n\t\treturn;\n\t}');
    expect(flatten).toContain("throw new Error('async is not built in')");
    expect(flatten).not.toContain('async_derived');
  });

  it("reads no boundary's pending count ($effect.pending), and throws if asked", () => {
    const code = transform('internal/client/dom/blocks/boundary.js');
    expect(code).not.toContain('createSubscriber(');
    expect(code).toContain("get_effect_pending() {\n\t\tthrow new Error('$effect.pending is not built in');");
  });

  // mount()'s root boundary, { pending: () => {} }: its effects wait until it has rendered, and an
  // error goes on up, as no onerror or failed handles it; a <svelte:boundary> with either throws
  it('keeps only the root boundary: deferred effects until it renders, errors rethrown', () => {
    const code = transform('internal/client/dom/blocks/boundary.js');
    const boundary = code.slice(code.indexOf('export class Boundary'), code.indexOf('export function pending'));
    expect(boundary).toContain("if (props.onerror || props.failed) throw new Error('<svelte:boundary> is not built in');");
    expect(boundary).toMatch(/this\.is_pending = !!props\.pending;[\s\S]*children\(node\);[\s\S]*this\.is_pending = false;\n\t+current_batch\.transfer_reactions\(this\.#dirty_reactions\);/);
    expect(boundary).toContain('defer_effect(effect, this.#dirty_reactions);');
    expect(boundary).toContain('error(error) {\n\t\tthrow error;\n\t}');
    expect(boundary).not.toMatch(/transform_error|#handle_error|#hydrate|update_pending_count|is_rendered/);
  });

  // compiled as svelte.config.js compiles them, without experimental.async: an `await` in markup or
  // at a component's top level does not compile, and nothing else makes blockers
  it('has no component with async expressions, blockers, $effect.pending or <svelte:boundary> (which would need what is cut)', () => {
    const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.svelte'));
    expect(files.length).toBeGreaterThan(30);
    for (const f of files) {
      const { js } = compile(readFileSync(join('src', f), 'utf8'), { filename: f, runes: true, generate: 'client' });
      expect(js.code, f).not.toMatch(/\$\$promises|\$\.async\(|\$\.async_derived\(|\$\.run\(|\$\.run_after_blockers\(|\$\.pending\b|\$\.boundary\(/);
    }
  });
});
