// @vitest-environment node
import {expect, test} from 'vitest';

// The background imports the site catalog, and the command line every site's readers: neither may touch the DOM on import.
test('site descriptions and site readers import without a DOM', async () => {
	expect(typeof document).toBe('undefined');
	const {sites} = await import('../src/core/sites/index.js');
	expect(sites.length).toBeGreaterThan(0);
	const {siteReaders} = await import('../content-scripts/sites/index.js');
	expect(siteReaders.length).toBe(sites.length);
});
