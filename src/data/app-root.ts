/**
 * The app's own folder, where the dashboard, `data/` and `embed.js` are served: the folder of the page, or the one
 * its `<html data-app-root>` names relative to the page (`../` on the embed page, embed/index.html). Relative, so
 * the app works under any subpath of a newsroom's site.
 */
export function getAppRootUrl(doc: Document = document): string {
  return new URL(doc.documentElement.dataset.appRoot ?? './', doc.baseURI).href;
}
