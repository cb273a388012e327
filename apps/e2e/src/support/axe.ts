import type { Page } from 'playwright-core';

interface AxeViolation {
  id: string;
  impact?: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  nodes: { target: unknown[] }[];
}

declare global {
  interface Window {
    axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> };
  }
}

/**
 * Runs axe-core (WCAG 2 A and AA rules) on the page as it is, and fails with a readable list when
 * it finds serious or critical violations.
 */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  await page.addScriptTag({ path: require.resolve('axe-core') });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } });
    return result.violations;
  });
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = blocking.map((v) => `${v.impact}: ${v.id} (${v.help}) at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  if (report.length > 0) throw new Error(`${what} has accessibility violations:\n  ${report.join('\n  ')}`);
}
