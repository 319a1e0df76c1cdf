import { expect, test } from '@playwright/test';

test('the build serves the licences of the third-party code it ships, the embed page’s included', async ({
  request,
}) => {
  const response = await request.get('./THIRD-PARTY-LICENSES.txt');
  expect(response.status()).toBe(200);
  const text = await response.text();
  // The dashboard's React, the embed page's Preact, the map's library and the validator, each with its own text.
  for (const name of ['react-dom', 'preact', 'leaflet', 'zod', '@tanstack/query-core']) {
    expect(text, name).toMatch(new RegExp(`^${name.replace('/', '\\/')}@\\d+\\.\\d+\\.\\d+$`, 'm'));
  }
  expect(text).toMatch(/^react-leaflet@\S+\nLicence: Hippocratic-2\.1\n\nreact-leaflet Copyright/m);
  expect(text).toContain('Hippocratic License Version Number: 2.1.');
  // Build-time tools are not shipped, so they are not listed.
  for (const name of ['vite', 'typescript', 'topojson-client']) expect(text).not.toMatch(new RegExp(`^${name}@`, 'm'));
});
