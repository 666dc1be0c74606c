// The Content-Security-Policy as a browser enforces it: no inline script runs, and the default
// offline app cannot connect to any other host (the request is refused before it leaves).
import { test, expect } from '@playwright/test';
import { foreignRequests, openApp, recordRequests } from './helpers';

test('the CSP blocks inline scripts and connections to other hosts', async ({ page }) => {
  const requests = recordRequests(page);
  await openApp(page);
  const outcome = await page.evaluate(async () => {
    const violations: string[] = [];
    // violation events are dispatched asynchronously: wait for both (or 5 s, if one never comes)
    const both = new Promise((r) => {
      setTimeout(r, 5000);
      document.addEventListener('securitypolicyviolation', (e) => {
        violations.push(e.effectiveDirective);
        if (violations.includes('script-src-elem') && violations.includes('connect-src')) r(null);
      });
    });
    const w = window as unknown as { __inlineRan?: boolean };
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true;';
    document.body.append(s);
    let fetchError = '';
    try {
      await fetch('https://example.com/tiles/0/0/0.pbf');
    } catch (e) {
      fetchError = String(e);
    }
    await both;
    return { inlineRan: w.__inlineRan === true, fetchError, violations };
  });
  expect(outcome.inlineRan).toBe(false);
  expect(outcome.fetchError).toContain('Failed to fetch');
  expect(outcome.violations).toEqual(expect.arrayContaining(['script-src-elem', 'connect-src']));
  expect(foreignRequests(requests)).toEqual([]);
});
