// The Svelte runtime the build ships (vite.config.ts's svelteConstantFlags, decision 0015): the
// async path of template effects, `$effect.pending` and `<svelte:boundary>` are cut, as no
// component uses them.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compile } from 'svelte/compiler';
import type { Plugin } from 'vite';
import config from '../../../vite.config';

function transform(file: string, orNull = false): string {
  const plugins = (config as unknown as (env: object) => { plugins: Plugin[] })({ mode: 'production', command: 'build' }).plugins;
  const plugin = plugins.find((p) => p?.name === 'zhihui:svelte-constant-flags')!;
  const id = resolve('node_modules/svelte/src', file);
  const fn = plugin.transform as (this: unknown, code: string, id: string) => { code: string } | null;
  const out = fn.call({ error: (m: string) => { throw new Error(m); } }, readFileSync(id, 'utf8'), id);
  return orNull ? out?.code ?? '' : out!.code;
}

/** What effectLog uses of svelte/internal/client (which ships no types). */
interface Runtime {
  state(v: number): object;
  derived(fn: () => number): object;
  get(s: object): number;
  set(s: object, v: number): number;
  proxy<T>(v: T): T;
  effect_root(fn: () => void): () => void;
  user_effect(fn: () => void | (() => void)): void;
  user_pre_effect(fn: () => void): void;
  render_effect(fn: () => void): void;
  untrack<T>(fn: () => T): T;
  flush(fn?: () => void): void;
  tick(): Promise<void>;
}

