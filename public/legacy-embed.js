/*! Belarus 2020 dashboard: ?embed=1&… (the old embed URL) → embed/?…, every other parameter as written. */
(function () {
  const embed = new URLSearchParams(location.search).get('embed');
  if (embed === null || embed.trim() !== '1') return;
  const kept = location.search
    .slice(1)
    .split('&')
    .filter(function (segment) {
      let name = segment.split('=')[0];
      try {
        name = decodeURIComponent(name.replace(/\+/g, ' '));
      } catch {
        // Malformed, so not `embed`: kept.
      }
      return segment !== '' && name !== 'embed';
    });
  // replace: Back inside a frame must not return here and bounce forward again.
  location.replace('embed/' + (kept.length > 0 ? '?' + kept.join('&') : '') + location.hash);
})();
