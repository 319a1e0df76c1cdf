/*! Belarus 2020 dashboard embed loader. No dependencies. Docs: docs/embedding.md */
// Turns every <div data-belarus-embed="URL" data-title="…"> into a lazy, titled iframe that takes the
// height its page reports in pym.js's format. Plain ES2017 on purpose: it runs in any CMS as is.
(function () {
  'use strict';
  const attribute = 'data-belarus-embed';
  const existing = window.belarusEmbed;
  // Each pasted snippet brings its own <script>: later copies only pick up the new divs.
  if (existing) {
    existing.scan();
    return;
  }

  const frames = [];
  let count = 0;

  // The one check that matters, kept identical to parsePymHeight in src/domain/pym-messages.ts.
  function readHeight(data, childId) {
    const prefix = 'pymxPYMx' + childId + 'xPYMxheightxPYMx';
    if (typeof data !== 'string' || data.indexOf(prefix) !== 0) return 0;
    const value = data.slice(prefix.length);
    return /^\d{1,6}$/.test(value) && +value > 0 && +value <= 100000 ? +value : 0;
  }

  window.addEventListener('message', (event) => {
    for (const frame of frames) {
      // Only the frame's own window, and only while it shows a page of the embed's origin.
      if (event.source !== frame.iframe.contentWindow || event.origin !== frame.origin) continue;
      const height = readHeight(event.data, frame.childId) + 'px';
      // Setting an unchanged height would be harmless, but never setting it is what keeps loops out.
      if (height !== '0px' && frame.iframe.style.height !== height) frame.iframe.style.height = height;
      return;
    }
  });

  function mount(element) {
    if (element.hasAttribute(attribute + '-ready')) return;
    let url;
    try {
      url = new URL(element.getAttribute(attribute), document.baseURI);
    } catch (error) {
      return;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return;
    count += 1;
    const childId = 'belarus-embed-' + count;
    url.searchParams.set('childId', childId);

    const iframe = document.createElement('iframe');
    // The snippet's CSS reserved the height for this width; the frame takes it over in the same task.
    const reserved = Math.round(element.getBoundingClientRect().height) || 400;
    iframe.src = url.href;
    iframe.title = element.getAttribute('data-title') || 'Belarus 2020 protests: embedded view';
    iframe.setAttribute('loading', 'lazy');
    iframe.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox');
    iframe.style.cssText = 'display:block;width:100%;border:0;height:' + reserved + 'px';
    frames.push({ iframe, childId, origin: url.origin });
    element.setAttribute(attribute + '-ready', '');
    element.style.paddingTop = '0';
    // The snippet's fallback (the view's image and a link, for readers without JavaScript) gives way to the frame.
    element.textContent = '';
    element.appendChild(iframe);
  }

  function scan() {
    document.querySelectorAll('div[' + attribute + ']').forEach(mount);
  }

  window.belarusEmbed = { scan };
  scan();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
})();
