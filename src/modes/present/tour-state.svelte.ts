// The tour's state (runes class): running or not, current slide, town order, auto-play interval,
// the map-approval text and the town whose print view is open. One instance for the mode,
// shared by its Panel and Overlay (the registry gives a mode no context of its own).
// Presenter settings persist in localStorage.

import { readPref, writePref } from '../../lib/state/prefs';

const STORE = 'zhihui.present.';
export const INTERVALS = [5, 10, 15, 20, 30, 60] as const;

function load(key: string): string | null {
  return readPref(STORE + key) ?? null;
}

function save(key: string, value: string): void {
  writePref(STORE + key, value);
}

function loadOrder(): string[] {
  try {
    const v = JSON.parse(load('order') ?? '[]');
    return Array.isArray(v) ? v.map(String) : [];
  } catch {
    return [];
  }
}

export class TourState {
  running = $state(false);
  index = $state(0);
  count = $state(0);
  playing = $state(false);
  intervalSec = $state(Number(load('interval')) || 10);
  /** 审图号 / map-approval text shown in every footer. */
  approval = $state(load('approval') ?? '');
  /** Presenter's town order (names); empty = appendix order. */
  order = $state<string[]>(loadOrder());
  /** Town whose one-page print summary is open, or null. */
  printTown = $state<string | null>(null);
  busy = $state('');

  setApproval(v: string) {
    this.approval = v;
    save('approval', v);
  }

  setInterval(sec: number) {
    this.intervalSec = sec;
    save('interval', String(sec));
  }

  setOrder(names: string[]) {
    this.order = names;
    save('order', JSON.stringify(names));
  }

  move(names: readonly string[], i: number, delta: number) {
    const j = i + delta;
    if (j < 0 || j >= names.length) return;
    const next = [...names];
    [next[i], next[j]] = [next[j], next[i]];
    this.setOrder(next);
  }

  /** Opens the tour at the slide it was left at in this session (Esc mid-talk: it went back to the first). */
  start(count: number) {
    this.count = count;
    this.go(this.index);
    this.printTown = null;
    this.running = true;
  }

  /** Auto-play on or off; started on the last slide it plays the tour again from the first. */
  togglePlay() {
    if (!this.playing && this.index >= this.count - 1) this.index = 0;
    this.playing = !this.playing;
  }

  stop() {
    this.running = false;
    this.playing = false;
  }

  go(i: number) {
    this.index = Math.max(0, Math.min(this.count - 1, i));
  }

  // while an export draws the slides they stay where it puts them (a clicker moved them under it: review 21)
  next() {
    if (!this.busy) this.go(this.index + 1);
  }

  prev() {
    if (!this.busy) this.go(this.index - 1);
  }
}

const states = new WeakMap<object, TourState>();

/** The tour of one app instance, shared by the mode's Panel, Overlay and their children. */
export function tourStateFor(app: object): TourState {
  let s = states.get(app);
  if (!s) {
    s = new TourState();
    states.set(app, s);
  }
  return s;
}
