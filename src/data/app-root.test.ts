// @vitest-environment jsdom
import { getAppRootUrl } from './app-root';

/** A page at `url`, with `<html data-app-root>` set when given. */
function pageAt(url: string, appRoot?: string): Document {
  const doc = document.implementation.createHTMLDocument('page');
  const base = doc.createElement('base');
  base.href = url;
  doc.head.append(base);
  if (appRoot !== undefined) doc.documentElement.dataset.appRoot = appRoot;
  return doc;
}

describe('getAppRootUrl', () => {
  it('is the dashboard page’s own folder, under any subpath', () => {
    expect(getAppRootUrl(pageAt('https://news.example/graphics/belarus/?actor=x'))).toBe(
      'https://news.example/graphics/belarus/',
    );
    expect(getAppRootUrl(pageAt('https://news.example/graphics/belarus/index.html'))).toBe(
      'https://news.example/graphics/belarus/',
    );
  });

  it('is the folder above the embed page, which says so in its <html>', () => {
    expect(getAppRootUrl(pageAt('https://news.example/graphics/belarus/embed/?view=chart', '../'))).toBe(
      'https://news.example/graphics/belarus/',
    );
    expect(getAppRootUrl(pageAt('https://news.example/graphics/belarus/embed/index.html?view=map', '../'))).toBe(
      'https://news.example/graphics/belarus/',
    );
  });
});
