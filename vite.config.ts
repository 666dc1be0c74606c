import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { relative } from 'node:path';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('.', import.meta.url));
const WORKER_ENTRY = '?worker-entry';
/** What a module worker may contain: the pure core (docs/architecture.md), never Svelte, MapLibre or Vite's DOM helpers. */
const WORKER_SRC = /^src\/lib\/(analysis|data|io|worker)\//;
const NOT_IN_WORKER = /[\\/]node_modules[\\/](svelte|maplibre-gl)[\\/]|vite\/(preload-helper|modulepreload-polyfill)/;

/**
 * `import url from './x.worker.ts?worker-entry'` gives the URL of a module worker. In a build the
 * worker is another entry of the app's own bundle (not a separate bundle, as `new Worker(new URL(…))`
 * would make it), so modules it shares with the main thread — PapaParse, gcoord, the validators,
 * the route distances — ship once, in chunks both import. The build fails if a chunk the worker loads holds
 * anything but the pure core. In dev, Vite serves the worker as usual (`?worker&url`).
 */
function workerEntry(): Plugin {
  let build = false;
  const entries = new Map<string, string>(); // reference id → worker module
  return {
    name: 'zhihui:worker-entry',
    enforce: 'pre',
    configResolved(config) {
      build = config.command === 'build';
    },
    async resolveId(source, importer) {
      if (!source.endsWith(WORKER_ENTRY)) return null;
      const resolved = await this.resolve(source.slice(0, -WORKER_ENTRY.length), importer, { skipSelf: true });
      return resolved && `\0worker-entry:${resolved.id}`;
    },
    load(id) {
      if (!id.startsWith('\0worker-entry:')) return null;
      const file = id.slice('\0worker-entry:'.length);
      if (!build) return `export { default } from ${JSON.stringify(`${file}?worker&url`)};`;
      const ref = this.emitFile({ type: 'chunk', id: file, name: file.replace(/^.*[\\/]/, '').replace(/\.[tj]s$/, '') });
      entries.set(ref, file);
      return `export default import.meta.ROLLDOWN_FILE_URL_${ref};`;
    },
    generateBundle(_, bundle) {
      for (const ref of entries.keys()) {
        const seen = new Set<string>();
        const queue = [this.getFileName(ref)];
        while (queue.length) {
          const name = queue.pop()!;
          const chunk = bundle[name];
          if (seen.has(name) || chunk?.type !== 'chunk') continue;
          seen.add(name);
          for (const id of chunk.moduleIds) {
            const rel = relative(ROOT, id).replace(/\\/g, '/');
            if (NOT_IN_WORKER.test(id) || (rel.startsWith('src/') && !WORKER_SRC.test(rel)))
              this.error(`${chunk.fileName}, loaded by the worker ${relative(ROOT, entries.get(ref)!)}, contains ${rel}`);
          }
          queue.push(...chunk.imports);
        }
      }
    },
  };
}

/**
 * The app mounts its one component (main.ts) and never hydrates server-rendered HTML, and every
 * component compiles in runes mode without `experimental.async` or `$inspect.trace`, so Svelte's
 * runtime switches for those (`hydrating`, `async_mode_flag`, `legacy_mode_flag`,
 * `tracing_mode_flag`) stay false for the page's whole life. Written as constants here, with
 * `optimization.inlineConst`, the minifier drops the branches behind them. Anything that would turn
 * one on (Svelte's `hydrate()`, a legacy-mode or async component's flag import) throws instead, and
 * the build fails if Svelte's source no longer reads as expected. Template effects (`flatten`) keep
 * only their path without async expressions or blockers, which only async components make: the
 * rest throws, and the async deriveds it alone used go; likewise `$effect.pending()`, which no
 * component uses. The one boundary is the root `mount` makes (no component has a
 * `<svelte:boundary>`): its class keeps only what that boundary does without async work, and
 * rethrows errors as it did having no `onerror` or `failed`. Batches keep only what they do without
 * async work, `fork()` or `settled()`: never a fork, no pending work, no skipped branches, no rebase
 * (test/unit/ui/svelte-build.test.ts runs effects with the rewritten runtime and the published one).
 * `{#each}` items are plain sources, never measured or animated (no `animate:`, no store items).
 * No component uses `$state.eager` or `$inspect`, so no eager effect exists to flush (making one
 * throws), and `is_runes()` is always true. The DOM property list only the server reads is built
 * without a spread, so the minifier can leave it out. No component has a transition (making one
 * throws), so pausing an effect ends at once: no transitions to stop, pause or resume, no outro groups.
 * No module calls getAbortSignal() (it throws), so no reaction has an AbortController to abort.
 * No <select multiple> and no <form>: a bound select holds one value and no bound control is reset;
 * no select is given a default value, so none is restored when its options change; a bound control's
 * handler never runs for a reset. Only legacy mode captures the signals a read touches.
 * The app is mounted once and never unmounted (unmount() throws): mount() keeps no teardown.
 * Every style: directive is on an element without a style attribute and none is |important, so
 * no attribute text is parsed beside them (a style attribute or |important there throws).
 * No class: directive names a class of its element's class attribute: one that is off is not
 * looked for in the attribute's text.
 * No element spreads attributes (attribute_effect throws): the attribute cache keeps no flags for it.
 * Each pattern must match as often as said (once unless a count follows it), and the build fails
 * if the shipped JavaScript still calls a member the rewrite removes (`REMOVED`).
 */
