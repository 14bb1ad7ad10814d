// @vitest-environment node
import {expect, test} from 'vitest';

// The background imports the site adapters for their page lists: they must not touch the DOM on import.
test('site adapters import without a DOM', async () => {
	expect(typeof document).toBe('undefined');
	const {sites} = await import('../content-scripts/sites/index.js');
	expect(sites.length).toBeGreaterThan(0);
});