/** Svelte's source with every file the plugin rewrites rewritten, beside the packages it imports. */
async function builtRuntime(): Promise<Runtime> {
  const dir = resolve('node_modules/.cache/svelte-built');
  rmSync(dir, { recursive: true, force: true });
  cpSync('node_modules/svelte/src', join(dir, 'src'), { recursive: true });
  cpSync('node_modules/svelte/package.json', join(dir, 'package.json'));
  for (const f of readdirSync(join(dir, 'src/internal'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'))) {
    const code = transform(join('internal', f), true);
    if (code) writeFileSync(join(dir, 'src/internal', f), code);
  }
  return import(pathToFileURL(join(dir, 'src/internal/client/index.js')).href);
}

/**
 * Signals, deriveds, a proxied array and effects of every kind (a pre effect, a render effect
 * that writes, a teardown, an inner root) driven by writes, flushes, microtasks and ticks: what
 * ran, in what order, with which values.
 */
async function effectLog($: Runtime, ops: [number, number][]): Promise<string[]> {
  const log: string[] = [];
  const s = [$.state(1), $.state(2), $.state(3)];
  const sum = $.derived(() => $.get(s[0]) + $.get(s[1]));
  const list = $.proxy([1, 2]);
  const destroy = $.effect_root(() => {
    $.user_effect(() => void log.push(`sum ${$.get(sum)}`));
    $.user_pre_effect(() => void log.push(`pre ${$.get(s[2])} ${list.length}`));
    $.render_effect(() => {
      const a = $.get(s[0]);
      log.push(`a ${a}`);
      if (a > 5) $.set(s[2], a * 2);
    });
    $.user_effect(() => {
      const v = $.get(s[1]);
      $.untrack(() => log.push(`b ${v} ${list.join()}`));
      return () => log.push(`teardown ${v}`);
    });
    $.user_effect(() => {
      if ($.get(sum) % 4 === 0) $.effect_root(() => $.user_effect(() => void log.push(`inner ${$.get(s[2])}`)));
    });
  });
  $.flush();
  for (const [op, v] of ops) {
    log.push(`op ${op} ${v}`);
    if (op < 3) $.set(s[op], v);
    else if (op === 3) $.flush();
    else if (op === 4) await Promise.resolve();
    else if (op === 5) await $.tick();
    else if (op === 6) list.push(v);
    else
      $.flush(() => {
        $.set(s[v % 3], v);
        $.set(s[(v + 1) % 3], v + 1);
      });
  }
  await $.tick();
  destroy();
  log.push('destroyed');
  return log;
}

/** What blockLog uses: an {#if} and a keyed {#each}, as compiled components call them. */
interface Blocks {
  if(anchor: object, fn: (render: (fn: () => void, key?: boolean) => void) => void): void;
  each(anchor: object, flags: number, items: () => number[], key: (v: number) => number, render: (anchor: object, item: object, index: object) => void): void;
}

type BlockOp = ['show', number] | ['list', number[]] | ['flush'] | ['tick'];

/**
 * An {#if}/{:else} and a keyed {#each} (items and indexes reactive, as compiled) over writes,
 * flushes and ticks: which branches and items render, update and are destroyed, in what order.
 * Without DOM nodes the blocks move nothing; a stub document gives the each block its offscreen anchor.
 */
async function blockLog($: Runtime & Blocks, ops: BlockOp[]): Promise<string[]> {
  const log: string[] = [];
  const show = $.state(1);
  const list = $.state(0);
  const lists: number[][] = [[1, 2, 3]];
  const anchor = { before() {} };
  const destroy = $.effect_root(() => {
    $.if(anchor, (render) => {
      if ($.get(show) % 3) render(() => $.render_effect(() => (log.push(`if ${$.get(show)}`), () => log.push('if gone'))));
      else render(() => $.render_effect(() => (log.push('else'), () => log.push('else gone'))), false);
    });
    $.each(anchor, 19, () => lists[$.get(list)], (v) => v, (_, item, index) => {
      $.render_effect(() => {
        const v = $.get(item);
        log.push(`item ${v} at ${$.get(index)}`);
        return () => log.push(`item ${v} gone`);
      });
    });
  });
  $.flush();
  for (const op of ops) {
    log.push(op.join(' '));
    if (op[0] === 'show') $.set(show, op[1]);
    else if (op[0] === 'list') $.set(list, lists.push(op[1]) - 1);
    else if (op[0] === 'flush') $.flush();
    else await $.tick();
  }
  await $.tick();
  destroy();
  log.push('destroyed');
  return log;
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

  // without async work, fork() or settled() a batch is never a fork, never waits on pending work,
  // never skips a branch, never rebases, holds no async derived and never sets batch_values: what the build leaves out of Batch
  it('runs effects as the published runtime does, without what only async mode, fork() or settled() reach', async () => {
    const code = transform('internal/client/reactivity/batch.js');
    const batch = code.slice(code.indexOf('export class Batch'), code.indexOf('export function flushSync'));
    expect(batch).not.toMatch(/is_fork = |#commit\(|this\.#is_deferred\(|skip_effect\(|#pending\b|#deferred\b|\bincrement\(|settled\(\) \{|register_created_effect|async_deriveds/);
    expect(code).toContain('export const batch_values = null;');
    expect(code).not.toMatch(/\n\t+batch_values = /);
    expect(transform('internal/client/reactivity/effects.js')).not.toContain('register_created_effect');
    for (const file of ['dom/blocks/branches.js', 'dom/blocks/each.js']) expect(transform(`internal/client/${file}`)).toContain('var defer = false;');
    const built = await builtRuntime();
    const published: Runtime = await import(pathToFileURL(resolve('node_modules/svelte/src/internal/client/index.js')).href);
    const ops: [number, number][] = [[0, 3], [1, 4], [4, 0], [3, 0], [0, 7], [5, 0], [6, 9], [7, 2], [1, 13], [3, 0], [1, 5], [3, 0], [0, 9], [4, 0], [2, 1], [5, 0]];
    const log = await effectLog(published, ops);
    expect(log).toContain('inner 18');
    expect(await effectLog(built, ops)).toEqual(log);
    const op = fc.tuple(fc.integer({ min: 0, max: 7 }), fc.integer({ min: 0, max: 20 }));
    await fc.assert(fc.asyncProperty(fc.array(op, { maxLength: 30 }), async (ops) => {
      expect(await effectLog(built, ops)).toEqual(await effectLog(published, ops));
    }), { numRuns: 300 });
  });

  // the list of DOM properties the server and compiler read, built by a spread the minifier had to
  // keep: the same list, made by a call it may drop when nothing reads it
  it('lists the same DOM properties, in a form the bundle can leave out', async () => {
    const code = transform('utils.js');
    expect(code).not.toContain('...DOM_BOOLEAN_ATTRIBUTES');
    const dir = resolve('node_modules/.cache/svelte-utils');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'utils.js'), code);
    const built = await import(pathToFileURL(join(dir, 'utils.js')).href);
    rmSync(dir, { recursive: true, force: true });
    const published = await import(pathToFileURL(resolve('node_modules/svelte/src/utils.js')).href);
    const names = [...code.matchAll(/'([a-zA-Z]+)'/g)].map((m) => m[1]).concat('value', 'id', 'class');
    expect(names.filter((n) => published.is_dom_property(n)).length).toBeGreaterThan(30);
    for (const n of names) expect(built.is_dom_property(n), n).toBe(published.is_dom_property(n));
  });

  // no component has a transition:, in: or out: directive (transition() throws), so a pause ends
  // at once: no transitions to stop, pause or resume, no {#each} items waiting in outro groups
  it('pauses, resumes and destroys {#if} branches and {#each} items as published, without transitions', async () => {
    expect(transform('internal/client/dom/elements/transitions.js')).toContain("throw new Error('transitions are not built in');");
    expect(transform('internal/client/reactivity/effects.js')).not.toMatch(/nodes\.t\b|transition\.(stop|in|out)\(/);
    expect(transform('internal/client/dom/blocks/each.js')).not.toMatch(/state\.outrogroups|transitions\.length/);
    expect(transform('internal/client/dom/blocks/branches.js')).not.toContain('#outroing');
    const doc = globalThis as { document?: object };
    doc.document = { createTextNode: () => ({}), createDocumentFragment: () => ({ append() {}, lastChild: { remove() {} } }) };
    try {
      const built = (await builtRuntime()) as Runtime & Blocks;
      const published: Runtime & Blocks = await import(pathToFileURL(resolve('node_modules/svelte/src/internal/client/index.js')).href);
      const ops: BlockOp[] = [['list', [3, 1]], ['show', 2], ['flush'], ['show', 3], ['list', [1, 4, 3, 2]], ['tick'], ['list', []], ['show', 4], ['flush'], ['list', [2, 5]], ['show', 6], ['list', [5, 2]], ['tick']];
      const log = await blockLog(published, ops);
      expect(log).toEqual(expect.arrayContaining(['item 1 gone', 'else gone', 'item 4 at 1', 'item 5 at 0']));
      expect(await blockLog(built, ops)).toEqual(log);
      const op = fc.oneof(
        fc.tuple(fc.constant('show' as const), fc.integer({ min: 0, max: 9 })),
        fc.tuple(fc.constant('list' as const), fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 6 })),
        fc.constant(['flush'] as BlockOp),
        fc.constant(['tick'] as BlockOp),
      );
      await fc.assert(fc.asyncProperty(fc.array(op, { maxLength: 25 }), async (ops) => {
        expect(await blockLog(built, ops as BlockOp[])).toEqual(await blockLog(published, ops as BlockOp[]));
      }), { numRuns: 200 });
    } finally {
      delete doc.document;
    }
  });

  it('keys {#each} items as plain sources, and never measures or animates them', () => {
    const each = transform('internal/client/dom/blocks/each.js');
    expect(each).toContain('var is_animated = false;');
    expect(each).not.toContain('mutable_source(value');
  });

  // only $state.eager and $inspect make eager effects; none is used, so none is ever flushed, and
  // every component is in runes mode (svelte.config.js), so is_runes() is always true
  it('makes no eager effect and flushes none, and reads runes mode as always on', () => {
    const sources = transform('internal/client/reactivity/sources.js');
    expect(sources).toContain('export function flush_eager_effects() {}');
    expect(sources).not.toMatch(/eager_effects\.add\(|flush_eager_effects\(\);/);
    expect(transform('internal/client/reactivity/effects.js')).toContain("export function eager_effect(fn) { throw new Error('$state.eager and $inspect are not built in');");
    for (const file of ['reactivity/sources.js', 'reactivity/async.js', 'runtime.js']) expect(transform(`internal/client/${file}`)).not.toContain('is_runes()');
  });

  it("is built from no module that imports fork, settled, hydrate, getAbortSignal or unmount from 'svelte'", () => {
    const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|svelte)$/.test(f));
    for (const f of files) expect(readFileSync(join('src', f), 'utf8'), f).not.toMatch(/import \{[^}]*\b(fork|settled|hydrate|getAbortSignal|unmount)\b[^}]*\} from 'svelte'/);
  });

  // a select bound to a value holds one (no `multiple`), and no bound control is ever reset: a
  // reset event comes only from a <form>, and the app makes none
  it('binds selects of one value and resets no control, as no component has <select multiple> or a <form>', () => {
    expect(transform('internal/client/dom/elements/bindings/select.js')).not.toContain('.multiple');
    expect(transform('internal/client/dom/elements/bindings/shared.js')).not.toMatch(/FORM_RESET_HANDLER\]|add_form_reset_listener\(\)/);
    const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|svelte)$/.test(f));
    expect(files.length).toBeGreaterThan(100);
    for (const f of files) expect(readFileSync(join('src', f), 'utf8'), f).not.toMatch(/\bmultiple\b|<form\b|['"]form['"]/);
  });

  // with no form, no bound control's handler is called for a reset; only legacy mode's
  // invalidate_inner_signals captures the signals a read touches
  it("reads a bound control's own value, never its default, and captures no signals (no form reset, no legacy mode)", () => {
    expect(transform('internal/client/dom/elements/bindings/input.js')).not.toContain('is_reset ?');
    expect(transform('internal/client/dom/elements/bindings/select.js')).not.toContain('is_reset ?');
    expect(transform('internal/client/runtime.js')).not.toContain('captured_signals?.add');
    for (const f of readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.svelte'))) {
      const { js } = compile(readFileSync(join('src', f), 'utf8'), { filename: f, runes: true, generate: 'client' });
      expect(js.code, f).not.toMatch(/\$\.invalidate_inner_signals\(/);
    }
  });

  // a select's default value (restored when its options change) comes only from a spread or
  // <select defaultValue={…}>, and no component has either
  it('restores no default value of a select when its options change, as no component sets one', () => {
    const select = transform('internal/client/dom/elements/bindings/select.js');
    expect(select).toMatch(/export function init_select\(select\) \{/);
    expect(select).not.toContain("if ('__defaultValue' in select)");
    for (const f of readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.svelte'))) {
      const { js } = compile(readFileSync(join('src', f), 'utf8'), { filename: f, runes: true, generate: 'client' });
      expect(js.code, f).not.toMatch(/\$\.(set_default_select_value|attribute_effect)\(/);
    }
  });

  // main.ts mounts the app once and nothing unmounts it
  it('keeps nothing to unmount the app with (unmount throws)', () => {
    const render = transform('internal/client/render.js');
    expect(render).toContain("export function unmount(component, options) { throw new Error('unmount is not built in');");
    expect(render).not.toMatch(/mounted_components\.set|removeEventListener/);
    expect(render).not.toContain('var unmount =');
    expect(transform('internal/client/reactivity/effects.js')).not.toContain('options.outro');
  });

  // only getAbortSignal() gives a reaction an AbortController: without it nothing is aborted
  it('aborts no reaction (getAbortSignal throws)', () => {
    expect(transform('index-client.js')).toContain("export function getAbortSignal() { throw new Error('getAbortSignal is not built in'); }");
    for (const file of ['runtime.js', 'reactivity/deriveds.js', 'reactivity/effects.js', 'reactivity/batch.js'])
      expect(transform(`internal/client/${file}`), file).not.toMatch(/\.ac !== null|\.ac === null|\.abort\(|e\.ac\)/);
  });

  // every style: directive stands on an element without a style attribute and none is |important:
  // set_style gets '' and one object of directives, so no attribute text is parsed
  it('sets style: directives as published, without parsing a style attribute or |important (which throw)', async () => {
    expect(transform('internal/shared/attributes.js')).not.toMatch(/in_comment|important_styles/);
    expect(transform('internal/client/dom/elements/style.js')).not.toContain('Array.isArray');
    const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.svelte'));
    let calls = 0;
    for (const f of files) {
      const { js } = compile(readFileSync(join('src', f), 'utf8'), { filename: f, runes: true, generate: 'client' });
      for (const m of js.code.matchAll(/\$\.set_style\(([^\n]*)/g)) {
        expect(m[1], f).toMatch(/^\w+, '', (\w+|\{\}), \{/);
        calls++;
      }
    }
    expect(calls).toBeGreaterThan(15);
    await builtRuntime();
    const dir = resolve('node_modules/.cache/svelte-built/src/internal/client/dom/elements/style.js');
    type SetStyle = { set_style(dom: object, value: string | null, prev?: object, next?: object): object };
    const built: SetStyle = await import(pathToFileURL(dir).href);
    const published: SetStyle = await import(pathToFileURL(resolve('node_modules/svelte/src/internal/client/dom/elements/style.js')).href);
    /** An element's style as set_style leaves it over a run of directive objects, step by step. */
    const styled = ($: SetStyle, runs: Record<string, string | null>[]) => {
      const log: string[] = [];
      const dom = {
        style: { set cssText(v: string) { log.push(`css ${v}`); }, setProperty: (k: string, v: string) => log.push(`set ${k} ${v}`), removeProperty: (k: string) => log.push(`remove ${k}`) },
        removeAttribute: (a: string) => log.push(`remove attr ${a}`),
      };
      let prev: object | undefined;
      for (const next of runs) prev = $.set_style(dom, '', prev, next);
      return log;
    };
    const value = fc.oneof(fc.constantFrom(null, '', 'red', '#37474f', '10px', 'var(--x)'), fc.string({ maxLength: 4 }));
    const runs = fc.array(fc.dictionary(fc.constantFrom('background', 'color', 'width', '--u', 'border-color'), value), { minLength: 1, maxLength: 6 });
    expect(styled(built, [{ background: 'red', '--u': '3px' }, { background: null, '--u': '4px' }])).toEqual(['css background: red; --u: 3px;', 'remove background', 'set --u 4px']);
    fc.assert(fc.property(runs, (r) => void expect(styled(built, r)).toEqual(styled(published, r))), { numRuns: 300 });
    expect(() => built.set_style({}, 'color: red', undefined, { width: '1px' })).toThrow('not built in');
  });

  // every class: directive stands beside a static class attribute (with the scoping class) that
  // lacks its name, so a directive that is off never has a class to take out of the attribute's
  it('sets class: directives as published where the class attribute lacks their names, without looking for them in it', async () => {
    expect(transform('internal/shared/attributes.js')).not.toMatch(/whitespace|classname\.indexOf/);
    const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.svelte'));
    let calls = 0;
    for (const f of files) {
      const { js } = compile(readFileSync(join('src', f), 'utf8'), { filename: f, runes: true, generate: 'client', cssHash: () => 's-0' });
      // $.set_class(node, is_html, value, hash, prev, { directives }): the directives' object may span lines
      for (const m of js.code.matchAll(/\$\.set_class\(\w+, \d, ([^,]+), [^,]+(?:, \w+|, \{\}), \{([\s\S]*?)\}\)/g)) {
        expect(m[1], f).toMatch(/^'[^']*'$/);
        const names = [...m[2].matchAll(/(?:^|,)\s*'?([\w-]+)'?:/g)].map((k) => k[1]);
        expect(names.length, `${f}: ${m[0]}`).toBeGreaterThan(0);
        for (const n of names) expect(m[1].slice(1, -1).split(' '), `${f}: ${m[0]}`).not.toContain(n);
        calls++;
      }
      expect(js.code.match(/\$\.set_class\(/g)?.length ?? 0, f).toBe((js.code.match(/\$\.set_class\(\w+, \d, [^,]+, [^,)]+\);/g)?.length ?? 0) + [...js.code.matchAll(/\$\.set_class\(\w+, \d, ([^,]+), [^,]+(?:, \w+|, \{\}), \{/g)].length);
    }
    expect(calls).toBeGreaterThan(15);
    await builtRuntime();
    type ToClass = { to_class(value: unknown, hash?: string | null, directives?: Record<string, boolean>): string | null };
    const built: ToClass = await import(pathToFileURL(resolve('node_modules/.cache/svelte-built/src/internal/shared/attributes.js')).href);
    const published: ToClass = await import(pathToFileURL(resolve('node_modules/svelte/src/internal/shared/attributes.js')).href);
    const name = fc.constantFrom('on', 'busy', 'ok', 'lift', 'hl', 'keep');
    const args = fc.tuple(fc.constantFrom(null, undefined, '', 'zone', 'reach s-1', 'overlay s-2'), fc.constantFrom(null, 's-3'), fc.option(fc.dictionary(name, fc.boolean()), { nil: undefined }));
    fc.assert(fc.property(args, ([v, h, d]) => void expect(built.to_class(v, h, d)).toBe(published.to_class(v, h, d))), { numRuns: 300 });
    expect(built.to_class('zone s-1', null, { over: true, on: false })).toBe('zone s-1 over');
  });

  // no element spreads attributes ({...attrs}), the one reader of the attribute cache's
  // custom-element and HTML flags
  it('sets attributes as published without the flags only spread attributes read (which throw)', async () => {
    const code = transform('internal/client/dom/elements/attributes.js');
    expect(code).toContain('(element)[ATTRIBUTES_CACHE] ??= {}');
    expect(code).toContain("throw new Error('spread attributes are not built in');");
    const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.svelte'));
    for (const f of files) {
      const { js } = compile(readFileSync(join('src', f), 'utf8'), { filename: f, runes: true, generate: 'client' });
      expect(js.code, f).not.toMatch(/\$\.(attribute_effect|set_attributes)\(/);
    }
    await builtRuntime();
    type SetAttribute = { set_attribute(el: object, name: string, value: string | null): void; attribute_effect(...a: unknown[]): void };
    const built: SetAttribute = await import(pathToFileURL(resolve('node_modules/.cache/svelte-built/src/internal/client/dom/elements/attributes.js')).href);
    const published: SetAttribute = await import(pathToFileURL(resolve('node_modules/svelte/src/internal/client/dom/elements/attributes.js')).href);
    const run = ($: SetAttribute, steps: [string, string | null][]) => {
      const log: string[] = [];
      const el = { nodeName: 'DIV', namespaceURI: 'http://www.w3.org/1999/xhtml', getAttribute: () => null, setAttribute: (k: string, v: string) => log.push(`set ${k} ${v}`), removeAttribute: (k: string) => log.push(`remove ${k}`) };
      for (const [k, v] of steps) $.set_attribute(el, k, v);
      return log;
    };
    const steps = fc.array(fc.tuple(fc.constantFrom('title', 'aria-label', 'data-id', 'loading'), fc.constantFrom(null, '', 'a', 'b')), { maxLength: 12 });
    fc.assert(fc.property(steps, (st) => void expect(run(built, st)).toEqual(run(published, st))), { numRuns: 200 });
    expect(() => built.attribute_effect({}, () => ({}))).toThrow('not built in');
  });

  // compiled as svelte.config.js compiles them, without experimental.async: an `await` in markup or
  // at a component's top level does not compile, and nothing else makes blockers
  it('has no component with async expressions, blockers, $effect.pending, $state.eager, $inspect, <svelte:boundary>, animate:, transitions or mutable {#each} items (which would need what is cut)', () => {
    const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.svelte'));
    expect(files.length).toBeGreaterThan(30);
    let eachBlocks = 0;
    for (const f of files) {
      const { js } = compile(readFileSync(join('src', f), 'utf8'), { filename: f, runes: true, generate: 'client' });
      expect(js.code, f).not.toMatch(/\$\$promises|\$\.async\(|\$\.async_derived\(|\$\.run\(|\$\.run_after_blockers\(|\$\.pending\b|\$\.boundary\(|\$\.animation\(|\$\.transition\(|\$\.eager\(|\$\.inspect/);
      // each.js's flags: EACH_ITEM_IMMUTABLE (16) on every block, EACH_IS_ANIMATED (8) on none
      for (const [, flags] of js.code.matchAll(/\$\.each\([^,]+, (\d+),/g)) {
        expect(Number(flags) & 24, `${f}: {#each} flags ${flags}`).toBe(16);
        eachBlocks++;
      }
    }
    expect(eachBlocks).toBeGreaterThan(50);
  });
});