function svelteConstantFlags(): Plugin {
  const files: Record<string, [RegExp, string, number?][]> = {
    // the server's and compiler's list of DOM properties: no client module reads it, but the spread
    // that builds it kept it in the bundle
    'utils.js': [[/\nconst DOM_PROPERTIES = \[\n\t\.\.\.DOM_BOOLEAN_ATTRIBUTES,([^\]]*)\];/, '\nconst DOM_PROPERTIES = /* @__PURE__ */ DOM_BOOLEAN_ATTRIBUTES.concat([$1]);']],
    'internal/client/dom/hydration.js': [
      [/export let hydrating = false;/, 'export const hydrating = false;'],
      [/(export function set_hydrating\(value\) \{)\s*hydrating = value;/, "$1 if (value) throw new Error('hydration is not built in');"],
    ],
    'internal/client/reactivity/async.js': [
      [/is_runes\(\) \? derived : derived_safe_equal/, 'derived'],
      [/(\n\tif \(async\.length === 0 && pending\.length === 0\) \{\n\t\tfn\(deriveds\);\n\t\treturn;\n\t\}\n)[\s\S]*?\n\}\n/, "$1\tthrow new Error('async is not built in');\n}\n"],
    ],
    // the root boundary mount() makes, { pending: () => {} }: its effects wait until it has
    // rendered (is_pending, defer_effect); without async work nothing is pending after that
    'internal/client/dom/blocks/boundary.js': [
      [/\nexport class Boundary \{\n[\s\S]*?\n\t#effect_pending_subscriber = createSubscriber\([\s\S]*?\n\}\n(?=\nexport function pending\(\))/, `
export class Boundary {
	is_pending = false;
	#dirty_reactions = new Map();
	constructor(node, props, children) {
		if (props.onerror || props.failed) throw new Error('<svelte:boundary> is not built in');
		block(() => {
			this.is_pending = !!props.pending;
			branch(() => {
				var effect = active_effect;
				effect.b = this;
				effect.f |= BOUNDARY_EFFECT;
				children(node);
			});
			this.is_pending = false;
			current_batch.transfer_reactions(this.#dirty_reactions);
		}, flags);
	}
	defer_effect(effect) {
		defer_effect(effect, this.#dirty_reactions);
	}
	get_effect_pending() {
		throw new Error('$effect.pending is not built in');
	}
	error(error) {
		throw error;
	}
}
`],
    ],
    // without async work, fork() (which needs async mode) or settled(), a batch is never a fork,
    // never waits on pending work and never skips a branch (only async mode defers appends); its
    // commit-time rebase runs only in async mode
    'internal/client/reactivity/batch.js': [
      [/\n\t#(pending|blocking_pending|deferred|new_effects|skipped_branches|unskipped_branches|decrement_queued) = [^;\n]*;/g, '', 7],
      [/\n\tis_fork = false;/, ''],
      // batch_values (the values of one batch among several, 'time travelling') is set only by
      // async mode's apply() and fork(): null for the page's whole life
      [/export let batch_values = null;/, 'export const batch_values = null;'],
      [/\n\t+batch_values = [^;\n]*;/g, '', 7],
      // only async_derived (async mode) adds to async_deriveds: the map stays empty
      [/\n\t\/\*\* @type \{Map<Effect, ReturnType<typeof deferred<any>>>\} \*\/\n\tasync_deriveds = new Map\(\);/, ''],
      [/\n\t\tfor \(const \[effect, deferred\] of batch\.async_deriveds\) \{[\s\S]*?\n\t\tbatch\.async_deriveds\.clear\(\);/, ''],
      [/ && !this\.async_deriveds\.has\(effect\)/, ''],
      [/\n\t\tfor \(const deferred of this\.async_deriveds\.values\(\)\) \{\n\t\t\tdeferred\.reject\(OBSOLETE\);\n\t\t\}/, ''],
      [/\n\t(#commit|#is_deferred|#is_skipped|skip_effect|unskip_effect|increment|decrement|settled)\([^\n]*\) \{[\s\S]*?\n\t\}/g, '', 8],
      [/\n\t\/\*\*\n\t \* @param \{Effect\} effect\n\t \*\/\n\tregister_created_effect\(effect\) \{\n\t\tthis\.#new_effects\.push\(effect\);\n\t\}/, ''],
      [/if \(!this\.#is_deferred\(\)\) (this\.discard\(\);)/, '$1'],
      [/\n\t\t\/\/ if the batch has outstanding pending work, stash effects and bail\n\t\tif \(this\.#is_deferred\(\)\) \{[\s\S]*?\n\t\t\}/, ''],
      [/\n\t\tthis\.#deferred\?\.resolve\(\);/g, '', 2],
      [/this\.#pending === 0 && /, ''],
      [/\n\t{3}if \(async_mode_flag\) \{\n\t{4}this\.#commit\(\);[\s\S]*?\n\t{3}\}/, ''],
      [/ \|\| this\.#skipped_branches\.has\(effect\)/, ''],
      [/!batch\.is_fork && /, ''],
      [/ &&\n\t+effect\.ac === null/, ''],
      [/if \(!this\.is_fork\) \{\n\t\t\t(source\.v = value;)\n\t\t\}/, '$1'],
    ],
    'internal/client/reactivity/deriveds.js': [
      [/if \(e\.teardown \|\| e\.ac\) \{/, 'if (e.teardown) {'],
      [/\n(\t+)if \(e\.ac !== null\) \{[\s\S]*?\n\1\}/, ''],
      [/if \(!current_batch\?\.is_fork \|\| derived\.deps === null\) \{/, 'if (true) {'],
      [/if \(effect_tracking\(\) \|\| current_batch\?\.is_fork\) \{/, 'if (effect_tracking()) {'],
    ],
    // no eager effect is ever made ($state.eager and $inspect are not used, eager_effect throws),
    // so the set of them to flush stays empty
    'internal/client/reactivity/sources.js': [
      [/\n\t\tif \(!batch\.is_fork && eager_effects\.size > 0 && !eager_effects_deferred\) \{\n\t\t\tflush_eager_effects\(\);\n\t\t\}/, ''],
      [/(\nexport function flush_eager_effects\(\) \{)[\s\S]*?\n\}/, '$1}'],
      [/if \(\(flags & EAGER_EFFECT\) !== 0\) \{\n[^\n]*\n[^\n]*\n[^\n]*\n\t\t\teager_effects\.add\([^\n]*\n\t\t\} else (if \(\(flags & DERIVED\) !== 0\))/, '$1'],
      [/is_runes\(\)/g, 'true', 3],
    ],
    'internal/client/reactivity/effects.js': [
      // no transition is ever made (transition() throws): no effect has transitions to stop, pause
      // or resume, so a pause finishes at once
      [/\n\n\tvar transitions = effect\.nodes && effect\.nodes\.t;\n\n\tif \(transitions !== null\) \{\n\t\tfor \(const transition of transitions\) \{\n\t\t\ttransition\.stop\(\);\n\t\t\}\n\t\}/, ''],
      [/\n\n\tvar t = effect\.nodes && effect\.nodes\.t;\n\n\tif \(t !== null\) \{\n\t\tfor \(const transition of t\) \{\n\t\t\tif \(transition\.is_global \|\| local\) \{\n\t\t\t\t(transitions\.push\(transition\)|transition\.in\(\));\n\t\t\t\}\n\t\t\}\n\t\}/g, '', 2],
      [/\n\tvar remaining = transitions\.length;\n\tif \(remaining > 0\) \{[\s\S]*?\n\t\} else \{\n\t\tfn\(\);\n\t\}/, '\n\tfn();'],
      [/\n\t\tconst controller = effect\.ac;\n\n\t\tif \(controller !== null\) \{[\s\S]*?\n\t\t\}\n/, '\n'],
      // mount()'s root, which only unmount() (not built) destroys: no destroy function to return
      [/(\n\tconst effect = create_effect\(ROOT_EFFECT \| EFFECT_PRESERVED, fn\);)\n\n\treturn \(options = \{\}\) => \{[\s\S]*?\n\t\};\n\}/, '$1\n}'],
      // so no pause or resume needs to know which transitions are local
      [/\n\t\/\*\* @type \{TransitionManager\[\]\} \*\/\n\tvar transitions = \[\];\n/, ''],
      [/pause_children\(effect, transitions, true\);/, 'pause_children(effect);'],
      [/\n\t{3}var transparent =\n[\s\S]*?\n\t{3}pause_children\(child, transitions, transparent \? local : false\);/, '\n\t\t\tpause_children(child);'],
      [/\n\t{2}var transparent = [^\n]*\n[\s\S]*?\n\t{2}resume_children\(child, transparent \? local : false\);/, '\n\t\tresume_children(child);'],
      [/\n\tcurrent_batch\?\.register_created_effect\(effect\);/, ''],
      [/(\nexport function eager_effect\(fn\) \{)\n\treturn create_effect\(EAGER_EFFECT, fn\);/, "$1 throw new Error('$state.eager and $inspect are not built in');"],
    ],
    // getAbortSignal() (which no module calls: it throws) alone gives a reaction an AbortController,
    // so `ac` stays null and nothing is ever aborted
    'index-client.js': [[/(\nexport function getAbortSignal\(\) \{)[\s\S]*?\n\}/, "$1 throw new Error('getAbortSignal is not built in'); }"]],
    'internal/client/constants.js': [[/export const STALE_REACTION = new \(class/, 'export const STALE_REACTION = /* @__PURE__ */ new (class']],
    'internal/client/runtime.js': [
      [/\n(\t+)if \((reaction|derived)\.ac !== null\) \{[\s\S]*?\n\1\}/g, '', 2],
      [/var is_fork = current_batch\?\.is_fork;/, 'var is_fork = false;'],
      [/is_runes\(\)/, 'true'],
      // only legacy mode's invalidate_inner_signals (not built) captures the signals a read touches
      [/\n\tcaptured_signals\?\.add\(signal\);/, ''],
    ],
    // no <select multiple> and no <form> (a reset event comes only from a form's reset): a select
    // holds one value, and no bound control is ever reset
    // and no <select defaultValue> (set_default_select_value is never called: only a spread, which
    // throws, would call it), so no select has a __defaultValue to restore when its options change
    'internal/client/dom/elements/bindings/select.js': [
      [/select\.multiple/g, 'false', 3],
      [/\n\t\tif \('__defaultValue' in select\) \{\n\t\t\tapply_default_select_value\(select, false\);\n\t\t\}\n/, '\n'],
      [/is_reset \? '\[selected\]' : /, ''],
    ],
    'internal/client/dom/elements/bindings/shared.js': [[/\n\tconst prev = \/\*\* @type \{any\} \*\/ \(element\)\[FORM_RESET_HANDLER\];[\s\S]*?\n\tadd_form_reset_listener\(\);/, '']],
    // so every bound control's handler runs for its own event only, never for a reset
    'internal/client/dom/elements/bindings/input.js': [[/is_reset \? input\.default(Value|Checked) : /g, '', 2]],
    // no module imports unmount(), the one caller of what mount() leaves to undo it: the root's
    // teardown of its delegated listeners and the map of mounted components go
    'internal/client/render.js': [
      [/\n\t\treturn \(\) => \{\n\t\t\tfor \(var event_name of registered_events\) \{[\s\S]*?\n\t\t\};\n\t\}\);\n\n\tmounted_components\.set\(component, unmount\);/, '\n\t});'],
      [/(\nexport function unmount\(component, options\) \{)/, "$1 throw new Error('unmount is not built in');"],
      [/var unmount = (component_root\()/, '$1'],
    ],
    'internal/client/dom/blocks/branches.js': [
      [/var defer = should_defer_append\(\);/, 'var defer = false;'],
      // a pause ends before pause_effect returns: no key is outroing in between
      [/\n\t\/\*\*\n\t \* Keys of effects that are currently outroing\n\t \* @type \{Set<Key>\}\n\t \*\/\n\t#outroing = new Set\(\);/, ''],
      [/ \|\| this\.#outroing\.has\(k\)/, ''],
      [/\n\t+this\.#outroing\.(delete|add)\(k(ey)?\);/g, '', 3],
    ],
    'internal/client/dom/elements/transitions.js': [
      [/(\nexport function transition\(flags, element, get_fn, get_params\) \{)/, "$1 throw new Error('transitions are not built in');"],
    ],
    // every {#each} compiles with EACH_ITEM_IMMUTABLE (runes mode, no store) and none has an
    // animate: directive, so items are plain sources and nothing is measured or animated
    'internal/client/dom/blocks/each.js': [
      [/var defer = should_defer_append\(\);/, 'var defer = false;'],
      [/var is_animated = \(flags & EACH_IS_ANIMATED\) !== 0;/, 'var is_animated = false;'],
      [/\(flags & EACH_ITEM_IMMUTABLE\) === 0\n\t{4}\? mutable_source\(value, false, false\)\n\t{4}: (source\(value\))/, '$1'],
      // without transitions every item's pause ends at once, so no group of them waits to be destroyed
      [/\nfunction pause_effects\(state, to_destroy, controlled_anchor\) \{\n[\s\S]*?\n\}\n/, `
function pause_effects(state, to_destroy, controlled_anchor) {
	for (var i = 0; i < to_destroy.length; i++) pause_effect(to_destroy[i], undefined, false);
	var fast_path = controlled_anchor !== null && state.pending.size === 0;
	if (fast_path) {
		var anchor = controlled_anchor;
		var parent_node = anchor.parentNode;
		clear_text_content(parent_node);
		parent_node.append(anchor);
		state.items.clear();
	}
	destroy_effects(state, to_destroy, !fast_path);
}
`],
      [/\n(\t+)if \(state\.outrogroups !== null\) \{[\s\S]*?\n\1\}/g, '', 2],
      [/ outrogroups: null,/, ''],
    ],
    // every style: directive stands on an element without a style attribute (the compiler passes
    // '' as its value) and none is |important: no attribute text to parse for the directives to
    // override, and the directives are one object, never a [normal, important] pair
    'internal/shared/attributes.js': [
      [/\n\t\tif \(Array\.isArray\(styles\)\) \{\n[^\n]*\n[^\n]*\n\t\t\} else \{\n\t\t\t(normal_styles = styles;)\n\t\t\}/, '\n\t\t$1'],
      [/\n\t\tif \(value\) \{\n\t\t\t\/\/ strip comments[\s\S]*?\n\t\t\}\n(?=\n\t\tif \(normal_styles\))/, "\n\t\tif (value || Array.isArray(styles)) throw new Error('a style attribute or |important beside style: is not built in');\n"],
      // every class: directive's name is a class its element's class attribute does not have (and no
      // element has class={…} beside class:), so a directive that is off has nothing to take out of it
      [/ else if \(classname\.length\) \{\n\t{4}var len = key\.length;[\s\S]*?\n\t{3}\}(?=\n\t\t\}\n\t\}\n\n\treturn classname === '')/, ''],
      [/\nconst whitespace = \[[^\n]*\];/, ''],
      [/\n\t\tif \(important_styles\) \{\n[^\n]*\n\t\t\}|\n\n\t\t\/\*\* @type \{Record<string,any> \| undefined\} \*\/\n\t\tvar important_styles;/g, '', 2],
    ],
    'internal/client/dom/elements/style.js': [[/\n\t\tif \(Array\.isArray\(next_styles\)\) \{\n[^\n]*\n[^\n]*\n\t\t\} else \{\n\t\t\t(update_styles\(dom, prev_styles, next_styles\);)\n\t\t\}/, '\n\t\t$1']],
    // no element has spread attributes ({...attrs}: attribute_effect throws), so an element's
    // attribute cache never needs the custom-element and HTML flags only the spread reads
    'internal/client/dom/elements/attributes.js': [
      [/(\n\t\t\/\*\* @type \{any\} \*\/ \(element\)\[ATTRIBUTES_CACHE\] \?\?= )\{\n\t\t\t\[IS_CUSTOM_ELEMENT\]: [^\n]*\n\t\t\t\[IS_HTML\]: [^\n]*\n\t\t\}/, '$1{}'],
      [/(\nexport function attribute_effect\([^)]*\) \{)/, "$1 throw new Error('spread attributes are not built in');"],
    ],
    'internal/flags/index.js': [
      [/export let (async_mode_flag|legacy_mode_flag|tracing_mode_flag) = false;/g, 'export const $1 = false;', 3],
      [/^\t(async_mode_flag|legacy_mode_flag|tracing_mode_flag) = (true|false);/gm, "\tthrow new Error('$1 is not built in');", 4],
    ],
  };
  // members the rewrites above remove, which nothing the build keeps may call
  const REMOVED = /\.(?:(?:update_pending_count|register_created_effect|is_rendered|has_pending_snippet|skip_effect|unskip_effect|increment|decrement|settled)\(|(?:transform_error|is_fork|async_deriveds)\b)/;
  return {
    name: 'zhihui:svelte-constant-flags',
    apply: 'build',
    transform(code, id) {
      const file = Object.keys(files).find((f) => id.replace(/\\/g, '/').endsWith(`node_modules/svelte/src/${f}`));
      if (!file) return null;
      for (const [from, to, count = 1] of files[file]) {
        const found = code.match(new RegExp(from.source, `${from.flags.replace('g', '')}g`))?.length ?? 0;
        if (found !== count) this.error(`svelteConstantFlags: ${file} matches ${from} ${found} times, not ${count}`);
        code = code.replace(from, to);
      }
      return { code, map: null };
    },
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        const call = chunk.type === 'chunk' && chunk.moduleIds.some((id) => /node_modules[\\/]svelte[\\/]/.test(id)) && REMOVED.exec(chunk.code);
        if (call) this.error(`svelteConstantFlags: ${chunk.fileName} still calls ${call[0]}, which the rewrite of Svelte's runtime removes`);
      }
    },
  };
}

/**
 * PapaParse ships one UMD file; as CommonJS it made the bundler add its module interop to the core
 * chunk. Its factory is called here as an ES module's default export instead (the same object: the
 * UMD wrapper only chose where to put it), from the readable source, with the parts the app never
 * reaches (PapaParse's own workers; reading a URL, a File or a stream) replaced by functions that
 * throw, and `Papa.parse` narrowed to the options parse-table.ts uses (docs/decisions/0015). The build
 * fails if the file no longer has what is rewritten; test/unit/data/papaparse-build.test.ts parses
 * the repository's CSVs with both the result and the published file.
 */
function papaparseEsm(): Plugin {
  const umdHead = /^(\/\*[\s\S]*?\*\/\s*)\(function\(root, factory\)[\s\S]*?\}\(this, function moduleFactory\(\)\n\{/;
  const umdTail = /\}\)\);\s*$/;
  // a function declared at that indent, to its closing brace
  const fn = (name: string, indent: string) => new RegExp(`\\n${indent}function ${name}\\([^)]*\\)\\s*\\{[\\s\\S]*?\\n${indent}\\}`, 'g');
  // what the app never runs: PapaParse's own workers, reading from a URL, a File or a stream (the
  // app parses strings it decoded itself, in its own worker), and writing CSV (export.ts's csvText)
  const unused = ['getWorkerBlob', 'NetworkStreamer', 'FileStreamer', 'ReadableStreamStreamer', 'DuplexStreamStreamer', 'newWorker', 'mainThreadReceivedMessage', 'completeWorker', 'workerThreadReceivedMessage', 'JsonToCsv'];
  // what parse-table.ts never asks Papa.parse for (it passes a string and its delimiter, and reads rows
  // of strings): a guessed delimiter, header rows, typed or transformed values, a first-chunk hook,
  // skipped first lines. Papa.parse throws if asked for one; the code behind them goes (−1.7 kB).
  const narrowed: [string, RegExp, string, number?][] = [
    ['one function CsvToJson', fn('CsvToJson', '\\t'), `
	function CsvToJson(_input, _config)
	{
		if (typeof _input !== 'string' || typeof _config.delimiter !== 'string' || _config.step && _config.preview || Object.keys(_config).some((k) => !['delimiter', 'newline', 'preview', 'skipEmptyLines', 'step'].includes(k)))
			throw new Error('Papa.parse: not in this build');
		return new ParserHandle(copy(_config)).parse(stripBom(_input));
	}`],
    ['the delimiter guess', /\n\t{3}_delimiterError = false;\n\t{3}if \(!_config\.delimiter\)\n\t{3}\{[\s\S]*?\n\t{3}\}\n\t{3}else if/g, '\n\t\t\tif'],
    ['one function fillHeaderFields', fn('fillHeaderFields', '\\t\\t'), '\n\t\tfunction fillHeaderFields() {}'],
    ['one function applyHeaderAndDynamicTypingAndTransformation', fn('applyHeaderAndDynamicTypingAndTransformation', '\\t\\t'), '\n\t\tfunction applyHeaderAndDynamicTypingAndTransformation() { return _results; }'],
    // with header never set, no row is a header: what only reads or fills _fields goes
    ['the step\'s header row', /\n\t{4}if \(needsHeaderRow\(\)\)\n\t{5}processResults\(\);\n\t{4}else\t\/\/ only call user's step function after header row/g, ''],
    ['the parser\'s header row', /\n\t{3}\/\/ Tell the parser the header instead of reguessing on each chunk\n\t{3}parserConfig\.header = needsHeaderRow\(\);\n\t{3}if \(_config\.preview && _config\.header\)\n\t{4}parserConfig\.preview\+\+;[^\n]*/g, ''],
    ['the header fields\' fill', /\n\t{3}if \(needsHeaderRow\(\)\)\n\t{4}fillHeaderFields\(\);/g, ''],
    ['one function needsHeaderRow', fn('needsHeaderRow', '\\t\\t'), ''],
    ['_fields', /\n\t{2}var _fields = \[\];[^\n]*/g, ''],
    ['the header row in returnable', /\n\t{4}if \(config\.header && !baseIndex && data\.length && !headerParsed\)\n\t{4}\{[\s\S]*?\n\t{4}\}/g, ''],
    // only PapaParse's own worker (getWorkerBlob) sets global.IS_PAPA_WORKER
    ['IS_PAPA_WORKER from the global', /IS_PAPA_WORKER = global\.IS_PAPA_WORKER \|\| false/g, 'IS_PAPA_WORKER = false'],
    ['the undetected delimiter\'s error', /\n\t{3}if \(_results && _delimiterError\)\n\t{3}\{[\s\S]*?\n\t{3}\}/g, ''],
    ['the first chunk\'s pre-processing', /\n\t{3}\/\/ First chunk pre-processing[\s\S]*?(\n\t{3}this\.isFirstChunk = false;)/g, '$1'],
    // what only the caller (never parse-table.ts) reads: the constants and classes Papa exports beside
    // parse, the handle's pause, resume and abort, a chunk or complete callback, a reader's error
    ['the exported constants', /\n\tPapa\.RECORD_SEP = [\s\S]*?\n\tPapa\.ReadableStreamStreamer = ReadableStreamStreamer;/g, "\n\tPapa.BAD_DELIMITERS = ['\\r', '\\n', '\"', '\\ufeff'];"],
    ...['NetworkStreamer', 'FileStreamer', 'ReadableStreamStreamer'].map((s): [string, RegExp, string] => [`${s}'s prototype`, new RegExp(`\\n\\t${s}\\.prototype = Object\\.create\\(ChunkStreamer\\.prototype\\);\\n\\t${s}\\.prototype\\.constructor = ${s};`, 'g'), '']),
    ['the handle\'s pause and resume', /\n\t{2}this\.pause = function\(\)\n\t{2}\{[\s\S]*?\n\t{2}\};\n\n\t{2}this\.resume = function\(\)\n\t{2}\{[\s\S]*?\n\t{2}\};/g, ''],
    ['the handle\'s abort', /\n\t{2}this\.abort = function\(\)\n\t{2}\{\n\t{3}_aborted = true;[\s\S]*?\n\t{2}\};/g, ''],
    ['the chunk callback', /\n\t{3}else if \(isFunction\(this\._config\.chunk\) && !isFakeChunk\)\n\t{3}\{[\s\S]*?\n\t{3}\}/g, ''],
    ['the complete callback', /\n\t{3}if \(!this\._completed && finishedIncludingPreview && isFunction\(this\._config\.complete\)[\s\S]*?\n\t{3}\}/g, ''],
    ['one _sendError', /\n\t{2}this\._sendError = function\(error\)\n\t{2}\{[\s\S]*?\n\t{2}\};/g, ''],
    // comments, quoteChar and escapeChar are never set: no comment lines, '"' quotes and escapes
    ['the parser\'s comments', /\n\t{2}var comments = config\.comments;/g, ''],
    ['the comment character\'s check', /\n\t{2}\/\/ Comment character must be valid\n[\s\S]*?\n\t{3}comments = false;/g, ''],
    ['commentsLen', /,\n\t{4}commentsLen = comments\.length;/g, ';'],
    ['the fast mode\'s comment lines', /\n\t{5}if \(comments && row\.substring\(0, commentsLen\) === comments\)\n\t{6}continue;/g, ''],
    ['the comment lines', /\n\t{4}\/\/ Comment found at start of new line\n\t{4}if \(comments[\s\S]*?\n\t{4}\}/g, ''],
    ['the quote and escape characters', /\n\t{2}var quoteChar;([\s\S]*?)\n\t{2}if \(config\.quoteChar === undefined[\s\S]*?\n\t{3}escapeChar = config\.escapeChar;\n\t{2}\}/g, "\n\t\tvar quoteChar = '\"', escapeChar = quoteChar;$1"],
    ['the escape character before a quote', /\n\t{6}\/\/ If the quote character is not the escape character[^\n]*\n\t{6}if \(quoteChar !== escapeChar[\s\S]*?\n\t{6}\}/g, ''],
    // without pause and abort the handle is never paused or aborted: the checks and the streamer's
    // fields only the readers, pause/resume and the complete callback read go too
    ['the handle\'s paused and aborted', /\n\t{2}this\.paused = function\(\)\n\t{2}\{\n\t{3}return _paused;\n\t{2}\};\n*\t{2}this\.aborted = function\(\)\n\t{2}\{\n\t{3}return _aborted;\n\t{2}\};/g, ''],
    ['_paused and _aborted', /\n\t{2}var _paused = false;[^\n]*\n\t{2}var _aborted = false;[^\n]*/g, ''],
    ['the paused result', /return _paused \? \{ meta: \{ paused: true \} \} : /g, 'return '],
    ['the halt after a pause or abort', /\n\t{3}if \(this\._handle\.paused\(\) \|\| this\._handle\.aborted\(\)\) \{\n\t{4}this\._halted = true;\n\t{4}return;\n\t{3}\}/g, ''],
    ['the fields _completed, _halted and _input', /\n\t{2}this\._completed = false;\n\t{2}this\._halted = false;\n\t{2}this\._input = null;/g, ''],
    ['the field _start', /\n\t{2}this\._start = 0;/g, ''],
    ['the field isFirstChunk', /\n\t{2}this\.isFirstChunk = true;/g, ''],
    ['isFirstChunk and _halted in parseChunk', /\n\t{3}this\.isFirstChunk = false;\n\t{3}this\._halted = false;/g, ''],
    // only IS_WORKER (PapaParse's readers, not built) and PapaParse's own worker read the global
    ['the global object', /\n\tvar global = \(function\(\) \{[\s\S]*?\n\t\}\)\(\);/g, ''],
    ['IS_WORKER', /var IS_WORKER = !global\.document && !!global\.postMessage,\n\t{2}IS_PAPA_WORKER/g, 'var IS_PAPA_WORKER'],
    // Papa.parse takes only parse-table.ts's options (anything else throws) and a string delimiter: no
    // delimiter function, chunk size, fast mode or quote character to read; unparse is not exported
    ['Papa.unparse', /\n\tPapa\.unparse = JsonToCsv;/g, ''],
    ['the delimiter function', /\n\t{3}if\(isFunction\(_config\.delimiter\)\)\n\t{3}\{[\s\S]*?\n\t{3}\}/g, ''],
    ['the handle\'s quote character', /var quoteChar = _config\.quoteChar \|\| '"';/g, "var quoteChar = '\"';"],
    ['the chunk size', /\n\t{3}configCopy\.chunkSize = parseInt[^\n]*\n\t{3}if \(!config\.step && !config\.chunk\)\n[^\n]*/g, ''],
    ['the string\'s chunks', /\n\t{3}var size = this\._config\.chunkSize;\n\t{3}var chunk;\n\t{3}if\(size\) \{[\s\S]*?\n\t{3}\} else \{\n\t{4}(chunk = remaining;)\n\t{4}(remaining = '';)\n\t{3}\}/g, '\n\t\t\tvar $1\n\t\t\t$2'],
    ['the fast mode', /\n\t{2}var fastMode = config\.fastMode;/g, ''],
    ['the fast mode\'s test', /if \(fastMode \|\| \(fastMode !== false && (input\.indexOf\(quoteChar\) === -1)\)\)/g, 'if ($1)'],
    // internal details no caller can see: the parser's cursor getter (only resume read it), the
    // input's type check (the handle passes a string), the string streamer's prototype, a result
    // that is never missing
    ['getCharIndex', /\n\n\t{2}\/\*\* Gets the cursor position \*\/\n\t{2}this\.getCharIndex = function\(\)\n\t{2}\{\n\t{3}return cursor;\n\t{2}\};/g, ''],
    ['the input\'s type check', /\n\t{3}\/\/ For some reason, in Chrome, this speeds things up \(!\?\)\n\t{3}if \(typeof input !== 'string'\)\n\t{4}throw new Error\('Input must be a string'\);/g, ''],
    ['StringStreamer\'s prototype', /\n\tStringStreamer\.prototype = Object\.create\(StringStreamer\.prototype\);\n\tStringStreamer\.prototype\.constructor = StringStreamer;/g, ''],
    ['the missing result', /\(_results \|\| \{ meta: \{ paused: false \} \}\)/g, '_results'],
    ['the paused check', /if \(!finishedIncludingPreview && \(!results \|\| !results\.meta\.paused\)\)/g, 'if (!finishedIncludingPreview)'],
    // a step callback comes without a preview (parse-table.ts reads all rows, or previews them without
    // one), so no step count ends the parse early and the parser is never aborted
    ['the step count', /\n\t{5}_stepCounter \+= results\.data\.length;\n\t{5}if \(_config\.preview && _stepCounter > _config\.preview\)\n\t{6}_parser\.abort\(\);\n\t{5}else \{\n\t{6}(_results\.data = _results\.data\[0\];)\n\t{6}(userStep\(_results, self\);)\n\t{5}\}/g, '\n\t\t\t\t\t$1\n\t\t\t\t\t$2'],
    ['_stepCounter', /\n\t{2}var _stepCounter = 0;[^\n]*/g, ''],
    ['the parser\'s abort', /\n\n\t{2}\/\*\* Sets the abort flag \*\/\n\t{2}this\.abort = function\(\)\n\t{2}\{\n\t{3}aborted = true;\n\t{2}\};/g, ''],
    ['the abort checks', /\n\t+if \(aborted\)\n\t+return returnable\(\);/g, '', 3],
    ['aborted', /\n\t{2}var aborted = false;/g, ''],
    ['aborted in the meta', /aborted: aborted,/g, 'aborted: false,'],
    // the quote and escape characters are '"': their patterns need no escaping
    ['the line endings\' quote pattern', /new RegExp\(escapeRegExp\(quoteChar\) \+ '\(\[\^\]\*\?\)' \+ escapeRegExp\(quoteChar\), 'gm'\)/g, '/"([^]*?)"/gm'],
    ['the escaped quote pattern', /new RegExp\(escapeRegExp\(escapeChar\) \+ escapeRegExp\(quoteChar\), 'g'\)/g, '/""/g'],
    ['one function escapeRegExp', fn('escapeRegExp', '\\t'), ''],
    // a string is parsed in one piece (no chunk size): the last row is never held back for a next
    // chunk, and Papa.parse's result is the handle's (nothing read the streamer's collected
    // results but the complete callback), so the streamers go and the handle parses the string
    ['one function ChunkStreamer', fn('ChunkStreamer', '\\t'), ''],
    ['one function StringStreamer', fn('StringStreamer', '\\t'), ''],
    ['DuplexStreamStreamer\'s prototype', /\n\tif \(false\) \{\n\t{2}DuplexStreamStreamer\.prototype = [\s\S]*?\n\t\}/g, ''],
    // so the parser is given the whole string (no base index) and always reads its last row, from
    // the handle's own copy of the options
    ['the handle\'s parser', /\n\t{3}var parserConfig = copy\(_config\);\n\n\t{3}_input = input;\n\t{3}_parser = new Parser\(parserConfig\);\n\t{3}_results = _parser\.parse\(_input, baseIndex, ignoreLastRow\);/g, '\n\t\t\t_results = new Parser(_config).parse(input);'],
    ['_input and _parser', /\n\t{2}var _input;[^\n]*\n\t{2}var _parser;[^\n]*/g, ''],
    ['the handle\'s parse arguments', /this\.parse = function\(input, baseIndex, ignoreLastRow\)/g, 'this.parse = function(input)', 2],
    ['the held-back last row', /\n\t+else if \(ignoreLastRow\)\n\t+return returnable\(\);|\n\t+if \(ignoreLastRow\)\n\t+return returnable\(\);/g, '', 2],
    ['the unterminated quote\'s last row', /if \(!ignoreLastRow\) \{/g, 'if (true) {'],
    ['the base index', /cursor: lastCursor \+ \(baseIndex \|\| 0\),/g, 'cursor: lastCursor,'],
  ];
  return {
    name: 'zhihui:papaparse-esm',
    apply: 'build',
    load(id) {
      if (!/node_modules[\\/]papaparse[\\/]papaparse\.min\.js$/.test(id)) return null;
      let code = readFileSync(id.replace(/\.min\.js$/, '.js'), 'utf8');
      const fail = (what: string) => this.error(`papaparseEsm: papaparse.js no longer has ${what}`);
      if (!umdHead.test(code) || !umdTail.test(code)) fail('the expected UMD wrapper');
      code = code.replace(umdHead, '$1export default (function moduleFactory()\n{').replace(umdTail, '})();\n');
      for (const name of unused) {
        const from = fn(name, '\\t');
        if ((code.match(from) ?? []).length !== 1) fail(`one function ${name}`);
        code = code.replace(from, `\n\tfunction ${name}() { throw new Error('${name}: not in this build'); }`);
      }
      const browser = /typeof PAPA_BROWSER_CONTEXT === 'undefined'/g;
      if ((code.match(browser) ?? []).length !== 3) fail('three PAPA_BROWSER_CONTEXT tests');
      code = code.replace(browser, 'false');
      for (const [what, from, to, count = 1] of narrowed) {
        if ((code.match(from) ?? []).length !== count) fail(what);
        code = code.replace(from, to);
      }
      return { code, map: null };
    },
  };
}


/**
 * Vite's helper that loads a dynamically imported chunk's stylesheets and chunks beside it, cut to
 * what this app uses: one link per file (none for a file the page already links), stylesheets
 * awaited before the import runs. 0.5 kB gzip less than Vite's own (docs/decisions/0017).
 */
function smallPreload(): Plugin {
  return {
    name: 'zhihui:small-preload',
    enforce: 'pre',
    apply: 'build',
    load(id) {
      if (id !== '\0vite/preload-helper.js') return null;
      return `export const __vitePreload = (load, deps, base) => Promise.all((deps ?? []).map((dep) => {
  const href = new URL(dep, base).href;
  if ([...document.querySelectorAll('link')].some((l) => l.href === href)) return;
  const link = document.head.appendChild(document.createElement('link'));
  link.rel = href.endsWith('.css') ? 'stylesheet' : 'modulepreload';
  link.crossOrigin = '';
  link.href = href;
  if (link.rel === 'stylesheet') return new Promise((done, fail) => { link.onload = done; link.onerror = () => { link.remove(); fail(Error(href)); }; });
})).then(load);
`;
    },
  };
}

/**
 * Preloads the embedded pack (data/*.csv, data/*.geojson) from the HTML of the pages that load
 * it, so the files are fetched while the JavaScript is still downloading rather than after it
 * runs; src/lib/io/pack.ts's fetch() then finds them in the memory cache.
 */
function preloadPack(pages: readonly string[]): Plugin {
  let base = './';
  return {
    name: 'zhihui:preload-pack',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.bundle || !pages.some((p) => ctx.filename.endsWith(p))) return;
        return Object.values(ctx.bundle)
          .filter((a) => a.type === 'asset' && a.originalFileNames.some((f) => /^data\/[^/]+\.(csv|geojson)$/.test(f)))
          .map((a) => ({
            tag: 'link',
            attrs: { rel: 'preload', href: `${base}${a.fileName}`, as: 'fetch', crossorigin: '' },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}

/**
 * Fails the build if chunks import each other in a cycle: a chunk evaluated before one it reads
 * from sees that chunk's constants as undefined (it happened once, when the start group held
 * main.ts but not the pack's file URLs).
 */
function noChunkCycles(): Plugin {
  return {
    name: 'zhihui:no-chunk-cycles',
    generateBundle(_, bundle) {
      const state = new Map<string, 'open' | 'done'>();
      const visit = (name: string, path: string[]): void => {
        const chunk = bundle[name];
        if (chunk?.type !== 'chunk' || state.get(name) === 'done') return;
        if (state.get(name) === 'open') this.error(`chunks import each other: ${[...path.slice(path.indexOf(name)), name].join(' → ')}`);
        state.set(name, 'open');
        for (const next of chunk.imports) visit(next, [...path, name]);
        state.set(name, 'done');
      };
      for (const name of Object.keys(bundle)) visit(name, []);
    },
  };
}

/**
 * Main-thread-only modules that run at start: the UI, the Svelte runtime, the pack loader, the
 * English loaders, the data files' URLs, and 地图浏览 (explore), the mode the page opens in unless a
 * link names another: in this file rather than a chunk of its own fetched right after it, 0.9 kB
 * less in total. The drop zone the import and 驿站选址 share is here too (+0.37 kB gzip at start, but
 * 0.21 kB less in total than as a 0.75 kB file of its own). The other modes and the PNG drawing
 * helpers of 演示 (lib/map/map-png.ts) stay in chunks of their own.
 */
const START_ONLY = [
  /src[\\/](lib[\\/](ui[\\/]|map[\\/](?!map-png)|(state|i18n)[\\/])|modes[\\/](registry\.ts|\w+[\\/]mode\.ts|explore[\\/])|App\.svelte)/,
  /src[\\/]lib[\\/]io[\\/](pack|pack-records|names-en|ui-en|fetch-json)\.ts$/,
  /[\\/]data[\\/][^\\/]+\?url$/,
  /node_modules[\\/]svelte[\\/]/,
  /^\0(worker-entry:|vite\/preload-helper)/,
];

/**
 * The pure core the page loads at start (the pack loader, its validators and CSV parser, the
 * saved-data store) and the worker shares, with the small pure modules the modes and the worker
 * both import (text decoding, CSV export, travel speeds), and the file
 * download helper four modes share (0.2 kB; the worker loads it but never calls it): one file instead
 * of fourteen of 0.2–7 kB. Per-file gzip overhead made them 2.9 kB larger in total; the page now
 * loads ~1.4 kB (gzip) of them at start that it needs only once a mode opens.
 * Which towns a facility type has data for (coverage/scopes.ts, 生活圈覆盖's and 驿站选址's one rule) is
 * here too: as a 0.6 kB file of its own the two modes share it cost 0.19 kB more in total.
 */
const CORE_AT_START = [
  /src[\\/]lib[\\/]data[\\/](crs|parse-table|issues|cells|table-fields|duplicates|validate|load|schema|text|headers|population|coords|areas|decode|export)\.ts$/,
  /src[\\/]lib[\\/]analysis[\\/](travel-modes|coverage[\\/](types|bands|scopes))\.ts$/,
  /src[\\/]lib[\\/](worker[\\/]client|io[\\/](prefs|user-merge|user-store|download))\.ts$/,
  /node_modules[\\/](clsx|papaparse)[\\/]/,
];

/**
 * `vite build --mode bench` builds the benchmark's comparison pages (bench-*.html, bench/pages/)
 * into <outDir>/bench, after the app's own build: a separate build, so they do not change how
 * the app's modules are split into chunks.
 */
export default defineConfig(({ mode }) => ({
  plugins: [svelte(), smallPreload(), svelteConstantFlags(), papaparseEsm(), workerEntry(), noChunkCycles(), preloadPack(['index.html', 'bench-data.html'])],
  base: './',
  build: {
    // OUT_DIR lets several engineers build and preview side by side (see playwright.config.ts).
    outDir: `${process.env.OUT_DIR ?? 'dist'}${mode === 'bench' ? '/bench' : ''}`,
    target: 'es2022',
    // Data files stay separate assets (fetched, cached, visible in the network panel), never
    // base64 inside JavaScript.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
    // Every browser the app supports (it needs WebGL 2 and module workers) preloads modules
    // natively; the polyfill would be one more file at start-up.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // Imported constants inlined wherever they are used, not only in conditions (rolldown's
      // `smart` default): const primitives only, so the same values (0.17 kB gzip less).
      optimization: { inlineConst: true },
      input: (mode === 'bench' ? { 'bench-bare': 'bench-bare.html', 'bench-data': 'bench-data.html' } : { main: 'index.html' }) as Record<string, string>,
      output: {
        // Six hash characters (36 bits) instead of eight in file names: the JavaScript names the
        // chunks, styles and data files it imports or fetches, and hashes do not compress (0.15 kB gzip).
        // The app's own chunks are named by their hash alone (another 0.17 kB: every import names
        // them); MapLibre's and the worker's keep their names, which the benchmark reads.
        entryFileNames: 'assets/[name]-[hash:6].js',
        chunkFileNames: (c) => (/maplibre|worker/.test(c.name) ? 'assets/[name]-[hash:6].js' : 'assets/[hash:6].js'),
        assetFileNames: 'assets/[name]-[hash:6][extname]',
        codeSplitting: {
          groups: [
            { name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ },
            // Route distances over the river's crossings (with their box tree and geo.ts, the local
            // projection the coverage grid uses too) and the siting solver built on them, which only the
            // worker and 驿站选址 load: one file, not two (0.44 kB less in total; 演示, which needs the
            // route distances, loads the solver's 3.2 kB with them)
            { name: 'routes', test: /src[\\/]lib[\\/]analysis[\\/](siting[\\/]|route-distance|box-tree|geo\.ts)/, includeDependenciesRecursively: false },
            // The app's build: everything the main thread runs at start (with the explore mode) and
            // the worker never loads, in one file instead of ~10 small ones (per-file gzip overhead
            // and requests, docs/performance.md). Dependencies are not pulled in, so the pure core the worker
            // shares keeps chunks of its own (workerEntry's guard checks), and main.ts stays the
            // entry that mounts the app. The benchmark pages keep the default split.
            ...(mode === 'bench' ? [] : [{ name: 'core', test: (id: string) => CORE_AT_START.some((r) => r.test(id)), includeDependenciesRecursively: false }]),
            ...(mode === 'bench' ? [] : [{ name: 'start', test: (id: string) => START_ONLY.some((r) => r.test(id)), includeDependenciesRecursively: false }]),
          ],
        },
      },
    },
  },
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: Number(process.env.E2E_PORT ?? 4173), strictPort: true },
}));
