// Keyboard focus that falls to <body> because its control was removed (移除, 删除), moved (a town
// reordered in 演示) or switched off (置顶 on the town now first) is put back: on the control if it
// is still there and enabled, else on the first control inside the nearest part of the page that
// is still there. Without this the next Tab started from the top of the page (review 22). Only
// while the keyboard is in use: a pointer's click elsewhere is left alone. Chromium (what the e2e
// tests drive) reports the focus lost when a focused control is removed; Firefox does not, so there
// only moved and switched-off controls are helped.

const FOCUSABLE = ':is(button,input,select):enabled,a[href],[tabindex="0"]';

export function keepFocus(doc: Document): void {
  let keyboard = false;
  doc.addEventListener('keydown', () => (keyboard = true), true);
  doc.addEventListener('pointerdown', () => (keyboard = false), true);
  doc.addEventListener(
    'focusout',
    (e) => {
      const el = e.target as HTMLButtonElement;
      // (not a text field: one blurred on purpose, as a phone's Done does, stays so)
      if (!keyboard || e.relatedTarget || (el as unknown as HTMLInputElement).select) return;
      // its ancestors now: the browser says so before it takes a removed part out of the page
      const up: Element[] = [];
      for (let a = el.parentElement; a; a = a.parentElement) up.push(a);
      // once the change is done (Svelte updates the page before a timer runs), unless the focus went
      // somewhere or left the page (Tab past its last control: no trap)
      setTimeout(() => {
        if (doc.activeElement === doc.body && doc.hasFocus())
          (el.isConnected && !el.disabled ? el : up.map((a) => a.isConnected && a.querySelector<HTMLElement>(FOCUSABLE)).find((x) => x) || null)?.focus();
      });
    },
    true,
  );
}
