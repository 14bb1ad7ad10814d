// Renders icons/icon.svg to icons/icon-{16,32,48,128}.png with the system Chromium (transparent background).
// Run: npx tsx test/tools/render-icons.ts
import {readFileSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium} from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const svg = readFileSync(join(root, 'icons/icon.svg'), 'utf8');
const sizes = [16, 32, 48, 128];

const browser = await chromium.launch({executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu']});
try {
	const page = await browser.newPage({deviceScaleFactor: 1});
	for (const size of sizes) {
		await page.setViewportSize({width: size, height: size});
		const source = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
		await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}img{display:block}</style>`
			+ `<img width="${size}" height="${size}" src="${source}">`);
		await page.locator('img').evaluate(async (image: HTMLImageElement) => image.decode());
		const png = await page.screenshot({clip: {x: 0, y: 0, width: size, height: size}, omitBackground: true});
		writeFileSync(join(root, `icons/icon-${size}.png`), png);
		console.log(`icons/icon-${size}.png ${png.length} bytes`);
	}
} finally {
	await browser.close();
}
